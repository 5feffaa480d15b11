import Testing
@testable import EssayKit

@Suite("A treaty's declared name and an article")
struct ArticlePinpointTests {
    @Test("`NAME, Article N` and `NAME Art. N` after `(hereinafter NAME)` are the treaty at that article")
    func declaredTreaty() throws {
        let essay = try CitationFixture.essay([
            "United Nations Convention on the Law of Widgets, December 10, 1982, 1833 U.N.T.S. 397 (hereinafter UNCLOW).",
            "UNCLOW, Article 136.",
            "UNCLOW Art. 137.",
            "UNCLOW, Articles 3 and 4.",
        ])
        let treaty = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == treaty.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Article 136")
        #expect(CitationFixture.authority(essay, "3")?.id == treaty.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "Art. 137")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "Articles 3 and 4")
    }

    @Test("a name no note declared, with an article, cites nothing")
    func undeclared() throws {
        let essay = try CitationFixture.essay(["WIDGETCON, Article 5."])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID == nil })
    }
}
