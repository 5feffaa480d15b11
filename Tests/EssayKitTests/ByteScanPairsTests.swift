import LowLevel
import Testing

@Suite("Where one of three pairs of bytes is written, sixteen offsets at a time")
struct ByteScanPairsTests {
    private static let pairs: [(UInt8, UInt8)] = [(UInt8(ascii: "a"), UInt8(ascii: "r")), (UInt8(ascii: " "), UInt8(ascii: "m")), (UInt8(ascii: " "), UInt8(ascii: "R"))]

    /// The first offset at or after `start` holding one of `pairs`, by a comparison at every offset.
    private static func naive(_ bytes: [UInt8], from start: Int) -> Int {
        var index = max(0, start)
        while index + 1 < bytes.count {
            if pairs.contains(where: { $0.0 == bytes[index] && $0.1 == bytes[index + 1] }) { return index }
            index += 1
        }
        return bytes.count
    }

    @Test("the same offset as a comparison at every offset, from every start, with pairs across blocks and at the end")
    func agreesWithEveryOffset() {
        let texts = [
            "", "a", "ar", " R", "xxxxxxxxxxxxxxxa" + "r", "xxxxxxxxxxxxxxx ", String(repeating: "ra ", count: 12) + " m",
            "the paragraph, the marginal number, Rn 4 and mn. 5", String(repeating: "a", count: 33) + "r", "é “ar” — Rz  R",
        ]
        var found = 0
        for text in texts {
            let bytes = Array(text.utf8)
            for start in 0...bytes.count {
                let answer = ByteScan.firstIndex(ofPairs: Self.pairs[0], Self.pairs[1], Self.pairs[2], in: bytes, from: start)
                #expect(answer == Self.naive(bytes, from: start), "\(text) from \(start)")
                if answer < bytes.count { found += 1 }
            }
        }
        // Many starts find a pair: the comparison is not only of absences.
        #expect(found > 50)
    }
}
