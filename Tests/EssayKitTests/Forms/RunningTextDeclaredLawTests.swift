import Testing
@testable import EssayKit

/// A name the running text declares for a law (`The Widget River Compact, (or Compact), 94 Stat.
/// 3305`), then a note's `Compact §2.01(b), 1 App. 18`: the record's pages place the reading.
@Suite("Laws named by a name the running text declares, cited by section with the record's pages")
struct RunningTextDeclaredLawTests {
    private func essay(_ body: String, _ notes: [String]) throws -> Essay {
        let footnotes = notes.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n\n")
        let text = "# Fixture Opinion\n\n\(body)\n\n---\n\n\(footnotes)\n"
        return try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
    }

    private let body = "The Widget River Compact, (or Compact), 94 Stat. 3305, shares the river among the States. The Widget River (or River) runs east.<sup>1</sup> It is long.<sup>2</sup> So it is.<sup>3</sup> And so.<sup>4</sup>"

    @Test("the declared name with a section and joint appendix pages cites the law, its section the pinpoint")
    func declaredCompact() throws {
        let essay = try essay(body, [
            "See Compact §5.01(b), id., at 22–23 (giving subbasin 1 to the first State); §5.02(b), id., at 23.",
            "The Compact defines “spare water” as “all water other than ‘stored water.’ ” §3.01(l), id., at 17.",
            "See Compact §4.01(b), 1 App. 18 (“The flow is shared”).",
            "The water would pass on, see Compact §2.12, 1 App. 13, the waters of which go downstream.",
        ])
        let first = try #require(CitationFixture.citations(essay, "1").first)
        let compact = try #require(first.authorityID.flatMap { essay.authority($0) })
        #expect(compact.kind == .statute)
        #expect(compact.title == "Widget River Compact")
        #expect(compact.volume == "94")
        #expect(compact.firstPage == "3305")
        #expect(first.pinpoint?.text == "§5.01(b)")
        for (label, section) in [("2", "§3.01(l)"), ("3", "§4.01(b)"), ("4", "§2.12")] {
            let cited = CitationFixture.citations(essay, label)
            #expect(cited.first?.authorityID == compact.id, "note \(label)")
            #expect(cited.first?.pinpoint?.text == section, "note \(label)")
        }
        // The joint appendix is the record, no work.
        #expect(!essay.authorities.contains { $0.container == "App." })
    }

    @Test("a declared name for no law, or a name no text declares, names no work")
    func noLaw() throws {
        let river = try essay(body, ["See River §2.01, 1 App. 9.", "Treaty §3, 1 App. 4."])
        #expect(CitationFixture.citations(river, "1").allSatisfy { $0.authorityID == nil })
        #expect(CitationFixture.citations(river, "2").allSatisfy { $0.authorityID == nil })
    }

    @Test("`(the “Act”)` in the body declares the name too; a petition's appendix is the record")
    func quotedAct() throws {
        let essay = try essay("Congress passed the Widget Safety Act (the “Act”) in 1990.<sup>1</sup>",
                              ["See Act §4(a), App. to Pet. for Cert. 72a–73a."])
        let citation = try #require(CitationFixture.citations(essay, "1").first)
        #expect(citation.authorityID.flatMap { essay.authority($0) }?.title == "Widget Safety Act")
        #expect(citation.pinpoint?.text == "§4(a)")
    }
}
