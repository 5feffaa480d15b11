import Testing
@testable import EssayKit

@Suite("Author-date citations with a colon: `Name (Year): “Title”, in: Journal 12: 100-120`")
struct ColonAuthorDateFormTests {
    @Test("authors, year, quoted title and a journal after `in:` make one article; its first page is no pinpoint, a place after it is")
    func journalArticle() throws {
        let essay = try CitationFixture.essay([
            "Lindqvist (2018): “Review Panels and Their Limits”, in: Quarterly of Media Law 7: 40-66, https://example.org/lq.",
            "Okoro/Brandt/Silva (2021): “Panels: From Plan to Practice.” https://example.org/panels.",
            "Lindqvist (2018): “Review Panels and Their Limits”, in: Quarterly of Media Law 7: 40-66, p. 52.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "Review Panels and Their Limits")
        #expect(article.authors == ["Lindqvist"])
        #expect(article.year == 2018)
        #expect(article.kind == .article)
        #expect(article.container == "Quarterly of Media Law")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        let panels = try #require(CitationFixture.authority(essay, "2"))
        #expect(panels.title == "Panels: From Plan to Practice")
        #expect(panels.authors == ["Okoro", "Brandt", "Silva"])
        #expect(panels.url == "https://example.org/panels")
        #expect(CitationFixture.authority(essay, "3")?.id == article.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "p. 52")
    }

    @Test("a lower-case inverted name with no bracketed year, then `dies.` taking the authors of the citation before")
    func lowerCaseNameAndSameAuthor() throws {
        let essay = try CitationFixture.essay([
            "kowal, marta: “The Edges of Oversight”, Lawblog, 2020.",
            "dies. (2022): “Inside the Panel”, The Monthly.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title == "The Edges of Oversight")
        #expect(first.authors == ["kowal"])
        #expect(first.year == 2020)
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.title == "Inside the Panel")
        #expect(second.authors == ["kowal"])
        #expect(second.year == 2022)
    }

    @Test("a sentence's lead-in before the names is the author's words, never the title")
    func leadIn() throws {
        let essay = try CitationFixture.essay([
            "A different view is put forward by Falk (2020): “Against Panels”, in: Review of Speech 3: 1-20.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Against Panels")
        #expect(work.authors == ["Falk"])
    }

    @Test("a label and a quotation, or one word and a colon with no year, is no author-date citation")
    func notCitations() {
        let text = CitationText(RichText(text: "Note: “We will act”, said the minister."))
        #expect(ColonAuthorDateForm.read(text, 0..<text.bytes.count) == nil)
        let prose = CitationText(RichText(text: "The board held: the rules apply."))
        #expect(ColonAuthorDateForm.read(prose, 0..<prose.bytes.count) == nil)
    }
}
