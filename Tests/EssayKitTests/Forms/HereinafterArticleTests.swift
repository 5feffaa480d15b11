import Testing
@testable import EssayKit

@Suite("A hereinafter name repeated with an article, no supra")
struct HereinafterArticleTests {
    @Test("the declared name and an article in Roman numerals or without a period is that work")
    func article() throws {
        let essay = try CitationFixture.essay([
            "Treaty on Migratory Geese, Mar. 3, 1981, 33 U.S.T. 4410 [hereinafter Geese Treaty].",
            "Geese Treaty, art. IV(2).",
            "Geese Treaty, art 3(1)(b).",
        ])
        let treaty = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == treaty.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "art. IV(2)")
        #expect(CitationFixture.authority(essay, "3")?.id == treaty.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "art 3(1)(b)")
    }
}
