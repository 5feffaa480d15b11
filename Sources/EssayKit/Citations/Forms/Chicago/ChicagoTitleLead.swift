import LowLevel

/// The opening of a Chicago note: the authors, a comma and the title in quotation marks with the
/// comma inside them (`Ann Roe, "Quiet Harbours," ...`) or after them (`Ann Roe, ‘Quiet Harbours’,
/// ...`), or a title ending in its own question mark (`"Why Ports?" ...`).
struct ChicagoTitleLead {
    /// The authors as printed, each alone; empty when the title opens the citation.
    var authors: [String]
    /// The title inside its quotation marks, without the comma.
    var title: Range<Int>
    /// Just past the closing mark and its comma.
    var end: Int

    /// The most bytes the authors take before the title: a handful of names.
    private static let longestLead = 160

    /// The lead of `citation`, or nil. The first test is a byte: a quotation mark must open it or
    /// follow a comma and space in its first `longestLead` bytes.
    static func read(_ text: CitationText, _ citation: Range<Int>) -> ChicagoTitleLead? {
        let bytes = text.bytes
        guard !citation.isEmpty, citation.upperBound <= bytes.count else { return nil }
        let limit = min(citation.upperBound, citation.lowerBound + longestLead)
        var open = citation.lowerBound
        if !opensQuote(bytes, open) {
            var comma = citation.lowerBound
            while true {
                comma = text.firstOffset(of: UInt8(ascii: ","), from: comma, end: limit)
                guard comma + 2 < limit else { return nil }
                if bytes[comma + 1] == UInt8(ascii: " "), opensQuote(bytes, comma + 2) { break }
                comma += 1
            }
            open = comma + 2
        }
        let double = bytes[open] == UInt8(ascii: "\"") || bytes[open] == 0xE2 && bytes[open + 2] == 0x9C
        let titleStart = open + (bytes[open] < 0x80 ? 1 : 3)
        var close = titleStart + 1
        let end = citation.upperBound
        while close < end {
            if let width = closingWidth(bytes, close, double: double) {
                let after = close + width
                let before = bytes[close - 1]
                // `"Title,"` then a space; `"Title",`; `"Why Ports?"` then a space.
                var found: (title: Range<Int>, end: Int)?
                if before == UInt8(ascii: ","), after < end, bytes[after] == UInt8(ascii: " ") {
                    found = (titleStart..<close - 1, after)
                } else if after < end, bytes[after] == UInt8(ascii: ",") {
                    found = (titleStart..<close, after + 1)
                } else if before == UInt8(ascii: "?") || before == UInt8(ascii: "!"), after < end, bytes[after] == UInt8(ascii: " ") {
                    found = (titleStart..<close, after)
                }
                if let found {
                    let title = text.trimmed(found.title)
                    guard !title.isEmpty else { return nil }
                    var authors: [String] = []
                    if open > citation.lowerBound {
                        guard let names = QuotedTitleLead.names(text, citation.lowerBound..<(open - 2)) else { return nil }
                        authors = names
                    }
                    return ChicagoTitleLead(authors: authors, title: title, end: found.end)
                }
                // A double mark that closes with no comma is some other shape (`"Title" (2016)`).
                if double { return nil }
            }
            close += 1
        }
        return nil
    }

    /// `"`, `'`, `“` or `‘` before a non-space.
    static func opensQuote(_ bytes: [UInt8], _ offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { return offset + 1 < bytes.count && !Bytes.isSpace(bytes[offset + 1]) }
        return byte == 0xE2 && offset + 3 < bytes.count && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0x9C || bytes[offset + 2] == 0x98)
            && !Bytes.isSpace(bytes[offset + 3])
    }

    /// The width of a closing mark of the title's kind (double or single) at `offset`, or nil.
    private static func closingWidth(_ bytes: [UInt8], _ offset: Int, double: Bool) -> Int? {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "\"") { return double ? 1 : nil }
        if byte == UInt8(ascii: "'") { return double ? nil : 1 }
        guard byte == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80 else { return nil }
        return bytes[offset + 2] == (double ? 0x9D : 0x99) ? 3 : nil
    }
}
