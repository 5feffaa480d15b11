@testable import EssayKit
import Testing

@Suite("Source ranges of byte ranges")
struct SourceRangeTests {
    /// Every range of `text`'s bytes, as `range(ofBytes:)` gives it and as its two ends' positions do.
    func expectEveryRangeAgrees(_ text: String) {
        let file = SourceFile(path: "fixture.md", bytes: Array(text.utf8))
        let count = file.bytes.count
        for lower in 0...count {
            for upper in lower...count {
                let range = file.range(ofBytes: lower..<upper)
                #expect(range.start == file.position(ofByte: lower) && range.end == file.position(ofByte: upper),
                        "bytes \(lower)..<\(upper)")
            }
        }
    }

    @Test("an end on the start's line counts on from the start as a position does, inside scalars too")
    func endOnTheStartsLine() {
        expectEveryRangeAgrees("Int’l “law” — é\nsecond ’ line\n\nlast, no line end: ü")
    }

    @Test("short ranges across a line end, a carriage return and a file's end: the end's line is its own")
    func shortRangesAcrossLineEnds() {
        expectEveryRangeAgrees("<sup>1</sup>\r\n’<sup>2</sup>\n\n\nx\n’")
    }

    @Test("an ASCII file, and lines longer than a checkpoint's stretch")
    func asciiAndLongLines() {
        expectEveryRangeAgrees("plain\ntext\n")
        expectEveryRangeAgrees(String(repeating: "a’b ", count: 30) + "\n" + String(repeating: "xy", count: 50) + "\n—")
    }
}
