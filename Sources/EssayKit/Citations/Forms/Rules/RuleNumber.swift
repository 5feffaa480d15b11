import LowLevel

/// A court rule's number as sets of rules print it (`7.210`, `30-1(c)`, `5.04(b)`, `7a`, `212(b)`):
/// the rule itself, which is the work, and its subdivisions in brackets, the pinpoint.
struct RuleNumber {
    /// The rule: digits and letters, parts joined by `.` or `-` (`30-1`, `7.210`).
    var rule: Range<Int>
    /// Past the rule's subdivisions (`(b)(2)`), where the number ends.
    var end: Int

    /// The most bytes of one subdivision in brackets (`(iv)`, `(12)`).
    private static let longestSubdivision = 6

    /// The number starting at `offset`, which must be a digit; nil unless a word's end follows it.
    static func read(_ text: CitationText, at offset: Int, end: Int) -> RuleNumber? {
        let bytes = text.bytes
        guard offset < end, Bytes.isDigit(bytes[offset]) else { return nil }
        var index = offset
        while index < end {
            let byte = bytes[index]
            if Bytes.isDigit(byte) || Bytes.isLetter(byte) {
                index += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-"), index + 1 < end, Bytes.isDigit(bytes[index + 1]) || Bytes.isLower(bytes[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        let rule = offset..<index
        while index < end, bytes[index] == UInt8(ascii: "("), let close = text.closingBracket(after: index, end: end), close - index <= longestSubdivision + 2,
              bytes[(index + 1)..<(close - 1)].allSatisfy({ Bytes.isDigit($0) || Bytes.isLetter($0) }) {
            index = close
        }
        guard index == end || !Bytes.isWordByte(bytes[index]) else { return nil }
        return RuleNumber(rule: rule, end: index)
    }

    /// The subdivisions after the rule as a pinpoint (`(b)(2)`), or nil when it has none.
    func subdivisions(_ text: CitationText) -> Pinpoint? {
        rule.upperBound < end ? Pinpoint(kind: .section, text: text.string(rule.upperBound..<end)) : nil
    }

    /// A name in capitals as the Bluebook writes it in roman (`MINN. R. CIV. P.` → `Minn. R. Civ.
    /// P.`, `9TH CIR.` → `9th Cir.`): each capital after a letter, a digit or an apostrophe in lower
    /// case, so that the same set printed in either style is one name.
    static func romanCase(_ name: String) -> String {
        var previous: UInt8 = 0x20
        let bytes = name.utf8.map { byte -> UInt8 in
            defer { previous = byte }
            let follows = Bytes.isLetter(previous) || Bytes.isDigit(previous) || previous == UInt8(ascii: "'")
            return Bytes.isUpper(byte) && follows ? byte | 0x20 : byte
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
