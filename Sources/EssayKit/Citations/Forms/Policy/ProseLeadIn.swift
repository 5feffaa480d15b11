import LowLevel

/// The author's own words before a work they cite, with no signal, as policy writing runs them on:
/// the words are commentary and the full citation starts after them, never with them.
///
/// Two ways of leading in, one idea:
/// - a phrase that opens the clause (`read`, the first entry of the table, so every reading of a
///   clause tries it): a sentence adverbial of a closed list and its comma (`For example, Widget
///   Agency, Title, 2025, https://...`, `In addition,`), `As of` and a date with its comma, or a
///   few words ending in `based on`, `from` or `using` with no comma or digit among them (`CRS
///   calculation based on Widget Agency, Title, ...`);
/// - the author's sentence up to a link word in the clause's first field (`find`, which the
///   segmenter asks of a whole clause before the table): `This is described in Jane Roe and Sam
///   Poe, Title, Publisher, 2019, p. 67`, `The data come from Widget Agency, Widget Database, 2022,
///   https://...`, and the next clause's `in Ann Able, Title, ...` after `; and`; or in a later
///   field when the first is the author's sentence and the field has prose of its own before the
///   link (`These views are contested, even among theorists, as documented in Jane Roe, ...`).
///
/// Either way the words before the link must be prose, a lower-case word that neither joins a
/// name (`of`, `the`, `and`) nor links, so that a name holding a link (`Letter from Jane Roe to Sam
/// Poe`, `Report by the Agency`, `Data from Space`) stays whole; and only a full citation read from
/// the work's first word on counts.
enum ProseLeadIn: CitationForm {
    /// Adverbials that open a sentence and end in a comma. Each starts with a letter in `openers`.
    private static let adverbials: [StaticString] = [
        "for example, ", "for instance, ", "in addition, ", "additionally, ", "similarly, ", "likewise, ", "also, ",
        "in particular, ", "specifically, ", "more recently, ", "most recently, ", "recently, ", "generally, ",
        "moreover, ", "furthermore, ", "further, ", "notably, ", "historically, ", "previously, ", "by comparison, ",
        "by contrast, ", "in contrast, ", "however, ", "source: ", "sources: ",
    ]
    /// The first letters, lower-cased, of every opening phrase (adverbials, `as of`, and the few
    /// words ending in a phrase link that `read` looks at).
    private static let openers: [UInt8] = Array("fiaslrmghnpbc".utf8)

