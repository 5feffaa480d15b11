import LowLevel

/// A date as continental notes write it, day, month and year joined by periods: `14.03.2019`,
/// `2.11.2017`.
enum DottedDate {
    /// The year of the date at `offset` and just past it, or nil when none is written there (a
    /// word's byte right after the year ends no date).
    static func read(_ text: CitationText, at offset: Int, end: Int) -> (year: Int, end: Int)? {
        let bytes = text.bytes
        var index = offset
        for _ in 0..<2 {
            let start = index
            while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
            guard (1...2).contains(index - start), index < end, bytes[index] == UInt8(ascii: ".") else { return nil }
            index += 1
        }
        let yearStart = index
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index - yearStart == 4, index == end || !Bytes.isWordByte(bytes[index]),
              let year = DateWords.year(in: bytes[yearStart..<index]) else { return nil }
        return (year, index)
    }
}
