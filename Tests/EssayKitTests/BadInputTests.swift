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
