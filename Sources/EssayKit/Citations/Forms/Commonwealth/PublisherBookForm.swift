import LowLevel

/// A book as OSCOLA, the McGill Guide and the AGLC cite it: the authors, the title in emphasis and
/// the publisher and year in brackets, the pinpoint after: `Mara Quint and Ole Berg, *The Law of
/// Small Ships* (Harbour Press 2004) 112`, `Ivo Sand, *Docks*, 2nd ed (Toronto: Bay Press, 2010) at
/// 45`, `*Ports* (3rd edn, OUP 1988) 220`. The bracket must hold a word before its year, so a
/// case's `*Roe v Doe* (1985)` is no book.
enum PublisherBookForm: CitationForm {
    /// The first test of `read`: a name's capital or an emphasised title's first byte.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        guard text.hasEmphasisOrLinks else { return nil }
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        guard !citation.isEmpty, end <= bytes.count else { return nil }
        // The title: the first emphasised run, at the start or after the authors and a comma.
        var titleStart = citation.lowerBound
        if !text.isEmphasized(titleStart) {
            var comma = citation.lowerBound
            while true {
                comma = text.firstOffset(of: UInt8(ascii: ","), from: comma, end: min(end, citation.lowerBound + 160))
                guard comma + 2 < end, comma < citation.lowerBound + 160 else { return nil }
                if bytes[comma + 1] == UInt8(ascii: " "), text.isEmphasized(comma + 2) { break }
                comma += 1
            }
            titleStart = comma + 2
        }
        var titleEnd = titleStart
        while titleEnd < end, text.isEmphasized(titleEnd) { titleEnd += 1 }
        let title = text.trimmingTrailing(text.trimmed(titleStart..<titleEnd), [UInt8(ascii: ",")])
        guard !title.isEmpty, Bytes.isUpper(bytes[title.lowerBound]) || bytes[title.lowerBound] >= 0xC0 || Bytes.isDigit(bytes[title.lowerBound]) else { return nil }
        // `, 2nd ed`, `, vol 2`: a few words between the title and the bracket.
        var open = text.skipSpaces(from: titleEnd, end: end)
        if open < end, bytes[open] == UInt8(ascii: ",") {
            let words = text.skipSpaces(from: open + 1, end: end)
            var scan = words
            while scan < end, scan < words + 24, bytes[scan] != UInt8(ascii: "("), bytes[scan] != UInt8(ascii: ",") { scan += 1 }
            guard scan < end, bytes[scan] == UInt8(ascii: "("), text.contains("ed", in: words..<scan) || text.has("vol", at: words, end: scan) else { return nil }
            open = scan
        }
        guard open < end, bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: end),
              let publisher = publisherYear(text, open + 1..<close - 1) else { return nil }
        // The names last: they make strings, and most emphasised titles have no publisher's bracket.
        var authors: [String] = []
        if titleStart > citation.lowerBound {
            guard let names = QuotedTitleLead.names(text, citation.lowerBound..<titleStart - 2) else { return nil }
            authors = names
        }
        var work = WorkDraft(kind: .book, title: text.string(title))
        work.authors = authors
        work.year = publisher.year
        work.container = publisher.name
        // The pinpoint: a bare page (`) 112`), or after ` at ` or a comma.
        var pinpoint: Pinpoint?
        var citationEnd = close
        let next = text.skipSpaces(from: close, end: end)
        if next > close, next < end, Bytes.isDigit(bytes[next]), let parsed = PinpointParser.parse(text, at: next, end: end, allowRoman: false) {
            pinpoint = parsed.pinpoint
            citationEnd = parsed.end
        } else {
            let tail = CommonwealthTail.pinpoint(text, from: close, end: end)
            if let found = tail.pinpoint {
                pinpoint = found
                citationEnd = tail.end
            }
        }
        return CommonwealthTail.reading(text, work, pinpoint, citation, end: citationEnd)
    }

    /// `Harbour Press 2004`, `Toronto: Bay Press, 2010`, `3rd edn, OUP 1988`: the publisher (the
    /// words before the year, after any place and edition) and the year ending the bracket; nil
    /// when no word comes before the year.
    private static func publisherYear(_ text: CitationText, _ inside: Range<Int>) -> (name: String?, year: Int)? {
        let bytes = text.bytes
        let range = text.trimmed(inside)
        guard range.count >= 7, range.count <= 120 else { return nil }
        let yearStart = range.upperBound - 4
        guard bytes[yearStart..<range.upperBound].allSatisfy(Bytes.isDigit), Bytes.isSpace(bytes[yearStart - 1]),
              let year = DateWords.year(in: bytes[yearStart..<range.upperBound]) else { return nil }
        var nameEnd = yearStart
        while nameEnd > range.lowerBound, Bytes.isSpace(bytes[nameEnd - 1]) || bytes[nameEnd - 1] == UInt8(ascii: ",") { nameEnd -= 1 }
        guard nameEnd > range.lowerBound else { return nil }
        var nameStart = nameEnd
        while nameStart > range.lowerBound, bytes[nameStart - 1] != UInt8(ascii: ",") && bytes[nameStart - 1] != UInt8(ascii: ":") { nameStart -= 1 }
        let name = text.trimmed(nameStart..<nameEnd)
        guard let first = name.first, Bytes.isUpper(bytes[first]) || bytes[first] >= 0xC0 else { return nil }
        // `(Sep. 13, 2016)`, `(May 2016)`: a date, as a post or a news story carries, not a publisher.
        guard !bytes[name].contains(where: Bytes.isDigit), let firstWord = text.firstWord(in: name),
              !DateWords.isMonth(bytes[firstWord]) else { return nil }
        // `(Jane Roe ed., 2010)`: the Bluebook's editor, which the fields' reading keeps.
        let named = text.string(name)
        guard !named.hasSuffix(" ed."), !named.hasSuffix(" eds.") else { return nil }
        return (named, year)
    }
}
