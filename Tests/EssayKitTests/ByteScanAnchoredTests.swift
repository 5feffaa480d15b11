@testable import EssayKit
import LowLevel
import Testing

@Suite("A literal found in a whole file by memchr for one of its bytes")
struct ByteScanAnchoredTests {
    @Test("the same answer as the search by first and last bytes, for every anchor and every prefix of texts with near misses")
    func agreesWithContains() {
        let literals: [StaticString] = ["FOOTNOTES", "[Footnote", "a", "aa", "[^", "Footnote 1]"]
        let texts = [
            "FOOTNOTE FOOTNOTES", "[Foot [Footnot [Footnote", "FFFFFFFFFFFFFFFFFFFFOOTNOTES", "[[[[[[[[[[[[[[[[[[Footnote 1]",
            "no mark here at all, only words and FOOTNOTE'S", "aba", "é [^ — “[Footnote”", "",
        ]
        var found = 0
        for text in texts {
            let whole = Array(text.utf8)
            for count in 0...whole.count {
                let bytes = Array(whole.prefix(count))
                for literal in literals {
                    let expected = ByteScan.contains(literal, in: bytes, range: bytes.indices)
                    if expected { found += 1 }
                    for anchor in 0..<literal.utf8CodeUnitCount {
                        #expect(ByteScan.contains(literal, in: bytes, findingByteAt: anchor) == expected, "\(literal) at \(anchor) in \(bytes.count) bytes of \(text)")
                    }
                }
            }
        }
        // Many prefixes hold their literal: the comparison is not only of absences.
        #expect(found > 50)
    }

    @Test("found at the start and the end of the bytes; an anchor outside the literal finds nothing")
    func edges() {
        #expect(ByteScan.contains("FOOTNOTES", in: Array("FOOTNOTES and text".utf8), findingByteAt: 0))
        #expect(ByteScan.contains("[Footnote", in: Array("text, then [Footnote".utf8), findingByteAt: 0))
        #expect(ByteScan.contains("[Footnote", in: Array("text, then [Footnote".utf8), findingByteAt: 8))
        #expect(!ByteScan.contains("[Footnote", in: Array("text, then [Footnot".utf8), findingByteAt: 0))
        #expect(!ByteScan.contains("[Footnote", in: Array("text, then [Footnote".utf8), findingByteAt: 9))
        #expect(!ByteScan.contains("[Footnote", in: Array("text, then [Footnote".utf8), findingByteAt: -1))
    }
}
