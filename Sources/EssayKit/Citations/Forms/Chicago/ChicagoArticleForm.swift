import LowLevel

/// A journal article as Chicago notes cite it: the authors, the title in quotation marks with the
/// comma inside, the journal, the volume and issue, the date in parentheses and, after a colon,
/// the pages: `Ann Roe, "Quiet Harbours," *Port Law Journal* 12, no. 3 (2019): 45–67, 50`,
/// `"Docks," Harbour Review 8 (Spring 2015): 101`, `Journal 38.1 (2011): 105-123`.
///
/// After the colon a range is the article's pages and a page after it (`: 45–67, 50`, `: 45–67, at
/// 50`) the page cited; a lone page is the article's first page and a later page after it
/// (`: 392, 398`) the page cited, as law writers print it in Chicago notes. Pages in falling
/// order (`: 9, 1–16`) are the places cited. With no colon (`Harbour Journal 88 (1995)`) the
/// article is cited whole.
enum ChicagoArticleForm: CitationForm {
    /// The first test of `read`: a name's capital or a title's quotation mark.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// The most words a journal's name takes.
    private static let journalWordLimit = 12

    /// Needs the quoted title's opening mark, after the authors or an inverted name.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .openingQuote) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        // The gate: a `):` in the clause, the date's parenthesis before the pages.
        guard let colon = dateColon(text, citation) ?? dateSpace(text, citation) else { return wholeArticle(text, citation) }
        guard let lead = ChicagoTitleLead.read(text, citation), lead.end < colon else { return nil }
        // The date's parenthesis: back from the colon to its `(`.
        var open = colon - 2
        while open > lead.end, bytes[open] != UInt8(ascii: "(") { open -= 1 }
        guard open > lead.end, colon - 1 - open <= 32, let year = DateWords.year(in: bytes[open + 1..<colon - 1]) else { return nil }
        // `(June 2002)`: a magazine dated by its month or season may print no volume.
        guard let printed = journal(text, lead.end..<open, dated: namesMonthOrSeason(text, open + 1..<colon - 1)) else { return nil }
        // The pages after the colon.
        let pagesStart = text.skipSpaces(from: colon + 1, end: end)
        guard pagesStart < end, let pages = PinpointParser.parse(text, at: pagesStart, end: end, allowRoman: false),
              pages.pinpoint.kind == .page || pages.pinpoint.kind == .pages || pages.pinpoint.kind == .paragraph else { return nil }
        var work = WorkDraft(kind: .article, title: text.string(lead.title))
        work.authors = lead.authors
        work.year = year
        work.container = printed.journal
        work.volume = printed.volume
        // `: par. 12–14`: a journal numbering its paragraphs is cited at them; no first page.
        if pages.pinpoint.kind == .paragraph {
            return CommonwealthTail.reading(text, work, pages.pinpoint, citation, end: pages.end)
        }
        var pinpoint: Pinpoint? = pages.pinpoint
        var citationEnd = pages.end
        let items = pages.pinpoint.text.split(separator: ",").map { String($0.drop { $0 == " " }) }
        let tail = CommonwealthTail.pinpoint(text, from: pages.end, end: end)
        if let cited = tail.pinpoint, cited.kind == .page || cited.kind == .pages || cited.kind == .note {
            // `: 45–67, at 50`.
            work.firstPage = leadingDigits(pages.pinpoint.text)
            pinpoint = cited
            citationEnd = tail.end
        } else if let extent = items.first, isRange(extent) {
            // `: 45–67`, the article's pages; `: 45–67, 50`, and the page cited after them.
            work.firstPage = leadingDigits(extent)
            let cited = items.dropFirst().joined(separator: ", ")
            pinpoint = cited.isEmpty ? nil : Pinpoint(kind: items.count > 2 || isRange(cited) ? .pages : .page, text: cited)
        } else if let first = items.first.flatMap({ Int($0) }), items.dropFirst().first.map({ (Int(leadingDigits($0)) ?? 0) >= first }) ?? true {
            // `: 392`, the article's first page; `: 392, 398`, and the page cited after it.
            work.firstPage = String(first)
            let cited = items.dropFirst().joined(separator: ", ")
            pinpoint = cited.isEmpty ? nil : Pinpoint(kind: items.count > 2 || isRange(cited) ? .pages : .page, text: cited)
        }
        // `, https://doi.org/...`: the article's address ends the note.
        var rest = text.trimmed(citationEnd..<end)
        if let first = rest.first, bytes[first] == UInt8(ascii: ",") { rest = text.trimmed(first + 1..<rest.upperBound) }
        if !rest.isEmpty, text.has("http", at: rest.lowerBound, end: end) || text.has("doi:", at: rest.lowerBound, end: end),
           !bytes[rest].contains(UInt8(ascii: " ")) {
            work.url = text.string(rest)
            citationEnd = rest.upperBound
        }
        return CommonwealthTail.reading(text, work, pinpoint, citation, end: citationEnd)
    }

    /// `Ann Roe, "Berths," *Harbour Journal* 88 (1995)`: an article cited whole, with no pages, the
    /// date's parenthesis closing the citation.
    private static func wholeArticle(_ text: CitationText, _ citation: Range<Int>) -> ClauseReading? {
        let bytes = text.bytes
        // The gate: the citation ends on the date's `)`.
        guard let close = citation.last, bytes[close] == UInt8(ascii: ")"), close - citation.lowerBound > 12 else { return nil }
        var open = close - 1
        while open > citation.lowerBound, close - open <= 32, bytes[open] != UInt8(ascii: "(") { open -= 1 }
        guard bytes[open] == UInt8(ascii: "("), let year = DateWords.year(in: bytes[open + 1..<close]),
              let lead = ChicagoTitleLead.read(text, citation), lead.end < open,
              let printed = journal(text, lead.end..<open, dated: false) else { return nil }
        var work = WorkDraft(kind: .article, title: text.string(lead.title))
        work.authors = lead.authors
        work.year = year
        work.container = printed.journal
        work.volume = printed.volume
        return CommonwealthTail.reading(text, work, nil, citation, end: citation.upperBound)
    }

    /// The first top-level `):` in `citation` that the pages follow, the offset of its colon.
    private static func dateColon(_ text: CitationText, _ citation: Range<Int>) -> Int? {
        var colon = text.firstOffset(of: UInt8(ascii: ":"), from: citation.lowerBound, end: citation.upperBound)
        while colon < citation.upperBound {
            if colon > citation.lowerBound + 8, text.bytes[colon - 1] == UInt8(ascii: ")"), colon + 1 < citation.upperBound,
               text.bytes[colon + 1] == UInt8(ascii: " ") || Bytes.isDigit(text.bytes[colon + 1]) {
                return colon
            }
            colon = text.firstOffset(of: UInt8(ascii: ":"), from: colon + 1, end: citation.upperBound)
        }
        return nil
    }

    /// `(2001): 77`'s stand-in when no colon is printed: `Review 21 (2005) 310`, the space after the
    /// date's parenthesis when only pages follow it to the citation's end.
    private static func dateSpace(_ text: CitationText, _ citation: Range<Int>) -> Int? {
        let bytes = text.bytes
        // The gate: the citation ends in a digit, after a `) ` not far before it.
        guard let last = citation.last, Bytes.isDigit(bytes[last]) else { return nil }
        var close = last
        while close > citation.lowerBound + 8, last - close < 24, bytes[close] != UInt8(ascii: ")") { close -= 1 }
        guard bytes[close] == UInt8(ascii: ")"), close + 2 <= last, bytes[close + 1] == UInt8(ascii: " "), Bytes.isDigit(bytes[close + 2]),
              let pages = PinpointParser.parse(text, at: close + 2, end: citation.upperBound, allowRoman: false),
              pages.end == citation.upperBound else { return nil }
        return close + 1
    }

    /// `Port Law Journal 12, no. 3`, `Journal 38.1`, `Review, vol. 8, no. 2`, `Review no. 4`,
    /// `Review 12 (3)`, `Journal 7:2`, `Review 14, nos. 3–4`: the journal's name and its volume (or,
    /// with none, its issue) in `range`, the words between the title and the date's parenthesis;
    /// with `dated` (a month or season in the date), a name alone (`Harbor Monthly`).
    private static func journal(_ text: CitationText, _ range: Range<Int>, dated: Bool) -> (journal: String, volume: String?)? {
        let bytes = text.bytes
        var rest = text.trimmingTrailing(text.trimmed(range), [UInt8(ascii: ",")])
        guard !rest.isEmpty else { return nil }
        var issue: String?
        // `no. 3`, `no. 3–4`, `no. 3/4`, `nos. 3–4` last.
        if let last = text.lastWord(in: rest), last.lowerBound - 4 >= rest.lowerBound, Bytes.isDigit(bytes[last.lowerBound]) {
            if text.has("no. ", at: last.lowerBound - 4, end: rest.upperBound) || text.has("No. ", at: last.lowerBound - 4, end: rest.upperBound) {
                issue = text.string(last)
                rest = text.trimmingTrailing(text.trimmed(rest.lowerBound..<last.lowerBound - 4), [UInt8(ascii: ",")])
            } else if last.lowerBound - 5 >= rest.lowerBound,
                      text.has("nos. ", at: last.lowerBound - 5, end: rest.upperBound) || text.has("Nos. ", at: last.lowerBound - 5, end: rest.upperBound) {
                issue = text.string(last)
                rest = text.trimmingTrailing(text.trimmed(rest.lowerBound..<last.lowerBound - 5), [UInt8(ascii: ",")])
            }
        }
        // `12 (3)`: the issue in its own parenthesis after the volume.
        if issue == nil, let last = rest.last, bytes[last] == UInt8(ascii: ")"), last - rest.lowerBound > 4 {
            var open = last - 1
            while open > rest.lowerBound, Bytes.isDigit(bytes[open]) || bytes[open] == UInt8(ascii: "-") || bytes[open] == UInt8(ascii: "/") { open -= 1 }
            if bytes[open] == UInt8(ascii: "("), open + 1 < last, Bytes.isDigit(bytes[open + 1]), open > rest.lowerBound, bytes[open - 1] == UInt8(ascii: " ") {
                issue = text.string(open + 1..<last)
                rest = text.trimmed(rest.lowerBound..<open)
            }
        }
        var volume: String?
        if let last = text.lastWord(in: rest), Bytes.isDigit(bytes[last.lowerBound]),
           bytes[last].allSatisfy({ Bytes.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") }) {
            // `38.1`, `7:2`: volume and issue.
            let word = text.string(last)
            volume = word.split(whereSeparator: { $0 == "." || $0 == ":" }).first.map(String.init) ?? word
            rest = text.trimmingTrailing(text.trimmed(rest.lowerBound..<last.lowerBound), [UInt8(ascii: ",")])
            // `vol. 12`.
            if rest.count >= 4, text.has("vol.", at: rest.upperBound - 4, end: rest.upperBound) || text.has("Vol.", at: rest.upperBound - 4, end: rest.upperBound) {
                rest = text.trimmingTrailing(text.trimmed(rest.lowerBound..<rest.upperBound - 4), [UInt8(ascii: ",")])
            }
        }
        let number = volume ?? issue
        guard number != nil || dated, !rest.isEmpty else { return nil }
        let first = bytes[rest.lowerBound]
        guard Bytes.isUpper(first) || text.isEmphasized(rest.lowerBound) || first >= 0xC0,
              !bytes[rest].contains(where: { Bytes.isDigit($0) || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "(") }) else { return nil }
        let words = text.words(in: rest, limit: journalWordLimit + 1)
        guard words.count <= journalWordLimit else { return nil }
        return (text.string(rest), number)
    }

    /// The seasons a quarterly's issue is dated by.
    private static let seasons: [StaticString] = ["Spring", "Summer", "Fall", "Autumn", "Winter"]

    /// Whether the date in `range` names a month or a season (`June 2002`, `Spring 2015`).
    private static func namesMonthOrSeason(_ text: CitationText, _ range: Range<Int>) -> Bool {
        text.words(in: range, limit: 4).contains { word in
            DateWords.isMonth(text.bytes[word]) || seasons.contains { text.equals(word, $0) }
        }
    }

    /// Whether `pages` is a range of pages (`45–67`, `45-67`).
    private static func isRange(_ pages: String) -> Bool {
        pages.contains("-") || pages.contains("–") || pages.contains("—")
    }

    /// The digits that open `pages` (`45` of `45–67`).
    private static func leadingDigits(_ pages: String) -> String {
        String(pages.utf8.prefix(while: Bytes.isDigit).map { Character(UnicodeScalar($0)) })
    }
}
