@testable import EssayKit
import LowLevel
import Testing

@Suite("Byte scans sixteen bytes at a time")
struct ByteScanLanesTests {
    /// The first `*` or `<` in `start..<end`, sixteen bytes at a time.
    func scanned(_ bytes: [UInt8], from start: Int, upTo end: Int) -> Int {
        ByteScan.firstIndex(in: bytes, from: start, upTo: end, lanes: { block in
            block .== SIMD16(repeating: UInt8(ascii: "*")) .| block .== SIMD16(repeating: UInt8(ascii: "<"))
        }, matches: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "<") })
    }

    /// The same, a byte at a time.
    func expected(_ bytes: [UInt8], from start: Int, upTo end: Int) -> Int {
        let end = min(max(0, end), bytes.count)
        var index = max(0, start)
        while index < end {
            if bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "<") { return index }
            index += 1
        }
        return end
    }

    @Test("the first byte of interest, in a block, across blocks and in the tail, never past the end")
    func agreesWithAByteAtATime() {
        for length in [0, 1, 15, 16, 17, 31, 32, 33, 47, 70] {
            for first in 0..<max(1, length) {
                var bytes = Array(repeating: UInt8(ascii: "a"), count: length)
                if first < length { bytes[first] = UInt8(ascii: "<") }
                // A second one later in the same block: the first must win.
                if first + 3 < length { bytes[first + 3] = UInt8(ascii: "*") }
                for start in [0, 1, 5, 16, 20] {
                    for end in [length, length - 1, first, first + 1, 16, 100] {
                        #expect(scanned(bytes, from: start, upTo: end) == expected(bytes, from: start, upTo: end),
                                "length \(length), mark at \(first), from \(start) to \(end)")
                    }
                }
            }
        }
    }

    @Test("every range of a text with marks in every block's first, middle and last lanes")
    func agreesOnEveryRange() {
        var bytes = Array(repeating: UInt8(ascii: "a"), count: 41)
        for mark in [0, 7, 15, 16, 24, 31, 38, 40] { bytes[mark] = mark.isMultiple(of: 2) ? UInt8(ascii: "<") : UInt8(ascii: "*") }
        var differing: [Range<Int>] = []
        for start in 0...bytes.count {
            for end in start...(bytes.count + 1) where scanned(bytes, from: start, upTo: end) != expected(bytes, from: start, upTo: end) {
                differing.append(start..<end)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(scanned(bytes, from: 32, upTo: 38) == 38)
        #expect(scanned(bytes, from: 25, upTo: 30) == 30)
    }

    @Test("the whole-file pass finds each fact, past bytes that only look like one")
    func wholeFilePassFindsEachFact() {
        func facts(_ text: String) -> (entities: Bool, softHyphens: Bool, webNotes: Bool) {
            var context = InlineContext()
            let webNotes = context.note(Array(text.utf8))
            return (context.decodesEntities, context.dropsSoftHyphens, webNotes)
        }
        let filler = String(repeating: "plain text ", count: 5)
        #expect(facts(filler + "a = b & c " + filler) == (false, false, false))
        #expect(facts(filler + "a = b & c " + filler + "AT&amp;T") == (true, false, false))
        #expect(facts(filler + "x = 1 " + filler + "<a href=\"#fn1\">1</a>") == (false, false, true))
        #expect(facts(filler + "& " + filler + "co\u{AD}operate") == (false, true, false))
        #expect(facts("<p id=\"fn1\">" + filler + "&#8217; " + filler + "soft\u{AD}ly") == (true, true, true))
    }
}
