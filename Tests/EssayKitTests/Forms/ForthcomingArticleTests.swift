import Testing
@testable import EssayKit

/// An article a journal has accepted but not yet printed: the journal named without a first page
/// (and often without a volume), the `(forthcoming YEAR)` remark in their place, and a page of the
/// manuscript as the pinpoint.
@Suite("Forthcoming article")
struct ForthcomingArticleTests {
    @Test("a known journal with no volume or page before `(forthcoming YEAR)` is the article's journal")
    func journalWithoutVolume() throws {
        let essay = try CitationFixture.essay([
            "Ann Able, The Quiet Widget, VAND. L. REV. (forthcoming 2031).",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.title == "The Quiet Widget")
        #expect(article.container == "VAND. L. REV.")
        #expect(article.year == 2031)
    }

    @Test("a volume and known journal with no page; the manuscript's page is the pinpoint")
    func volumeAndManuscriptPage() throws {
        let essay = try CitationFixture.essay([
            "See Bo Best, The Loud Gadget, 99 GEO. L.J. (forthcoming 2031) (manuscript at 12).",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.title == "The Loud Gadget")
        #expect(article.volume == "99")
        #expect(article.container == "GEO. L.J.")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "12")
    }

    @Test("an unknown name before `(forthcoming)` stays part of a book's title")
    func unknownNameStaysBook() throws {
        let essay = try CitationFixture.essay([
            "Cy Cole, Widget Dreams, Gadget Press (forthcoming 2031).",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind != .article)
    }
}
