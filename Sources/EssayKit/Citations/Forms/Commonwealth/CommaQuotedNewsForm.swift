import LowLevel

/// A news story written with the title's comma inside its quotation marks and no brackets, as many
/// Australian submissions print it: `Jane Doe, 'Title of Story,' Harbour News, 3 May 2022,
/// https://...`, `Jane Doe, ‘Title of Story,’ Harbour News, May 3, 2022`.
///
/// The title is the quotation (its comma dropped), the outlet the capitalised words up to the next
/// comma, and a date with its day and year must follow: a quoted title before a journal's volume
/// is an article's, not this form's. The work is the story, by its authors.
enum CommaQuotedNewsForm: CitationForm {
    /// The first test of `read`: a name's capital or a title's quotation mark.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Needs the quoted title's opening mark and the date's digits.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.openingQuote, .digit]) }

    /// The most words of an outlet's name (`The Sydney Morning Herald`).
    private static let longestOutlet = 6

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        guard let open = QuotedTitleOpening.find(text, citation, opens: opensTitle) else { return nil }
        let width = bytes[open] < 0x80 ? 1 : 3
        let titleStart = open + width
        // The closing mark right after a comma: `,'`, `,"`, `,’`, `,”`.
        var close = titleStart + 1
        var closeWidth = 0
        while close < end, close - titleStart < 300 {
            if bytes[close - 1] == UInt8(ascii: ",") {
                if bytes[close] == UInt8(ascii: "'") { closeWidth = 1 }
                if text.has("\u{2019}", at: close, end: end) { closeWidth = 3 }
                if closeWidth > 0 { break }
            }
            close += 1
        }
        guard closeWidth > 0, close + closeWidth < end, bytes[close + closeWidth] == UInt8(ascii: " ") else { return nil }
        let title = text.trimmed(titleStart..<close - 1)
        guard !title.isEmpty, let authors = QuotedTitleOpening.authors(text, citation, open: open) else { return nil }
        // The outlet: capitalised words up to a comma.
        let outletStart = text.skipSpaces(from: close + closeWidth, end: end)
        let comma = text.firstOffset(of: UInt8(ascii: ","), from: outletStart, end: end)
        guard comma < end else { return nil }
        let outlet = text.trimmed(outletStart..<comma)
        let words = text.words(in: outlet, limit: longestOutlet + 1)
        guard !words.isEmpty, words.count <= longestOutlet,
              words.allSatisfy({ Bytes.isUpper(bytes[$0.lowerBound]) || text.equals($0, "of") || text.equals($0, "the") || text.equals($0, "&") }),
              !bytes[outlet].contains(where: Bytes.isDigit) else { return nil }
        // The date: `3 May 2022` or `May 3, 2022`, to its year.
        guard let dateEnd = dayDateEnd(text, from: comma + 1, end: end) else { return nil }
        var work = WorkDraft(kind: .news, title: text.string(title))
        work.authors = authors
        work.container = text.string(outlet)
        work.year = DateWords.year(in: bytes[comma..<dateEnd])
        var citationEnd = dateEnd
        var next = text.skipSpaces(from: dateEnd, end: end)
        if next < end, bytes[next] == UInt8(ascii: ",") { next = text.skipSpaces(from: next + 1, end: end) }
        if next < end, bytes[next] == UInt8(ascii: "<") { next += 1 }
        if next < end, text.isLinked(next), let link = text.link(covering: next) {
            work.url = link.url
            citationEnd = min(link.range.upperBound, end)
        } else if text.has("http", at: next, end: end) {
            var urlEnd = next
            while urlEnd < end, !Bytes.isSpace(bytes[urlEnd]), bytes[urlEnd] != UInt8(ascii: ">") { urlEnd += 1 }
            let url = text.trimmingTrailing(next..<urlEnd, [UInt8(ascii: "."), UInt8(ascii: ",")])
            work.url = text.string(url)
            citationEnd = url.upperBound
        }
        if citationEnd < end, bytes[citationEnd] == UInt8(ascii: ">") { citationEnd += 1 }
        return CommonwealthTail.reading(text, work, nil, citation, end: citationEnd)
    }

    /// `'` or `‘` before a letter or digit: the single marks of Australian writing. A double mark's
    /// title with its comma inside is the US style, which prints pages after the date (`..., July 14,
    /// 2020, p. 1`) and is read by the forms for it.
    private static func opensTitle(_ bytes: [UInt8], _ offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "'") { return offset + 1 < bytes.count && !Bytes.isSpace(bytes[offset + 1]) }
        return byte == 0xE2 && offset + 3 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x98
    }

    /// Just past a date with its day at `offset` (` 3 May 2022`, ` May 3, 2022`), or nil.
    private static func dayDateEnd(_ text: CitationText, from offset: Int, end: Int) -> Int? {
        let words = text.words(in: offset..<min(end, offset + 24), limit: 3)
        guard words.count == 3 else { return nil }
        let bytes = text.bytes
        let first = text.trimmingTrailing(words[0], [UInt8(ascii: ",")])
        let second = text.trimmingTrailing(words[1], [UInt8(ascii: ",")])
        let third = text.trimmingTrailing(words[2], [UInt8(ascii: ","), UInt8(ascii: ".")])
        func isDay(_ range: Range<Int>) -> Bool { (1...2).contains(range.count) && bytes[range].allSatisfy(Bytes.isDigit) }
        let dayFirst = isDay(first) && DateWords.isMonth(bytes[second])
        let monthFirst = DateWords.isMonth(bytes[first]) && isDay(second)
        guard dayFirst || monthFirst, third.count == 4, DateWords.year(in: bytes[third]) != nil else { return nil }
        return third.upperBound
    }
}
