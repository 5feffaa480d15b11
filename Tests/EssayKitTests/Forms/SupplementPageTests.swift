import Testing
@testable import EssayKit

/// A journal's supplement issue numbers its pages with an `S` (`50 J. WIDGET STUD. S219, S227`):
/// the first page and the pinpoint, as a plain page would be.
@Suite("Supplement pages")
struct SupplementPageTests {
    @Test("`S219, S227`: the first page and the pinpoint of an article")
    func firstPageAndPinpoint() throws {
        let essay = try CitationFixture.essay([
            "Ann Able, Widget Rights, 50 J. WIDGET STUD. S219, S227 (2031).",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.title == "Widget Rights")
        #expect(article.volume == "50")
        #expect(article.firstPage == "S219")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "S227")
    }

    @Test("a pinpoint span `S102–03` after a supplement's first page")
    func pinpointSpan() throws {
        let essay = try CitationFixture.essay([
            "See, e.g., Bo Best, Learning Gadgets, 588 GADGET S102, S102–03 (2031).",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.firstPage == "S102")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "S102–03")
    }
}
