@testable import EssayKit
import Testing

@Suite("A file's lines as byte ranges")
struct TextLinesTests {
    @Test("each line without its line feed; a final line feed leaves an empty last line")
    func linesWithoutLineFeeds() {
        #expect(TextLines.ranges(Array("ab\ncd".utf8)) == [0..<2, 3..<5])
        #expect(TextLines.ranges(Array("ab\n".utf8)) == [0..<2, 3..<3])
        #expect(TextLines.ranges([]) == [0..<0])
    }
}
