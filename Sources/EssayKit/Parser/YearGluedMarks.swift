import LowLevel

extension EssayBuilder {
    /// Whether the digit at `index` is a one-digit mark glued to a year (`established in 20113.`:
    /// note 3 after 2011), as a converter prints a superscript after a year: the four digits
    /// before it a year from 1600 to 2029 after a space or an opening parenthesis, and a
    /// sentence's punctuation right after it. A postal code of five digits goes on with a space
    /// and a place's name; `markAfterYear` reads marks of two or three digits so.
    static func isOneDigitMarkAfterYear(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 5, index + 1 < bytes.count, bytes[index] != UInt8(ascii: "0"),
              bytes[index - 5] == 0x20 || bytes[index - 5] == UInt8(ascii: "("),
              ".,;:)".utf8.contains(bytes[index + 1]) else { return false }
        var year = 0
        for offset in (index - 4)..<index {
            guard Bytes.isDigit(bytes[offset]) else { return false }
            year = year * 10 + Int(bytes[offset] &- 0x30)
        }
        return (1600...2029).contains(year)
    }
}
