import Testing
@testable import EssayKit

@Suite("Articles with initials-first authors and no comma before the quoted title")
struct InitialsArticleFormTests {
    @Test("the year in brackets, then the journal, volume:issue, first page and pinpoint")
    func withYear() throws {
        let essay = try CitationFixture.essay([
            "M Vale & T Rusk 'Night Work and Memory' (2013) Journal of Labour Medicine 7:2 115 at 119.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.title == "Night Work and Memory")
        #expect(article.authors == ["M Vale", "T Rusk"])
        #expect(article.container == "Journal of Labour Medicine")
        #expect(article.volume == "7")
        #expect(article.firstPage == "115")
        #expect(article.year == 2013)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "119")
    }

    @Test("no year: the journal, volume(issue), first page and pinpoint after the curly-quoted title")
    func withoutYear() throws {
        let essay = try CitationFixture.essay([
            "K Lamb & S Ford ‘Early Signs of Hearing Loss’ Journal of Child Health 14(3) 42 at 47.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "Early Signs of Hearing Loss")
        #expect(article.container == "Journal of Child Health")
        #expect(article.volume == "14")
        #expect(article.firstPage == "42")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "47")
    }

    @Test("an apostrophe inside the title does not close it")
    func apostrophe() throws {
        let essay = try CitationFixture.essay(["JM Roe 'Dock Workers' Rights' (2011) Port Law Review 3:1 12 at 14."])
        #expect(CitationFixture.authority(essay, "1")?.title == "Dock Workers' Rights")
    }

    @Test("a sentence quoting words is no article: its first word is no initial")
    func prose() throws {
        let essay = try CitationFixture.essay(["The board said 'no more ships' in Harbour News 12 at 3."])
        #expect(CitationFixture.authority(essay, "1")?.kind != .article)
    }

    @Test("with a comma before the title the McGill form reads volume:issue after the journal too")
    func commaForm() throws {
        let essay = try CitationFixture.essay(["Ann Vale, 'Night Work' (2013) Journal of Labour Medicine 7:2 115 at 119."])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.volume == "7")
        #expect(article.firstPage == "115")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "119")
    }
}
