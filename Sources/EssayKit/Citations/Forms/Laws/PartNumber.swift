import LowLevel

/// A statute part's number and the bracketed subdivisions after it, as the Commonwealth styles print
/// them: `41(2)(c)`, `40A`, `103ZA`, a range `30-32` or `30–32` (one work).
struct PartNumber {
    /// The number with its capitals or its range (`40A`, `30-32`).
    var number: Range<Int>
    /// The bracketed subdivisions after the number (`(2)(c)`); empty when none.
    var subdivision: Range<Int>
    /// Whether the number is a range.
    var isRange: Bool

    /// Just past the part.
    var end: Int { subdivision.upperBound }

    /// The part number at `offset`; nil when no digit opens it or a letter or digit runs on after it.
    static func read(_ text: CitationText, at offset: Int, end: Int) -> PartNumber? {
        let bytes = text.bytes
        guard offset < end, Bytes.isDigit(bytes[offset]) else { return nil }
        var index = offset
        while index < end, index - offset < 6, Bytes.isDigit(bytes[index]) { index += 1 }
        // `40A`, `103ZA`: capitals after the digits are the number's.
        while index < end, index - offset < 8, Bytes.isUpper(bytes[index]) { index += 1 }
        var isRange = false
        if index + 1 < end, bytes[index] == UInt8(ascii: "-"), Bytes.isDigit(bytes[index + 1]) {
            isRange = true
            index += 1
        } else if index + 3 < end, text.has("\u{2013}", at: index, end: end), Bytes.isDigit(bytes[index + 3]) {
            isRange = true
            index += 3
        }
        if isRange {
            while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        }
        let numberEnd = index
        while index < end, bytes[index] == UInt8(ascii: "("), let close = text.closingBracket(after: index, end: end), close - index <= 8 {
            index = close
        }
        guard index == end || !Bytes.isLetter(bytes[index]) && !Bytes.isDigit(bytes[index]) else { return nil }
        return PartNumber(number: offset..<numberEnd, subdivision: numberEnd..<index, isRange: isRange)
    }
}