    /// The first test of `read` (`workStart`): a letter that opens an opening phrase, in either case.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isLetter(byte) && openers.contains(byte | 0x20)
    }
    /// The adverbials by their first letter, lower-cased (`a` is 0), in the list's order: a
    /// clause is compared with the few that open as it does.
    private static let adverbialsByLetter: [[StaticString]] = {
        var table = [[StaticString]](repeating: [], count: 26)
        for adverbial in adverbials {
            let letter = Bytes.withBytes(of: adverbial) { $0[0] }
            table[Int(letter - UInt8(ascii: "a"))].append(adverbial)
        }
        return table
    }()
    /// Link words: the last of the author's words before the work. `from` ends both leads; the
    /// phrase's (`read`) run on with no comma, the sentence's (`find`) end its first field.
    private static let links: [(word: StaticString, inPhrase: Bool, inSentence: Bool)] = [
        ("in", false, true), ("from", true, true), ("by", false, true), ("at", false, true), ("see", false, true),
        ("under", false, true), ("based on", true, false), ("using", true, false),
    ]
    /// Lower-case words inside a name besides the particles of `SurnameParticle` (`van Dijk`):
    /// `Department of the Treasury`, `Roe and Poe`, `Roe et al.`. The first five join the words of an
    /// opening phrase too.
    private static let connectors: [StaticString] = ["of", "the", "and", "for", "on", "et", "al.", "y", "&"]
    private static let phraseConnectors = 5
    /// The most words of an opening phrase ending in a link: `CRS analysis of agency data from`.
    private static let longestPhrase = 8
    /// How far into the clause an opening phrase's link is looked for, in bytes.
    private static let longestPhraseBytes = 80
    /// The longest first field `find` looks at, in bytes: a lead and a name, not a paragraph.
    private static let longestField = 120

    // MARK: The gate

    /// The cheap test both leads pass first: the clause opens with a word of the author's, not a
    /// number, a quotation or a bracket, and is long enough to hold a lead and a work.
    private static func opensWithWords(_ text: CitationText, _ body: Range<Int>) -> Bool {
        guard body.count > 12 else { return false }
        let first = text.bytes[body.lowerBound]
        return !Bytes.isDigit(first) && first != UInt8(ascii: "\"") && first != UInt8(ascii: "(") && first != 0xE2
    }

    // MARK: A phrase that opens the clause

    /// `body` read as an opening phrase and the full citation right after it, or nil.
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        guard opensWithWords(text, body) else { return nil }
        if let law = afterBy(text, body) { return law }
        guard let start = workStart(text, body) else { return nil }
        guard let reading = CitationForms.read(text, start..<body.upperBound), case .full = reading.form,
              reading.citation.lowerBound == start else { return nil }
        return reading
    }

    /// `By Executive Order No. 11541, the President ...`, `By Pub. L. No. 93-344, Congress ...`: the
    /// law an opening `By` names, read after it; nil unless a law (a statute or regulation) is
    /// read from the word after `By` on. Only a law: `By Any Means, 12 J. 3` is a title's.
    private static func afterBy(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        guard text.bytes[body.lowerBound] == UInt8(ascii: "B"), text.has("By ", at: body.lowerBound, end: body.upperBound),
              body.lowerBound + 3 < body.upperBound, Bytes.isUpper(text.bytes[body.lowerBound + 3]) || Bytes.isDigit(text.bytes[body.lowerBound + 3]),
              let reading = CitationForms.read(text, body.lowerBound + 3..<body.upperBound), case .full(let shared) = reading.form,
              reading.citation.lowerBound == body.lowerBound + 3, shared.work.kind == .statute || shared.work.kind == .regulation else { return nil }
        return reading
    }

    /// Where the work's citation starts after an opening phrase of `body`, or nil.
    private static func workStart(_ text: CitationText, _ body: Range<Int>) -> Int? {
        guard body.count > 16 else { return nil }
        let first = text.bytes[body.lowerBound]
        guard Bytes.isLetter(first), openers.contains(first | 0x20) else { return nil }
        var start: Int?
        let letter = Int((first | 0x20) - UInt8(ascii: "a"))
        for adverbial in adverbialsByLetter[letter] where text.has(adverbial, at: body.lowerBound, end: body.upperBound, ignoringFirstLetterCase: true) {
            start = body.lowerBound + adverbial.utf8CodeUnitCount
            break
        }
        if start == nil, first | 0x20 == UInt8(ascii: "a"), text.has("as of ", at: body.lowerBound, end: body.upperBound, ignoringFirstLetterCase: true) {
            start = afterDate(text, body.lowerBound + 6, end: body.upperBound)
        }
        if start == nil, Bytes.isUpper(first) { start = afterPhraseLink(text, body) }
        guard let start else { return nil }
        let next = text.skipSpaces(from: start, end: body.upperBound)
        guard next < body.upperBound, Bytes.isUpper(text.bytes[next]) || text.bytes[next] == UInt8(ascii: "\"") || text.bytes[next] == 0xE2
        else { return nil }
        return next
    }

    /// Just past `, ` after a date that follows `As of` (`June 3, 2025, `, `2024, `, `March 2025, `).
    private static func afterDate(_ text: CitationText, _ offset: Int, end: Int) -> Int? {
        var index = offset
        let limit = min(end, offset + 24)
        while index + 4 < limit {
            if Bytes.isDigit(text.bytes[index]), index + 5 < end, (0..<4).allSatisfy({ Bytes.isDigit(text.bytes[index + $0]) }),
               text.bytes[index + 4] == UInt8(ascii: ","), text.bytes[index + 5] == UInt8(ascii: " ") {
                return index + 6
            }
            index += 1
        }
        return nil
    }

    /// Just past a phrase's link (`based on `) that ends a lead of a few words with no comma or digit.
    private static func afterPhraseLink(_ text: CitationText, _ body: Range<Int>) -> Int? {
        var index = body.lowerBound
        var words = 1
        var lower = 0
        let limit = min(body.upperBound, body.lowerBound + longestPhraseBytes)
        while index < limit {
            let byte = text.bytes[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"") || Bytes.isDigit(byte) {
                return nil
            }
            if byte == UInt8(ascii: " ") {
                if let after = afterLink(text, space: index, end: body.upperBound) {
                    // The author's words hold a lower-case word besides the link: a name (`Office
                    // of Data from Space`) has none.
                    guard lower >= 1 else { return nil }
                    return after
                }
                words += 1
                guard words <= longestPhrase else { return nil }
                if index + 1 < limit, Bytes.isLower(text.bytes[index + 1]), !isPhraseConnector(text, index + 1, end: limit) { lower += 1 }
            }
            index += 1
        }
        return nil
    }

    /// Just past ` LINK ` at `space`, for a link that ends an opening phrase, or nil.
    private static func afterLink(_ text: CitationText, space: Int, end: Int) -> Int? {
        for link in links where link.inPhrase {
            let length = link.word.utf8CodeUnitCount
            let after = space + 1 + length
            if after < end, text.has(link.word, at: space + 1, end: end), text.bytes[after] == UInt8(ascii: " ") { return after + 1 }
        }
        return nil
    }

    /// Whether a word joining a name's words and a space start at `offset`.
    private static func isPhraseConnector(_ text: CitationText, _ offset: Int, end: Int) -> Bool {
        for word in connectors[..<phraseConnectors] {
            let after = offset + word.utf8CodeUnitCount
            if after < end, text.has(word, at: offset, end: end), text.bytes[after] == UInt8(ascii: " ") { return true }
        }
        return false
    }

    // MARK: The author's sentence up to a link

    /// The start of the full citation inside `body` after the author's sentence and a link word
    /// in its first field, or in a later one when the first is the author's sentence (`All of
    /// these views are contested, even among theorists, as shown in Jane Roe, Title, ...`), and
    /// its reading, or nil.
    static func find(_ text: CitationText, _ body: Range<Int>) -> (start: Int, reading: ClauseReading)? {
        guard opensWithWords(text, body), !text.isInsideSpan(body.lowerBound) else { return nil }
        var fieldStart = body.lowerBound
        for fieldIndex in 0...laterFields {
            let limit = min(body.upperBound, fieldStart + longestField)
            // The cheap test: a comma ends the field (found a machine word at a time), with no
            // quotation, bracket or digit before it.
            guard text.firstOffset(of: UInt8(ascii: ","), from: fieldStart, end: limit) < limit else { return nil }
            var comma = fieldStart
            var lowerWords = 0
            while comma < limit {
                let byte = text.bytes[comma]
                if byte == UInt8(ascii: ",") { break }
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(") || byte == 0xE2 || Bytes.isDigit(byte) { return nil }
                if Bytes.isLower(byte), comma == fieldStart || text.bytes[comma - 1] == UInt8(ascii: " ") { lowerWords += 1 }
                comma += 1
            }
            // A lead needs a link and, before it, prose or nothing: at least one lower-case word.
            guard comma < limit, lowerWords >= 1 else { return nil }
            let words = text.words(in: fieldStart..<comma)
            if let start = nameAfterLink(text, words, opensClause: fieldIndex == 0, clauseStart: body.lowerBound) {
                guard let reading = CitationForms.read(text, start..<body.upperBound), case .full = reading.form,
                      reading.citation.lowerBound == start else { return nil }
                return (start, reading)
            }
            // Only the author's sentence goes on to a later field: two words of prose in the first.
            guard fieldIndex > 0 || words.count(where: { isProseWord(text, $0) && !isSentenceLink(text, $0) }) >= 2 else { return nil }
            fieldStart = text.skipSpaces(from: comma + 1, end: body.upperBound)
        }
        return nil
    }

    /// How many fields after the first `find` looks in for the link.
    private static let laterFields = 3

    /// Where the name after a field's link starts (`... described in Jane Roe`), or nil when the
    /// field does not end in a link and a name after prose. A field after the first needs prose
    /// of its own before the link (`as shown in`), as a title's words (`Bargaining in Court`) are none.
    private static func nameAfterLink(_ text: CitationText, _ words: [Range<Int>], opensClause: Bool, clauseStart: Int) -> Int? {
        guard words.count >= 2 else { return nil }
        // The last lower-case word that joins no name must be a link, and a name must follow it.
        guard let link = words.lastIndex(where: { isLower(text, $0) && !isConnector(text, $0) }),
              isSentenceLink(text, words[link]), link + 1 < words.count else { return nil }
        let name = words[(link + 1)...]
        guard let first = name.first, Bytes.isUpper(text.bytes[first.lowerBound]),
              name.allSatisfy({ Bytes.isUpper(text.bytes[$0.lowerBound]) || isConnector(text, $0) }) else { return nil }
        // After a later field's link a full citation's author prints two words at least (`Jane Roe`,
        // `Roe et al.`, `Department of Widgets`); one (`in Europe`, `in U.S.`) ends a title in
        // sentence case (`Sales are flat, but supply is short in U.S., WIDGET WIRE, 2019`).
        guard opensClause || name.count >= 2 else { return nil }
        // The lead is prose, or a link alone that opens a clause continuing a sentence (`in Ann Able, ...`).
        let lead = words[..<link]
        if lead.isEmpty {
            guard opensClause, Bytes.isLower(text.bytes[clauseStart]) else { return nil }
        } else if opensClause {
            guard lead.contains(where: { isLower(text, $0) && !isConnector(text, $0) && !isSentenceLink(text, $0) }) else { return nil }
        } else {
            guard lead.contains(where: { isProseWord(text, $0) && !isSentenceLink(text, $0) }) else { return nil }
        }
        return first.lowerBound
    }

    /// A lower-case word of three letters or more that joins no name: the author's, not a title's.
    private static func isProseWord(_ text: CitationText, _ word: Range<Int>) -> Bool {
        word.count >= 3 && isLower(text, word) && !isConnector(text, word)
    }

    private static func isLower(_ text: CitationText, _ word: Range<Int>) -> Bool {
        Bytes.isLower(text.bytes[word.lowerBound])
    }

    private static func isConnector(_ text: CitationText, _ word: Range<Int>) -> Bool {
        connectors.contains { text.equals(word, $0) } || SurnameParticle.isParticle(text, word)
    }

    private static func isSentenceLink(_ text: CitationText, _ word: Range<Int>) -> Bool {
        links.contains { $0.inSentence && text.equals(word, $0.word) }
    }
}
