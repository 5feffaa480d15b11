import Testing
@testable import EssayKit

@Suite("A Chicago bibliography entry written as a note")
struct ChicagoBibliographyNoteTests {
    @Test("`Surname, Given. \"Title.\" Journal 12, no. 3 (2019): 45-67.`: one citation, the article, its author uninverted")
    func invertedArticle() throws {
        let essay = try CitationFixture.essay([
            "Roe, Ann. \"The Quiet Harbour.\" Journal of Ports 12, no. 3 (2019): 45-67.",
            "Van Lark, Bo C. \u{201C}Docks and Their Keepers.\u{201D} Harbour Review 8 (2015): 101.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.title == "The Quiet Harbour")
        #expect(article.authors == ["Ann Roe"])
        #expect(article.container == "Journal of Ports")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.title == "Docks and Their Keepers")
        #expect(second.authors == ["Bo C. Van Lark"])
        // A lone page is the article's first page, as in a note.
        #expect(second.firstPage == "101")
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
    }

    @Test("a sentence of the author's after a name and a quotation still ends at its period")
    func sentencesStayApart() throws {
        let essay = try CitationFixture.essay([
            "Roe, Ann. \"The Quiet Harbour.\" See Jo Poe, The Loud Dock, 12 Port L.J. 45 (2019).",
        ])
        #expect(CitationFixture.citations(essay, "1").contains { citation in
            citation.authorityID.flatMap { essay.authority($0) }?.title == "The Loud Dock"
        })
    }
}
