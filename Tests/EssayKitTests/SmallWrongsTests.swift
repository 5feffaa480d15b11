import EssayKit
import Testing

/// Small wrongs of bad or unusual input (issue 16 item 6): each read as a careful user expects.
@Suite("Small wrongs of input")
struct SmallWrongsTests {
    private static func parse(_ text: String, path: String = "essay.md") throws -> Essay {
        try EssayParser().parse(SourceFile.decode(path: path, data: Array(text.utf8)))
    }

    @Test("a footnote numbered with seven digits is defined as well as marked")
    func sevenDigitNotes() throws {
        let essay = try Self.parse("# Big Notes\n\nThe council acts.<sup>1000000</sup> It acts again.<sup>999999</sup>\n\n---\n\n"
            + "999999. A note of six digits.\n\n1000000. A note of seven digits.\n")
        #expect(essay.footnotes.map(\.label).sorted() == ["1000000", "999999"])
        #expect(essay.footnotes.first { $0.label == "1000000" }?.content.text == "A note of seven digits.")
        #expect(!essay.diagnostics.contains { $0.message.contains("never defined") }, "\(essay.diagnostics)")
    }

    @Test("line ends of a carriage return alone are read as line ends, with a warning; CRLF is not warned of")
    func carriageReturnsAlone() throws {
        let text = "# Old Mac\r\rThe first paragraph.\r\rThe second paragraph.\r\rThe third paragraph.\r"
        let essay = try Self.parse(text)
        #expect(essay.title == "Old Mac")
        #expect(essay.sections.flatMap(\.blocks).count == 3, "\(essay.sections.flatMap(\.blocks).count) blocks")
        let warnings = essay.diagnostics.filter { $0.message.contains("carriage return alone") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasPrefix("7 lines end with a carriage return alone") == true, "\(warnings)")
        // The same text with CRLF line ends reads the same, without the warning.
        let windows = try Self.parse(text.replacingOccurrences(of: "\r", with: "\r\n"))
        #expect(windows.sections.flatMap(\.blocks).count == 3)
        #expect(!windows.diagnostics.contains { $0.message.contains("carriage return") })
    }

    @Test("a file name holding a line break or other control stays on the diagnostic's one line")
    func controlsInFileNames() throws {
        let essay = try Self.parse("No title here, only a paragraph.\n", path: "bad\nname\u{1B}.md")
        let line = try #require(essay.diagnostics.first).description
        #expect(!line.contains("\n") && !line.contains("\u{1B}"))
        #expect(line.hasPrefix("bad\\nname\\u{1B}.md:1:1: warning: "), "\(line)")
        do {
            _ = try SourceFile.decode(path: "x\ny.md", data: [0x23, 0x20, 0xFF])
            Issue.record("invalid UTF-8 was read")
        } catch {
            #expect(error.description.hasPrefix("x\\ny.md:1:3: error: "), "\(error.description)")
        }
    }
}
