import LowLevel

/// The opening of a Chicago note: the authors, a comma and the title in quotation marks with the
/// comma inside them (`Ann Roe, "Quiet Harbours," ...`) or after them (`Ann Roe, ‘Quiet Harbours’,
/// ...`), or a title ending in its own question mark (`"Why Ports?" ...`); or, as a bibliography
/// entry opens, the inverted name, a period and the title closing on its own period (`Roe, Ann.
/// "Quiet Harbours." ...`).
struct ChicagoTitleLead {
    /// The authors as printed, each alone; empty when the title opens the citation.
    var authors: [String]
    /// The title inside its quotation marks, without the comma.
    var title: Range<Int>
    /// Just past the closing mark and its comma.
    var end: Int

    /// The lead of `citation`, or nil. The first test is a byte: a quotation mark must open it or
    /// follow a comma and space in its first `QuotedTitleOpening.longestLead` bytes.
    static func read(_ text: CitationText, _ citation: Range<Int>) -> ChicagoTitleLead? {
        let bytes = text.bytes
        // `Roe, Ann. "Quiet Harbours." Port Law Journal ...`: a bibliography entry written as a note.
        let invertedEnd = QuotedTitleOpening.invertedNameEnd(bytes, from: citation.lowerBound).flatMap { $0 + 2 < citation.upperBound ? $0 : nil }
        guard let open = invertedEnd.map({ $0 + 2 }) ?? QuotedTitleOpening.find(text, citation, opens: opensQuote) else { return nil }
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
                } else if invertedEnd != nil, before == UInt8(ascii: "."), after < end, bytes[after] == UInt8(ascii: " ") {
                    // `"Quiet Harbours." Port Law Journal`: the entry's title closes on its period.
                    found = (titleStart..<close - 1, after)
                }
                if let found {
                    let title = text.trimmed(found.title)
                    guard !title.isEmpty else { return nil }
                    let authors: [String]
                    if let invertedEnd {
                        authors = [QuotedTitleOpening.uninverted(text, citation.lowerBound..<invertedEnd)]
                    } else {
                        guard let names = QuotedTitleOpening.authors(text, citation, open: open) else { return nil }
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
