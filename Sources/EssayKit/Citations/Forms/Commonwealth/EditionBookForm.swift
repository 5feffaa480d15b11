import LowLevel

/// A book cited by its title and edition with no publisher, as English practitioners' works and
/// South African books are: `Harbour on Salvage, 8th edn, para 4.12`, `Tide Tables (9th edition)`,
/// `D Roe, E Poe et al Harbour Medicine Handbook 12 ed (2010) 318`, `LT Vale Port Pleadings 9 ed
/// (2018) at 45`. A converter may split the ordinal from its number (`8 th edn`).
///
/// The edition (a number, perhaps its ordinal, then `ed`, `edn` or `edition`) is the anchor; the
/// title is the run of capitalised words before it (with `of`, `on`, `and` ...), two words at
/// least. Initials-first names opening the citation are its authors (`InitialsArticleForm`). After
/// the edition come only the year in brackets, the page cited (glued to the bracket or not) or a
/// marked place (`, para 4.12`); a title that opens the citation must be read to its end, while a
/// title inside the author's sentence (`A new Tide Tables (9th edition) is out`) leaves the rest
/// as the author's words.
enum EditionBookForm: CitationForm {
    /// The first test of `read`: a title's or an initial's capital, or the author's sentence's first letter.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isLetter(byte)
    }

    /// Needs the edition's number and its word, which opens ` ed` or ` Ed` (`8th edn`, `2 Ed.`).
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.digit, .editionWord]) }

    /// The most bytes before the edition.
    private static let longestLead = 240
    /// The most words of a title.
    private static let longestTitle = 14
    /// Lower-case words a title holds between its capitalised ones.
    private static let smallWords: [StaticString] = ["of", "on", "in", "the", "and", "for", "to", "a", "an", "&", "at", "with"]
    /// The words that name an edition after its number.
    private static let editionWords: [StaticString] = ["edition", "Edition", "edn", "Edn", "ed.", "Ed.", "ed", "Ed"]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        let limit = min(end, citation.lowerBound + longestLead)
        var index = citation.lowerBound + 1
        while index < limit {
            if Bytes.isDigit(bytes[index]), bytes[index - 1] == UInt8(ascii: " ") || bytes[index - 1] == UInt8(ascii: "("),
               let edition = edition(text, at: index, end: end),
               let reading = read(text, citation, editionAt: index, editionEnd: edition) {
                return reading
            }
            index += 1
        }
        return nil
    }

    /// Just past the edition at `start` (`8th edn`, `8 th edn`, `12 ed`, `2nd ed.`), or nil.
    static func edition(_ text: CitationText, at start: Int, end: Int) -> Int? {
        let bytes = text.bytes
        var index = start
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index - start <= 3, index < end else { return nil }
        // The ordinal, glued to its number or split from it by a space.
        for ordinal in ["st", "nd", "rd", "th"] as [StaticString] {
            if text.has(ordinal, at: index, end: end) {
                index += 2
                break
            }
            if bytes[index] == UInt8(ascii: " "), text.has(ordinal, at: index + 1, end: end), index + 3 < end, bytes[index + 3] == UInt8(ascii: " ") {
                index += 3
                break
            }
        }
        guard index + 1 < end, bytes[index] == UInt8(ascii: " ") else { return nil }
        index += 1
        for word in editionWords where text.has(word, at: index, end: end) {
            let after = index + word.utf8CodeUnitCount
            if after == end || !Bytes.isLetter(bytes[after]) && bytes[after] != UInt8(ascii: ".") || bytes[after - 1] == UInt8(ascii: ".") {
                return after
            }
        }
        return nil
    }

    /// The book whose edition is at `start`..<`editionEnd`, or nil.
    private static func read(_ text: CitationText, _ citation: Range<Int>, editionAt start: Int, editionEnd: Int) -> ClauseReading? {
        let bytes = text.bytes
        let end = citation.upperBound
        let bracketed = bytes[start - 1] == UInt8(ascii: "(")
        var after = editionEnd
        if bracketed {
            guard after < end, bytes[after] == UInt8(ascii: ")") else { return nil }
            after += 1
        }
        // The title: capitalised words back from the edition.
        var titleEnd = bracketed ? start - 1 : start
        while titleEnd > citation.lowerBound, Bytes.isSpace(bytes[titleEnd - 1]) || bytes[titleEnd - 1] == UInt8(ascii: ",") { titleEnd -= 1 }
        let words = text.words(in: citation.lowerBound..<titleEnd)
        var first = words.count
        for position in words.indices.reversed() {
            let word = words[position]
            guard words.count - position <= longestTitle, isTitleWord(text, word) else { break }
            // A comma ends the title: what is before it is the authors' (`E Poe, Title 2 ed`).
            if position < words.count - 1, bytes[word.upperBound - 1] == UInt8(ascii: ",") { break }
            first = position
        }
        while first < words.count, !Bytes.isUpper(bytes[words[first].lowerBound]) { first += 1 }
        guard first < words.count else { return nil }
        var authors: [String] = []
        if first == 0 || authorsBefore(text, words) {
            // Initials-first names open the citation: the title starts after them.
            if let names = leadingNames(text, words), first == 0 || names.titleWord == first {
                authors = names.authors
                first = names.titleWord
            }
        }
        guard words.count - first >= 2 else { return nil }
        let title = words[first].lowerBound..<text.trimmingTrailing(words[first].lowerBound..<titleEnd, [UInt8(ascii: ",")]).upperBound
        let opensCitation = !authors.isEmpty || title.lowerBound == citation.lowerBound
        // Inside the author's sentence, only a bracketed edition after a lower-case word names a book.
        if !opensCitation {
            let before = words[max(0, first - 1)]
            guard first > 0, bracketed, Bytes.isLower(bytes[before.lowerBound]), Bytes.isLetter(bytes[before.upperBound - 1]) else { return nil }
        }
        // The year in brackets, and the page glued to it or after it.
        var year: Int?
        var pinpoint: Pinpoint?
        var last = after
        let bracket = text.skipSpaces(from: after, end: end)
        if let dated = CommonwealthTail.bracketedYear(text, at: bracket, end: end), bytes[bracket] == UInt8(ascii: "(") {
            year = dated.year
            last = dated.end
            let page = text.skipSpaces(from: dated.end, end: end)
            if page < end, Bytes.isDigit(bytes[page]), let parsed = PinpointParser.parse(text, at: page, end: end, allowRoman: false) {
                pinpoint = parsed.pinpoint
                last = parsed.end
            }
        }
        if pinpoint == nil {
            let tail = CommonwealthTail.pinpoint(text, from: last, end: end)
            if let found = tail.pinpoint {
                pinpoint = found
                last = tail.end
            }
        }
        if opensCitation, text.skipSpaces(from: last, end: end) < end { return nil }
        var work = WorkDraft(kind: .book, title: text.string(title))
        work.authors = authors
        work.year = year
        let citationStart = authors.isEmpty ? title.lowerBound : citation.lowerBound
        return CommonwealthTail.reading(text, work, pinpoint, citationStart..<end, end: last)
    }

    /// Whether `word` may be part of a title: capitalised (a possessive too), or a small word; no digit.
    private static func isTitleWord(_ text: CitationText, _ word: Range<Int>) -> Bool {
        let core = text.trimmingTrailing(word, [UInt8(ascii: ",")])
        guard let lead = core.first, !text.bytes[core].contains(where: Bytes.isDigit) else { return false }
        let last = text.bytes[core.upperBound - 1]
        guard last != UInt8(ascii: ".") || core.count <= 3, last != UInt8(ascii: ":"), last != UInt8(ascii: ";") else { return false }
        return Bytes.isUpper(text.bytes[lead]) || smallWords.contains { text.equals(core, $0) }
    }

    /// Whether the citation's first word is initials, as names opening it are.
    private static func authorsBefore(_ text: CitationText, _ words: [Range<Int>]) -> Bool {
        guard let opening = words.first else { return false }
        return InitialsArticleForm.isInitials(text, text.trimmingTrailing(opening, [UInt8(ascii: ",")]))
    }

    /// The names that open `words` (`D Roe`, `D Roe, E Poe et al`, `LT Vale & P Lamb`) and the
    /// index of the title's first word after them; nil when the words open with no initials.
    private static func leadingNames(_ text: CitationText, _ words: [Range<Int>]) -> (authors: [String], titleWord: Int)? {
        let bytes = text.bytes
        var index = 0
        var nameEnd = 0
        while index < words.count {
            // Initials, then particles and a surname.
            guard InitialsArticleForm.isInitials(text, words[index]) else { break }
            index += 1
            while index < words.count, SurnameParticle.isParticle(text, words[index]) { index += 1 }
            guard index < words.count, Bytes.isUpper(bytes[words[index].lowerBound]) else { return nil }
            let surname = words[index]
            index += 1
            nameEnd = index
            if bytes[surname.upperBound - 1] == UInt8(ascii: ",") { continue }
            if index < words.count, text.equals(words[index], "&") || text.equals(words[index], "and") {
                index += 1
                continue
            }
            if index + 1 < words.count, text.equals(words[index], "et"), text.equals(words[index + 1], "al") || text.equals(words[index + 1], "al.") {
                index += 2
                nameEnd = index
            }
            break
        }
        guard nameEnd > 0, nameEnd < words.count, Bytes.isUpper(bytes[words[nameEnd].lowerBound]),
              let authors = QuotedTitleLead.names(text, words[0].lowerBound..<words[nameEnd - 1].upperBound) else { return nil }
        return (authors, nameEnd)
    }
}
