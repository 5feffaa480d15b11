import Testing
@testable import EssayKit

@Suite("A citation whose paragraphs or pages are written first, in words")
struct PinpointLedFormTests {
    @Test("`paragraphs 15-16 of the dissenting opinion of Justice Roe in CASE` cites the case at those paragraphs")
    func paragraphsOfAnOpinion() throws {
        let essay = try CitationFixture.essay([
            "See paragraphs 15-16 of the dissenting opinion of Justice Roe in IE 123/99 Alder v. Birch, discussing the widget rule.",
        ])
        let citation = try #require(CitationFixture.citations(essay, "1").first)
        let work = try #require(citation.authorityID.flatMap { essay.authority($0) })
        #expect(work.kind == .case)
        #expect(work.title == "Alder v. Birch")
        #expect(citation.pinpoint?.text == "15-16")
    }

    @Test("pages of something that is no citation stay the author's words")
    func noCitation() throws {
        let essay = try CitationFixture.essay(["See pages 3-4 of the report in the widget file."])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID == nil })
    }
}
