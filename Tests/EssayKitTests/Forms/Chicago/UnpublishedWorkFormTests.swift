import Testing
@testable import EssayKit

@Suite("Unpublished works in Chicago notes")
struct UnpublishedWorkFormTests {
    @Test("authors, a quoted title and `unpublished paper`: a document of those authors and that title")
    func unpublishedPaper() throws {
        let essay = try CitationFixture.essay([
            "See Ada Moss, “Ports and the Professions,” unpublished paper.",
            "Lena Ito and Pia Lund, \"Quays,\" unpublished manuscript, 2003.",
        ])
        let paper = try #require(CitationFixture.authority(essay, "1"))
        #expect(paper.kind == .document)
        #expect(paper.title == "Ports and the Professions")
        #expect(paper.authors == ["Ada Moss"])
        let manuscript = try #require(CitationFixture.authority(essay, "2"))
        #expect(manuscript.authors == ["Lena Ito", "Pia Lund"])
        #expect(manuscript.year == 2003)
    }

    @Test("an article whose title holds the word is an article still")
    func articleTitle() throws {
        let essay = try CitationFixture.essay([
            "Ada Moss, “Unpublished Opinions,” *Port Law Review* 12 (1990): 392.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.kind == .article)
    }
}
