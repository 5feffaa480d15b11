import Testing
@testable import EssayKit

@Suite("A treatise cited in full in the running text, then by surname and page in the notes")
struct RunningTextWorkTests {
    private func essay(_ body: String, _ notes: [String]) throws -> Essay {
        let footnotes = notes.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n\n")
        let text = "# Fixture Essay\n\n\(body)\n\n---\n\n\(footnotes)\n"
        return try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
    }

    @Test("a remark in the running text declares the surname; a note's surname and page cite the work")
    func declaredInTheRunningText() throws {
        let essay = try essay(
            "Old cases agree. See generally R. Quill, Unsettling the Story of Tolls 88, and n. 4, 90–95 (2001) (Quill); T. Wren, Roads and the Law 3–9 (1979) (Wren). It was so.<sup>1</sup> And so.<sup>2</sup>",
            ["See generally Quill 315–319 (tracing the rule); Wren 12.", "Quill 40."])
        let first = CitationFixture.citations(essay, "1")
        let quill = try #require(first.first?.authorityID.flatMap { essay.authority($0) })
        #expect(quill.title.hasPrefix("Unsettling the Story of Tolls"))
        #expect(quill.authors.first?.contains("Quill") == true)
        #expect(first.first?.pinpoint?.text == "315–319")
        let wren = try #require(first.last?.authorityID.flatMap { essay.authority($0) })
        #expect(wren.title == "Roads and the Law")
        #expect(first.last?.pinpoint?.text == "12")
        #expect(CitationFixture.authority(essay, "2")?.id == quill.id)
    }

    @Test("a surname and page name the one work by that author the notes cited before, with no remark")
    func authorOfANote() throws {
        let essay = try essay("One.<sup>1</sup> Two.<sup>2</sup>", ["T. Wren, Roads and the Law 3–9 (1979).", "See Wren 44."])
        #expect(CitationFixture.authority(essay, "2")?.title == "Roads and the Law")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "44")
    }

    @Test("two works by the surname leave it unresolved with an error; a work after the author's words, or no work, names nothing")
    func noGuess() throws {
        let two = try essay("One.<sup>1</sup> Two.<sup>2</sup>",
                            ["T. Wren, Roads and the Law 3–9 (1979); T. Wren, Bridges and the Law 1 (1981).", "See Wren 44."])
        #expect(CitationFixture.only(two, "2")?.authorityID == nil)
        #expect(CitationFixture.citationErrors(two).contains { $0.message.contains("could name several works by Wren") })
        let prose = try essay("As the Court read T. Wren, Roads and the Law 3–9 (1979) (Wren), it was so.<sup>1</sup>", ["See Wren 44."])
        #expect(CitationFixture.citations(prose, "1").isEmpty)
        let none = try essay("One.<sup>1</sup>", ["Wren 44."])
        #expect(CitationFixture.citations(none, "1").isEmpty)
        #expect(CitationFixture.citationErrors(none).isEmpty)
    }
}

@Suite("A page range a conversion broke at its dash: 325– 331")
struct BrokenRangeTests {
    @Test("a space after an en dash keeps the range one pinpoint")
    func brokenRange() throws {
        let essay = try CitationFixture.essay(["T. Wren, Roads and the Law 3–9 (1979) (Wren).", "See Wren 143–152, 325– 331; Wren 12."])
        let citations = CitationFixture.citations(essay, "2")
        #expect(citations.count == 2)
        #expect(citations.first?.pinpoint?.text == "143–152, 325– 331")
        #expect(citations.allSatisfy { $0.authorityID != nil })
    }
}

@Suite("The author's words, a lower-case signal, a surname and a page")
struct SurnameLeadInTests {
    @Test("`For critiques of X's work, see, e.g., Roe 143` cites Roe's work; the words before stay commentary")
    func leadIn() throws {
        let essay = try CitationFixture.essay([
            "T. Wren, Roads and the Law 3–9 (1979) (Wren).",
            "For critiques of Alder’s work, see, e.g., Wren 143–152.",
            "For critiques of Alder’s work, see Wren 143.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
        #expect(CitationFixture.only(essay, "2")?.signal == "see, e.g.,")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "143")
        #expect(essay.footnote("2")?.segments.first?.kind == .commentary)
    }
}
