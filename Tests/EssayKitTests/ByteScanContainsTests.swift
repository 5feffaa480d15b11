@testable import EssayKit
import LowLevel
import Testing

@Suite("A literal found in a range by its first and last bytes")
struct ByteScanContainsTests {
    func contains(_ literal: StaticString, _ text: String, _ range: Range<Int>? = nil) -> Bool {
        let bytes = Array(text.utf8)
        return ByteScan.contains(literal, in: bytes, range: range ?? 0..<bytes.count)
    }

    /// Whether `literal` is in `range` of `bytes` (clamped), found by comparing at every offset.
    static func naive(_ literal: [UInt8], _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let lower = max(0, range.lowerBound)
        let upper = min(range.upperBound, bytes.count)
        guard !literal.isEmpty, upper - lower >= literal.count else { return false }
        return (lower...(upper - literal.count)).contains { bytes[$0..<($0 + literal.count)].elementsEqual(literal) }
    }

    @Test("the same answer as a comparison at every offset, for every range of texts with near misses across blocks")
    func agreesWithEveryOffset() {
        let literals: [StaticString] = ["d", " ed", " and", "see ", "://", " r. ", "esetz", "orthcoming", "ab", "aa", "Urheberrechtsgesetzbuch"]
        let texts = [
            " ad and an d andand see se see ://:/ :// r.  r. ", String(repeating: "a", count: 40) + "b",
            "xxxxxxxxxxxxxxx ed" + String(repeating: " e", count: 12) + "d", "das Urheberrechtsgesetzbuch und das Gesetz, esetz",
            String(repeating: "forthcomin", count: 5) + "orthcoming", "é ed “and” — see’s and",
        ]
        var checked = 0
        for text in texts {
            let bytes = Array(text.utf8)
            for literal in literals {
                let literalBytes = Array(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
                var differing: [Range<Int>] = []
                var found = 0
                for lower in 0...bytes.count {
                    for upper in lower...(bytes.count + 1) {
                        let answer = ByteScan.contains(literal, in: bytes, range: lower..<upper)
                        if answer { found += 1 }
                        if answer != Self.naive(literalBytes, bytes, lower..<upper) { differing.append(lower..<upper) }
                    }
                }
                #expect(differing.isEmpty, "\(literal) in \(text): \(differing.prefix(5))")
                checked += found
            }
        }
        // Many ranges hold their literal: the comparison is not only of absences.
        #expect(checked > 1_000)
    }

    @Test("found at the start, the end and past sixteen bytes; not when only its first and last bytes are there")
    func foundWherever() {
        #expect(contains("esetz", "esetz und mehr"))
        #expect(contains("esetz", "das Handelsgesetz"))
        #expect(contains("esetz", "a long run of words before the Urheberrechtsgesetzbuch"))
        #expect(!contains("esetz", "Satz, Platz und Netz"))
        #expect(!contains("esetz", "esetx"))
        #expect(!contains("esetz", "a long run of words before the eselz and the ezetz"))
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
