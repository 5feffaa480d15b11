import Testing
@testable import EssayKit

/// A journal's name in italics between its volume and first page, as Markdown editions (and
/// HTML pages converted to Markdown) set what the Bluebook prints in small capitals.
@Suite("A journal's name in emphasis")
struct EmphasizedJournalTests {
    @Test("`35 *Widget U. L.J.* 15, 22--23`: the journal, its volume and first page, and the pinpoint")
    func asterisks() throws {
        let essay = try CitationFixture.essay([
            "Ann Able, *The Widget Question*, 35 *Widget U. Chi. L.J.* 15, 22--23 (2004).",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.title == "The Widget Question")
        #expect(article.container == "Widget U. Chi. L.J.")
        #expect(article.volume == "35")
        #expect(article.firstPage == "15")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text.hasPrefix("22") == true)
    }

    @Test("underscores and strong emphasis read the same; a later note at another page is the same work")
    func underscoresAndStrong() throws {
        let essay = try CitationFixture.essay([
            "Bo Best, _Gadget Rules_, 12 _Harv. Gadget Rev._ 101, 110 (2011).",
            "Bo Best, *Gadget Rules*, 12 **Harv. Gadget Rev.** 101, 120 (2011).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.container == "Harv. Gadget Rev.")
        #expect(first.firstPage == "101")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "110")
        #expect(CitationFixture.only(essay, "2")?.authorityID == first.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "120")
    }

    @Test("a book's volume before its title in italics, no word abbreviated, stays a book")
    func bookVolume() throws {
        let essay = try CitationFixture.essay([
            "2 Cy Cole, *Widget Treatise* 15 (3d ed. 1990).",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind != .article)
    }
}
