import Testing
@testable import EssayKit

@Suite("An APA reference to a newspaper's page: `Roe, D., Poe, E. (2018). Title. Site, https://...`")
struct APASiteAddressTests {
    @Test("one work, the article, with the site and address; the site is no second work")
    func oneWork() throws {
        let essay = try CitationFixture.essay([
            "Halvorsen, D., Mbeki, E. (2018). A Better Way to Moderate Comments. Harbour Times, https://example.com/ht.",
        ])
        #expect(CitationFixture.citations(essay, "1").count == 1)
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "A Better Way to Moderate Comments")
        #expect(work.authors == ["Halvorsen", "Mbeki"])
        #expect(work.container == "Harbour Times")
        #expect(work.url == "https://example.com/ht")
    }
}
