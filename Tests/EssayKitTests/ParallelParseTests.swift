import EssayKit
import Testing

@Suite("Parsing on every core")
struct ParallelParseTests {
    /// Parses `text` on every core and on one; the essay when both give the same, else nil.
    private func sameOnEveryCoreAndOne(_ text: String) throws -> Essay? {
        let file = SourceFile(path: "essay.md", bytes: Array(text.utf8))
        let everyCore = try EssayParser().parse(file)
        let oneCore = try EssayParser(usesEveryCore: false).parse(file)
        #expect(everyCore.footnotes.count > 100)
        let same = EssayDumper().dump(everyCore) == EssayDumper().dump(oneCore)
            && everyCore.diagnostics.map(\.description) == oneCore.diagnostics.map(\.description)
        return same ? everyCore : nil
    }

    @Test("footnotes resolved as their chunks are read give the essay one core gives")
    func resolvedAsRead() throws {
        let essay = try #require(try sameOnEveryCoreAndOne(SyntheticEssay.ofSize(400_000, seed: 7)))
        #expect(essay.footnotes.allSatisfy { $0.number == 0 || !$0.citations.isEmpty })
    }

    @Test("footnotes out of order or defined twice are resolved in their order, as on one core")
    func outOfOrder() throws {
        var text = SyntheticEssay.ofSize(400_000, seed: 8)
        // Footnote 40 is defined a second time where 41 was, and 60 moves after 61.
        text = text.replacingOccurrences(of: "\n\n41. ", with: "\n\n40. ")
        text = text.replacingOccurrences(of: "\n\n60. ", with: "\n\n6O. ").replacingOccurrences(of: "\n\n61. ", with: "\n\n60. ")
            .replacingOccurrences(of: "\n\n6O. ", with: "\n\n61. ")
        let essay = try #require(try sameOnEveryCoreAndOne(text))
        #expect(essay.diagnostics.contains { $0.message.hasPrefix("footnote 40 is defined twice") })
        #expect(essay.diagnostics.contains { $0.message.hasPrefix("footnote 60 comes after footnote 61") })
        // The second 40 goes, and the rest follow their numbers.
        #expect(Array(essay.footnotes.map(\.number).prefix(69)) == Array(1...40) + Array(42...70))
    }
}
