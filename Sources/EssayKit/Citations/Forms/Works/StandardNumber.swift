import LowLevel

/// A standard or technical report by its series and number: `RFC 1122`, `NIST SP 800-145`,
/// `NISTIR 8259`, `FIPS 199`, `ISO 3166-1`, `ISO/IEC 27001:2013`, `IEEE Std 802.11`. The number
/// identifies the work, so `R. Braden, ed., "Requirements for Internet Hosts," RFC 1122, October
/// 1989` and a later `RFC 1122, Section 3.2` are one work.
enum StandardNumber {
    /// The series, each as its words; the number is the one word after them.
    private static let series: [[StaticString]] = [
        ["RFC"], ["NIST", "SP"], ["NIST", "IR"], ["NIST", "Special", "Publication"], ["NISTIR"], ["FIPS"], ["FIPS", "PUB"],
        ["ISO"], ["ISO/IEC"], ["IEC"], ["IEEE", "Std"], ["ANSI"],
    ]
    private static let openers: [UInt8] = Array("RNFIA".utf8)

    /// Whether a field opening with `byte` may be a standard's series and number (a cheap gate
    /// before its words are listed).
    static func mayOpen(_ byte: UInt8) -> Bool { openers.contains(byte) }

    /// The standard's number with its series (`RFC 1122`), when `words` are exactly a series and a number.
    static func read(_ text: CitationText, _ words: [Range<Int>]) -> String? {
        guard (2...4).contains(words.count), let first = words.first, openers.contains(text.bytes[first.lowerBound]),
              let number = words.last, Bytes.isDigit(text.bytes[number.lowerBound]) else { return nil }
        let names = words.dropLast()
        guard series.contains(where: { each in
            each.count == names.count && zip(each, names).allSatisfy { text.equals($1, $0) }
        }) else { return nil }
        // `NIST Special Publication 800-53` is filed as `NIST SP 800-53`.
        let written = names.count == 3 ? "NIST SP" : names.map { text.string($0) }.joined(separator: " ")
        return "\(written) \(text.string(number))"
    }
}
