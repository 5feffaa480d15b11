import Testing
@testable import EssayKit

@Suite("A review's pages of the reviewed book")
struct ReviewedPagesFormTests {
    @Test("`P. 41.` and `Pp. 52–53.` after a first note citing a book: that book at those pages")
    func pagesOfTheReviewedBook() throws {
        let essay = try CitationFixture.essay([
            "Ada Quill, Harbor Nights (2019).",
            "P. 41. The narrator never names the town.",
            "Pp. 52–53. Rowe & Tallis, *Tides*, 4 HARBOR L.J. 9 (2001).",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        let page = try #require(CitationFixture.citations(essay, "2").first)
        #expect(page.authorityID == book.id)
        #expect(page.pinpoint?.text == "41")
        let pages = CitationFixture.citations(essay, "3")
        #expect(pages.count == 2)
        #expect(pages.first?.authorityID == book.id)
        #expect(pages.first?.pinpoint?.text == "52–53")
    }

    @Test("an essay that opens by citing an article reviews no book: `P. 41.` stays unresolved")
    func noBookNoWork() throws {
        let essay = try CitationFixture.essay([
            "Ada Quill, *Harbor Nights*, 12 HARBOR L.J. 100 (2019).",
            "P. 41.",
        ])
        let page = try #require(CitationFixture.citations(essay, "2").first)
        #expect(page.authorityID == nil)
    }
}
