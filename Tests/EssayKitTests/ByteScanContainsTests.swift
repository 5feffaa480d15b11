@testable import EssayKit
import LowLevel
import Testing

@Suite("A literal found in a range by its rarest byte")
struct ByteScanContainsTests {
    /// Letters ranked as `CitationText` ranks them, enough to make `z` and `:` the rarest.
    static func commonness(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: " "): 25
        case UInt8(ascii: "e"): 24
        case UInt8(ascii: "s"): 18
        case UInt8(ascii: "t"): 23
        case UInt8(ascii: "n"): 19
        default: 0
        }
    }

    func contains(_ literal: StaticString, _ text: String, _ range: Range<Int>? = nil) -> Bool {
        let bytes = Array(text.utf8)
        return ByteScan.contains(literal, in: bytes, range: range ?? 0..<bytes.count, commonness: Self.commonness)
    }

    @Test("found at the start, the end and past sixteen bytes; not when only its rarest byte is there")
    func foundWherever() {
        #expect(contains("esetz", "esetz und mehr"))
        #expect(contains("esetz", "das Handelsgesetz"))
        #expect(contains("esetz", "a long run of words before the Urheberrechtsgesetzbuch"))
        #expect(!contains("esetz", "Satz, Platz und Netz"))
        #expect(!contains("esetz", "esetx"))
        #expect(contains("in: ", "found in: the list"))
    }

    @Test("only the range is looked at, clamped to the bytes; a literal longer than the range is not there")
    func insideTheRange() {
        let text = "Gesetz; Verordnung"
        #expect(contains("esetz", text, 0..<6))
        #expect(!contains("esetz", text, 0..<5))
        #expect(!contains("esetz", text, 2..<18))
        #expect(contains("nung", text, 8..<400))
        #expect(!contains("Verordnung", text, 8..<12))
        #expect(!contains("x", "", 0..<0))
    }

    @Test("a literal matches in place, within the end and the bytes, its first letter in either case when asked")
    func matchesInPlace() {
        let bytes = Array("see Ibid. at 4".utf8)
        #expect(ByteScan.matches("Ibid.", in: bytes, at: 4, end: bytes.count))
        #expect(!ByteScan.matches("Ibid.", in: bytes, at: 4, end: 8))
        #expect(!ByteScan.matches("ibid.", in: bytes, at: 4, end: bytes.count))
        #expect(ByteScan.matches("ibid.", in: bytes, at: 4, end: bytes.count, ignoringFirstLetterCase: true))
        #expect(!ByteScan.matches("at 4 ", in: bytes, at: 10, end: 400))
        #expect(!ByteScan.matches("see", in: bytes, at: -1, end: bytes.count))
        #expect(ByteScan.matches("", in: bytes, at: 14, end: bytes.count))
    }
}
