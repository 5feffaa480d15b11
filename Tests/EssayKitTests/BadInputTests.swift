import EssayKit
import Foundation
import Testing

@Suite("Bad input ends in a diagnostic, never a crash")
struct BadInputTests {
    @Test func emptyFile() {
        #expect {
            try Fixture.essay("")
        } throws: { error in
            (error as? EssayError)?.description == "fixture.md:1:1: error: the file is empty; give legit an essay converted to Markdown"
        }
        #expect(throws: EssayError.self) { try Fixture.essay("\n\n   \n") }
    }

    @Test func notUTF8NamesTheByteOffset() {
        var bytes = Array("# Title\n\nGood text then ".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array(" more.\n".utf8))
        #expect {
            try EssayParser().parse(SourceFile.decode(path: "bad.md", data: bytes))
        } throws: { error in
            let text = (error as? EssayError)?.description ?? ""
            return text.hasPrefix("bad.md:3:16: error: the file is not valid UTF-8 (bad byte at offset 24)")
        }
    }

    @Test func nulBytesAreRejected() {
        #expect(throws: EssayError.self) { try EssayParser().parse(SourceFile.decode(path: "bin", data: [0x23, 0x20, 0x41, 0x00, 0x42])) }
    }

    @Test func crlfAndByteOrderMarkParseLikePlainText() throws {
        let plain = GeneralRulesTests.otherJournal
        let windows = "\u{FEFF}" + plain.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try Fixture.essay(plain)
        let b = try Fixture.essay(windows)
        #expect(EssayDumper().dump(a) == EssayDumper().dump(b))
        #expect(b.sections.count == 5)
    }

    @Test func noFootnotesAtAll() throws {
        let essay = try Fixture.essay("# T\n\nJust text. And more text.\n")
        #expect(essay.footnotes.isEmpty)
        #expect(essay.diagnostics.isEmpty)
        #expect(Fixture.sentences(essay) == ["Just text.", "And more text."])
    }

    @Test func aMarkerForAMissingFootnote() throws {
        let essay = try Fixture.essay("# T\n\nText.<sup>1</sup> More.<sup>2</sup>\n\n---\n\n1. One.\n")
        let errors = essay.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("fixture.md:3:24: error: footnote 2 is marked here but never defined") == true)
    }

    @Test func aFootnoteDefinedTwice() throws {
        let essay = try Fixture.essay("# T\n\nText.<sup>1</sup>\n\n---\n\n1. One.\n\n1. Again.\n")
        #expect(essay.footnotes.count == 1)
        #expect(essay.footnote("1")?.content.text == "One.")
        #expect(essay.diagnostics.contains { $0.severity == .error && $0.range.start.line == 9 && $0.message.contains("defined twice") })
    }

    @Test func footnotesOutOfOrder() throws {
        let essay = try Fixture.essay("# T\n\nA.<sup>1</sup> B.<sup>2</sup> C.<sup>3</sup>\n\n---\n\n1. One.\n\n3. Three.\n\n2. Two.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.diagnostics.contains { $0.severity == .warning && $0.message.contains("footnote 2 comes after footnote 3") })
    }

    @Test func anUnterminatedSup() throws {
        let essay = try Fixture.essay("# T\n\nText<sup>1 runs on. Another sentence.\n")
        #expect(essay.diagnostics.contains { $0.severity == .warning && $0.message.contains("no closing </sup>") && $0.range.start == SourcePosition(line: 3, column: 5) })
        #expect(Fixture.sentences(essay).first?.hasPrefix("Text<sup>1 runs on.") == true)
    }

    @Test func footnoteLabelsWithLetters() throws {
        let essay = try Fixture.essay("# T\n\nA.<sup>12</sup> B.<sup>12a</sup>\n\n---\n\n12. One.\n\n12a. Inserted.\n")
        #expect(essay.footnotes.map(\.label) == ["12", "12a"])
        #expect(essay.footnote("12a")?.number == 12)
        #expect(essay.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func aLargeGeneratedEssayParses() throws {
        // Ten megabytes in a release build is a benchmark; here a debug build checks that
        // a few megabytes parse whole, with nothing lost between pages.
        let text = SyntheticEssay.ofSize(3_000_000, seed: 3)
        let essay = try Fixture.essay(text, path: "large.md")
        let footnotes = essay.footnotes.count
        let markers = essay.bodySentences.reduce(0) { $0 + $1.sentence.footnotes.count }
        #expect(footnotes > 10_000)
        #expect(markers == footnotes)
        #expect(essay.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func missingFileAndFolder() {
        #expect(throws: EssayError.self) { try EssayParser().parse(contentsOf: "/nonexistent/essay.md") }
        #expect(throws: EssayError.self) { try EssayParser().parse(contentsOf: "/tmp") }
    }
}
