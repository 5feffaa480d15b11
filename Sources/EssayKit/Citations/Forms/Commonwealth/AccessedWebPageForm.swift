import LowLevel

/// A web page as OSCOLA and the McGill Guide cite it: the title in quotation marks, the site and
/// the date in brackets or after it, the address and the day it was read: `Harbour Trust, 'Members'
/// (*Harbour Trust Docs*, 3 May 2020) <https://...> accessed 8 June 2021`, `"Members", *Harbour
/// Docs* (9 May 2019), online: <https://...>`. A date is never a volume or a page.
enum AccessedWebPageForm: CitationForm {
    /// The first test of `read`: a name's capital or a title's quotation mark.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Needs the quoted title's opening mark, at the start or after a comma.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .openingQuote) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let lead = QuotedTitleLead.read(text, citation) else { return nil }
        let bytes = text.bytes
        let end = citation.upperBound
        var next = text.skipSpaces(from: lead.end, end: end)
        guard next < end else { return nil }
        var site: Range<Int>
        var dated: Range<Int>
        var after: Int
        if bytes[next] == UInt8(ascii: "(") {
            // `(*Site*, 3 May 2020)`: the site, a comma, the date.
            guard let close = text.closingBracket(after: next, end: end) else { return nil }
            let inside = next + 1..<close - 1
            let comma = text.firstOffset(of: UInt8(ascii: ","), from: inside.lowerBound, end: inside.upperBound)
            guard comma < inside.upperBound else { return nil }
            site = text.trimmed(inside.lowerBound..<comma)
            dated = text.trimmed(comma + 1..<inside.upperBound)
            after = close
        } else if bytes[next] == UInt8(ascii: ",") {
            // `, *Site* (9 May 2019)`: the site, then the date in brackets.
            next = text.skipSpaces(from: next + 1, end: end)
            var open = next
            while open < end, open < next + 120, bytes[open] != UInt8(ascii: "(") { open += 1 }
            guard open < end, bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: end) else { return nil }
            site = text.trimmingTrailing(text.trimmed(next..<open), [UInt8(ascii: ",")])
            dated = text.trimmed(open + 1..<close - 1)
            after = close
        } else {
            return nil
        }
        guard !site.isEmpty, site.count <= 120, dated.count <= 40, let year = DateWords.year(in: bytes[dated]),
              let last = dated.last, Bytes.isDigit(bytes[last]) else { return nil }
        // The address, `accessed DATE` or `online:` (a soft hyphen may part `on-line`): one must be there.
        let rest = after..<end
        let url = address(text, in: rest)
        let accessed = text.contains("accessed", in: rest) || text.contains("line:", in: rest)
        guard url != nil || accessed else { return nil }
        var work = WorkDraft(kind: .webpage, title: text.string(lead.title))
        work.authors = lead.authors
        work.authorIsInstitution = lead.authors.count == 1
        work.container = text.string(site)
        work.year = year
        work.url = url?.url
        var citationEnd = max(after, url?.end ?? after)
        // `accessed 8 June 2021`: the day the page was read, part of the citation.
        let accessedAt = text.skipSpaces(from: citationEnd, end: end)
        if text.has("accessed ", at: accessedAt, end: end) {
            var dateEnd = accessedAt + 9
            for _ in 0..<3 {
                var wordEnd = text.skipSpaces(from: dateEnd, end: end)
                let start = wordEnd
                while wordEnd < end, !Bytes.isSpace(bytes[wordEnd]), bytes[wordEnd] != UInt8(ascii: ";") { wordEnd += 1 }
                guard wordEnd > start else { break }
                dateEnd = wordEnd
            }
            citationEnd = text.trimmingTrailing(accessedAt..<dateEnd, [UInt8(ascii: ","), UInt8(ascii: ".")]).upperBound
        }
        return CommonwealthTail.reading(text, work, nil, citation, end: citationEnd)
    }

    /// The first address in `range`, a link's or one printed (`https://...`), and just past it.
    private static func address(_ text: CitationText, in range: Range<Int>) -> (url: String, end: Int)? {
        let bytes = text.bytes
        var offset = range.lowerBound
        while offset < range.upperBound {
            if text.isLinked(offset), let link = text.link(covering: offset) {
                var end = min(link.range.upperBound, range.upperBound)
                if end < range.upperBound, bytes[end] == UInt8(ascii: ">") { end += 1 }
                return (link.url, end)
            }
            if bytes[offset] == UInt8(ascii: "h"), text.has("http", at: offset, end: range.upperBound) {
                var end = offset
                while end < range.upperBound, !Bytes.isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">") { end += 1 }
                let url = text.trimmingTrailing(offset..<end, [UInt8(ascii: "."), UInt8(ascii: ",")])
                if end < range.upperBound, bytes[end] == UInt8(ascii: ">") { end += 1 }
                return (text.string(url), end)
            }
            offset += 1
        }
        return nil
    }
}
