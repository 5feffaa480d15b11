import LowLevel

/// A book cited in full with its author and title in small capitals (which a conversion turns
/// into capitals), perhaps a translated title, an edition and year, the short name it is cited
/// by later and the page, in the order a writer puts them: `ANN ROE, SEFER HADINIM, “The Book of
/// Laws”, 2nd ed. 2008 (hereinafter ROE), at 212`, `ANN ROE, SEFER HADINIM, “The Book of Laws” at
/// 608 (1990) (hereinafter ROE)`, `BO J. LEE, THE WIDGET ALTERNATIVE (2008) at 225`.
///
/// The title is the capitals as printed, the translation after it in brackets, as the Bluebook
/// writes a translated title (`SEFER HADINIM [The Book of Laws]`). The standard `TITLE 225 (2008)`
/// and `TITLE (2008)` are `FullWorkForm`'s: a page right after the title is not read here, and a
/// citation with no declared name, translation or `at` page is left to it.
enum SmallCapsBookForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte)
    }

    /// The most words an author's name takes.
    private static let authorWordLimit = 5
    /// The most words a title in capitals takes.
    private static let titleWordLimit = 14

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        // The gate: two capitals open the clause (`TONY`, `J. ROE` as `J.` then a capital after).
        guard citation.count > 8, Bytes.isUpper(bytes[citation.lowerBound]),
              Bytes.isUpper(bytes[citation.lowerBound + 1]) || bytes[citation.lowerBound + 1] == UInt8(ascii: ".") else { return nil }
        var firstComma: Int?
        for offset in text.topLevelOffsets(of: UInt8(ascii: ","), in: citation) {
            firstComma = offset
            break
        }
        guard let comma = firstComma else { return nil }
        let author = text.trimmed(citation.lowerBound..<comma)
        let authorWords = text.words(in: author)
        guard (2...authorWordLimit).contains(authorWords.count), authorWords.allSatisfy({ isCapitalsWord(text, $0) }) else { return nil }
        // The title: words in capitals, to the first mark of the tail.
        var index = text.skipSpaces(from: comma + 1, end: citation.upperBound)
        let titleStart = index
        var titleEnd = index
        var titleWords = 0
        while index < citation.upperBound {
            var wordEnd = index
            while wordEnd < citation.upperBound, !Bytes.isSpace(bytes[wordEnd]), bytes[wordEnd] != UInt8(ascii: ",") { wordEnd += 1 }
            let word = index..<wordEnd
            guard !word.isEmpty, isCapitalsWord(text, word) || text.equals(word, "&") else { break }
            titleWords += 1
            titleEnd = wordEnd
            index = text.skipSpaces(from: wordEnd, end: citation.upperBound)
        }
        guard titleWords >= 1, titleWords <= titleWordLimit, titleEnd - titleStart >= 4 else { return nil }
        var work = WorkDraft(kind: .book, title: text.string(titleStart..<titleEnd))
        work.authors = [text.string(author)]
        var translated: String?
        var pinpoint: Pinpoint?
        var end = titleEnd
        var sawYear = false
        var pagesAfterComma = false
        var trailing: Range<Int>?
        index = titleEnd
        // The tail, field by field, in any order; anything else is no book of this form.
        while true {
            index = text.skipSpaces(from: index, end: citation.upperBound)
            var afterComma = false
            if index < citation.upperBound, bytes[index] == UInt8(ascii: ",") {
                index = text.skipSpaces(from: index + 1, end: citation.upperBound)
                afterComma = true
            }
            guard index < citation.upperBound else { break }
            let lead = bytes[index]
            // `..., see ROE, A BOOK, 33-35, but such work ...`: the author's sentence goes on after the book.
            if afterComma, pagesAfterComma, isProseWord(text, at: index, end: citation.upperBound) {
                trailing = index..<citation.upperBound
                break
            }
            if let quoted = quotation(text, at: index, end: citation.upperBound) {
                guard translated == nil, !sawYear else { return nil }
                translated = text.string(text.trimmingTrailing(quoted.inside, [UInt8(ascii: ",")]))
                index = quoted.end
            } else if lead == UInt8(ascii: "(") || lead == UInt8(ascii: "[") {
                guard let close = text.closingBracket(after: index, end: citation.upperBound) else { return nil }
                let inside = text.trimmed(index + 1..<close - 1)
                if lead == UInt8(ascii: "("), text.has("hereinafter ", at: inside.lowerBound, end: inside.upperBound) {
                    let name = text.trimmed(inside.lowerBound + 12..<inside.upperBound)
                    guard !name.isEmpty else { return nil }
                    work.shortNames.append(unquoted(text.string(name)))
                } else if let year = year(text, inside) {
                    work.year = year
                    sawYear = true
                } else {
                    // `(The Book of Laws)`, `[The Book of Laws]`: the translation, right after the title.
                    guard translated == nil, !sawYear, work.shortNames.isEmpty, pinpoint == nil, !inside.isEmpty else { return nil }
                    translated = text.string(inside)
                }
                index = close
            } else if text.has("at ", at: index, end: citation.upperBound), pinpoint == nil,
                      let parsed = PinpointParser.parse(text, at: index + 3, end: citation.upperBound, allowRoman: true) {
                let noted = PinpointParser.withNote(text, parsed, start: index + 3, end: citation.upperBound)
                pinpoint = noted.pinpoint
                index = noted.end
            } else if let edition = edition(text, at: index, end: citation.upperBound) {
                index = edition
            } else if let year = fourDigitYear(text, at: index, end: citation.upperBound) {
                work.year = year
                sawYear = true
                index += 4
            } else if afterComma, pinpoint == nil, !sawYear, Bytes.isDigit(lead),
                      let parsed = PinpointParser.parse(text, at: index, end: citation.upperBound, allowRoman: false),
                      parsed.pinpoint.kind == .page || parsed.pinpoint.kind == .pages {
                // `ROE, A BOOK, 248-49 (2004)`: the pages after a comma, with no `at`, as drafts write them.
                pinpoint = parsed.pinpoint
                pagesAfterComma = true
                index = parsed.end
            } else {
                return nil
            }
            end = index
        }
        // A year or a declared name says the capitals are a book cited in full, not a heading; and
        // only a declared name, a translation or an `at` page is this form's to read: the plain
        // `AUTHOR, TITLE 45 (2008)` is `FullWorkForm`'s.
        // Pages after a comma say so too: no heading has them.
        guard sawYear || pagesAfterComma || !work.shortNames.isEmpty, !work.shortNames.isEmpty || translated != nil || pinpoint != nil else { return nil }
        if let translated { work.title += " [\(translated)]" }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<end, trailing: trailing)
    }

    /// A plain lower-case word and a space at `offset`, not `at` (`but such work`, not `https://` or `at 5`).
    private static func isProseWord(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        var index = offset
        while index < end, Bytes.isLower(text.bytes[index]) { index += 1 }
        return index - offset >= 2 && index < end && text.bytes[index] == UInt8(ascii: " ") && !text.has("at ", at: offset, end: end)
    }

    /// A word of capitals: no lower-case letter, at least one capital (`J.`, `O’BRIEN`, `HOK`).
    private static func isCapitalsWord(_ text: CitationText, _ word: Range<Int>) -> Bool {
        var capitals = 0
        for byte in text.bytes[word] {
            if Bytes.isLower(byte) || Bytes.isDigit(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"") { return false }
            if Bytes.isUpper(byte) { capitals += 1 }
        }
        // A curly quotation mark opening the word is the tail's translated title.
        return capitals >= 1 && text.bytes[word.lowerBound] != 0xE2
    }

    /// The text inside a quotation opening at `offset` (`“...”` or `"..."`), and the offset past it.
    private static func quotation(_ text: CitationText, at offset: Int, end: Int) -> (inside: Range<Int>, end: Int)? {
        let bytes = text.bytes
        if bytes[offset] == UInt8(ascii: "\"") {
            let close = text.firstOffset(of: UInt8(ascii: "\""), from: offset + 1, end: end)
            guard close < end else { return nil }
            return (offset + 1..<close, close + 1)
        }
        guard text.has("“", at: offset, end: end) else { return nil }
        var index = offset + 3
        while index + 2 < end {
            if text.has("”", at: index, end: end) { return (offset + 3..<index, index + 3) }
            index += 1
        }
        return nil
    }

    /// Just past `2nd ed.`, `3d ed.`, `rev. ed.` at `offset`, or nil.
    private static func edition(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        var index = offset
        if text.has("rev.", at: index, end: end) { index += 4 } else {
            while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
            guard index > offset, index + 2 <= end else { return nil }
            let suffixStart = index
            while index < end, Bytes.isLower(text.bytes[index]) { index += 1 }
            guard (1...2).contains(index - suffixStart) else { return nil }
        }
        guard text.has(" ed.", at: index, end: end) else { return nil }
        return index + 4
    }

    /// The year of `2008`, `2nd ed. 2008`, `Widget Press 2008` in a parenthesis: its last word, a year.
    private static func year(_ text: CitationText, _ inside: Range<Int>) -> Int? {
        guard let last = text.lastWord(in: inside), last.upperBound == inside.upperBound else { return nil }
        return fourDigitYear(text, at: last.lowerBound, end: inside.upperBound).flatMap { last.count == 4 ? $0 : nil }
    }

    /// A year of four digits standing alone at `offset`.
    private static func fourDigitYear(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard offset + 4 <= end, (offset..<offset + 4).allSatisfy({ Bytes.isDigit(text.bytes[$0]) }),
              offset + 4 == end || !Bytes.isWordByte(text.bytes[offset + 4]) else { return nil }
        return DateWords.year(in: text.string(offset..<offset + 4))
    }

    /// `“ROE”` or `"ROE"` without its quotation marks.
    private static func unquoted(_ name: String) -> String {
        var name = Substring(name)
        for (open, close) in [("“", "”"), ("\"", "\"")] where name.hasPrefix(open) && name.hasSuffix(close) && name.count >= 2 {
            name = name.dropFirst().dropLast()
        }
        return String(name)
    }
}
