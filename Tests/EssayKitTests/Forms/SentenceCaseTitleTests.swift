import Testing
@testable import EssayKit

@Suite("Titles in sentence case between the authors and the journal or book")
struct SentenceCaseTitleTests {
    @Test("an article's title in sentence case before a volume, journal and page is the title")
    func articleTitle() throws {
        let essay = try CitationFixture.essay([
            "Ann Smith, How courts read contracts and why it matters, 12 J. L. & Econ. 45, 50 (2019).",
            "Bo Poe & Cy Lee, When judges write long opinions and what follows from it, 7 Widget L. Rev. 100 (2020).",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.title == "How courts read contracts and why it matters")
        #expect(article.authors == ["Ann Smith"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "50")
        #expect(CitationFixture.authority(essay, "2")?.title == "When judges write long opinions and what follows from it")
    }

    @Test("a chapter's title in sentence case before `in` and the book is the title")
    func chapterTitle() throws {
        let essay = try CitationFixture.essay([
            "Ann Smith, How courts read contracts and why it matters, in The Law of Contract Reading 45, 47 (Bo Poe ed., 2010).",
        ])
        let chapter = try #require(CitationFixture.authority(essay, "1"))
        #expect(chapter.title.hasPrefix("How courts read contracts and why it matters"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "47")
    }

    @Test("the author's words before a journal stay words: no person's name opens them")
    func proseStaysProse() throws {
        let essay = try CitationFixture.essay([
            "Smith and others agree, Courts read contracts and statutes alike with great care, 12 J. L. & Econ. 45 (2019).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title != "Courts read contracts and statutes alike with great care")
    }
}
