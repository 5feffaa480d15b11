import Testing
@testable import EssayKit

@Suite("Articles by volume, journal and first page")
struct JournalShortFormTests {
    @Test("one article cited in full in two shapes is one work: volume, journal and first page decide")
    func twoShapesOneArticle() throws {
        let essay = try CitationFixture.essay([
            "Ann B. Author, *The Title of It*, 79 Fordham L. Rev. 369, 380 (2010).",
            "Author, 79 Fordham L. Rev 369, 382.",
            "*Id.* at 383.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(CitationFixture.authority(essay, "2")?.id == article.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "382")
        #expect(CitationFixture.authority(essay, "3")?.id == article.id)
    }

    @Test("short forms by volume and journal resolve to the article cited in that volume, a misspelt name with a warning")
    func shortForms() throws {
        let essay = try CitationFixture.essay([
            "Carla Writer, *A Study*, 81 N.Y.U. L. Rev. 1844, 1849 (2006).",
            "Writer, 81 N.Y.U. L. Rev. at 1850.",
            "Writers, 81 N. Y. U. L. Rev. at 1862.",
            "Writer, 81 N.Y.U. L. Rev. 1844 at 1868.",
            "*Id.* at 1870.",
            "81 N.Y.U. L. Rev. at 1871.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        for label in ["2", "3", "4", "5", "6"] {
            #expect(CitationFixture.authority(essay, label)?.id == article.id, "note \(label)")
        }
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "1850")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "1868")
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "1870")
        #expect(essay.diagnostics.contains { $0.severity == .warning && $0.message.contains("Writers") })
    }

    @Test("a short form whose volume holds two cited articles goes by name, else stays unresolved")
    func twoArticlesInAVolume() throws {
        let essay = try CitationFixture.essay([
            "Carla Writer, *A Study*, 81 N.Y.U. L. Rev. 100 (2006).",
            "Dan Other, *Another Study*, 81 N.Y.U. L. Rev. 150 (2006).",
            "Other, 81 N.Y.U. L. Rev. at 160.",
            "Nobody, 81 N.Y.U. L. Rev. at 160.",
            "12 Yale L.J. at 5.",
        ])
        let other = try #require(CitationFixture.authority(essay, "2"))
        #expect(CitationFixture.authority(essay, "3")?.id == other.id)
        #expect(CitationFixture.only(essay, "4")?.authorityID == nil)
        #expect(CitationFixture.only(essay, "5")?.authorityID == nil)
        #expect(CitationFixture.citationErrors(essay).count == 2)
    }
}
