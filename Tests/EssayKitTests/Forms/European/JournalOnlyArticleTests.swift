import Testing
@testable import EssayKit

@Suite("German journal citations with no title: `Weber, ZUM 2019, 512 (517)`")
struct JournalOnlyArticleTests {
    @Test("author, journal abbreviation and year, first page, the bracket after it the pinpoint")
    func articles() throws {
        let essay = try CitationFixture.essay([
            "Vogt, ZUM 2019, 512 (517).",
            "Brand, GRUR 2020, 447.",
            "Vogt, ZUM 2019, 512 (519).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .article)
        #expect(first.authors == ["Vogt"])
        #expect(first.container == "ZUM")
        #expect(first.firstPage == "512")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "517")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.container == "GRUR")
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "3")?.id == first.id)
    }
}
