import Testing
@testable import EssayKit

@Suite("An APA reference printed whole in a note")
struct APAReferenceFormTests {
    @Test("authors, year, a title in sentence case, the journal, volume, issue and pages: one article, no pinpoint")
    func article() throws {
        let essay = try CitationFixture.essay([
            "Smith, J., & Poe, B. (2019). How courts read contracts and why it matters. Journal of Widget Law, 12(3), 45-67.",
            "Roe, A. (in press). The quiet gadget. Journal of Gadgets, 4, 1-20.",
        ])
        #expect(CitationFixture.citations(essay, "1").count == 1)
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.title == "How courts read contracts and why it matters")
        #expect(article.authors == ["Smith", "Poe"])
        #expect(article.container == "Journal of Widget Law")
        #expect(article.volume == "12")
        #expect(article.firstPage == "45")
        #expect(article.year == 2019)
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.title == "The quiet gadget")
        #expect(second.year == nil)
    }

    @Test("a book: the title to its period, the year from the lead")
    func book() throws {
        let essay = try CitationFixture.essay(["Lark, C. B. (2018). The book of widgets. River Press."])
        let book = try #require(CitationFixture.citations(essay, "1").first?.authorityID.flatMap { essay.authority($0) })
        #expect(book.kind == .book)
        #expect(book.title == "The book of widgets")
        #expect(book.year == 2018)
    }

    @Test("a lead with no year in its parenthesis is no such reference")
    func noYear() {
        let bytes = Array("Smith, J. (Ed.). Title. Journal, 12, 4.".utf8)
        #expect(AuthorDateLead.read(bytes, from: 0, end: bytes.count) == nil)
        let dated = Array("Smith, J., & Poe, B. (2020a). Title.".utf8)
        #expect(AuthorDateLead.read(dated, from: 0, end: dated.count)?.year == 2020)
    }
}
