import EssayKit
import Foundation
import Testing

@Suite("The dump of the bundled essay")
struct DumpTests {
    /// Compares the dump with the stored one; a parser change shows as a readable diff.
    /// After an intended change, rewrite the stored dump with `LEGIT_UPDATE_DUMP=1 swift test --filter DumpTests`.
    @Test func dumpMatchesTheStoredOne() throws {
        let stored = Fixture.fixtures.appendingPathComponent("kaye-2019-legitimacy.dump.txt")
        let dump = EssayDumper().dump(Fixture.kaye).replacingOccurrences(of: Fixture.essayPath, with: "Corpus/kaye-2019-legitimacy.md")
        if ProcessInfo.processInfo.environment["LEGIT_UPDATE_DUMP"] == "1" {
            try dump.write(to: stored, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: stored, encoding: .utf8)
        let dumpLines = dump.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, pair) in zip(dumpLines, expectedLines).enumerated() where pair.0 != pair.1 {
            Issue.record("line \(index + 1) differs:\n  got:      \(pair.0)\n  expected: \(pair.1)")
            break
        }
        #expect(dumpLines.count == expectedLines.count)
    }

    @Test func dumpShowsStructureAtAGlance() {
        let dump = EssayDumper(sentenceWidth: 30).dump(Fixture.kaye)
        #expect(dump.contains("  Section \"I. THE LEGITIMACY FRAMEWORK\" level: 1 @43:1-95:1368"))
        #expect(dump.contains("    List @69:1-91:178 pieces: 4 footnotes: 23"))
        #expect(dump.contains("    Citation id at: \"553\" (page) via: 3 -> caron-1993-legitimacy"))
    }
}
