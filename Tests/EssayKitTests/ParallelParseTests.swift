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

    @Test("a file of more than a megabyte, grouped into units while its reference heading is sought, reads as on one core")
    func headingSoughtWhileGrouping() throws {
        // Over `EssayBuilder.bytesWorthSplittingTheScan`, so the units are grouped while another
        // core looks for the reference heading; the grouping starts again once it is found. Over
        // `RepeatedHeads.unitsWorthHalving` too, so the running heads are counted in halves.
        var text = SyntheticEssay.ofSize(1_200_000, seed: 9).replacingOccurrences(of: "was noted.<sup>7</sup>", with: "was noted &amp; weighed.<sup>7</sup>")
        text += """

            ## References

            Plum, Ada, and Ben Quince. 2010. “Borrowers Who Hide.” *Journal of Odd Studies* 12 (3): 3–40.

            Roe, Jan. 2012. *The Widget Problem.* Riverton: Valley Press.

            """
        let essay = try #require(try sameOnEveryCoreAndOne(text))
        #expect(essay.authorities.contains { $0.authors.first == "Plum" && $0.title == "Borrowers Who Hide" })
        #expect(!essay.sections.contains { $0.title == "References" })
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ")
        #expect(body.contains("was noted & weighed.") && !body.contains("Valley Press"))
    }
}
