import LowLevel

extension EssayBuilder {
    /// Whether the digit at `index` is a one-digit mark glued to a year (`established in 20113.`:
    /// note 3 after 2011), as a converter prints a superscript after a year: the four digits
    /// before it a year from 1600 to 2029 after a space or an opening parenthesis, and a
    /// sentence's punctuation right after it. A postal code of five digits goes on with a space
    /// and a place's name; `markAfterYear` reads marks of two or three digits so.
    /// At a line's end the mark is read only on an epigraph's attribution, a line opening with a
    /// dash (`—Commission on Industrial Relations, 19151`): a year ends such a line, unpunctuated.
    static func isOneDigitMarkAfterYear(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 5, index + 1 < bytes.count, bytes[index] != UInt8(ascii: "0"),
              bytes[index - 5] == 0x20 || bytes[index - 5] == UInt8(ascii: "("),
              ".,;:)".utf8.contains(bytes[index + 1]) || (bytes[index + 1] == 0x0A && opensWithDash(bytes, lineOf: index)) else { return false }
        var year = 0
        for offset in (index - 4)..<index {
            guard Bytes.isDigit(bytes[offset]) else { return false }
            year = year * 10 + Int(bytes[offset] &- 0x30)
        }
        return (1600...2029).contains(year)
    }

    /// Whether the line holding `index` opens with an em or en dash (E2 80 94, E2 80 93), after
    /// any indent, as an epigraph's attribution does; looked for up to 300 bytes back.
    private static func opensWithDash(_ bytes: [UInt8], lineOf index: Int) -> Bool {
        var start = index
        while start > 0, index - start < 300, bytes[start - 1] != 0x0A { start -= 1 }
        guard start == 0 || bytes[start - 1] == 0x0A else { return false }
        // `pdftotext -layout` sets the attribution in, as the page does.
        while start < index, bytes[start] == 0x20 { start += 1 }
        guard start + 3 <= index else { return false }
        return bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && (bytes[start + 2] == 0x94 || bytes[start + 2] == 0x93)
    }
}
