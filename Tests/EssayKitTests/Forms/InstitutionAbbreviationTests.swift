import Testing
@testable import EssayKit

@Suite("Abbreviated words of journal and body names")
struct InstitutionAbbreviationTests {
    @Test("Am. (American) inside a journal's name ends no sentence")
    func american() throws {
        let essay = try CitationFixture.essay([
            "David Autor et al., *Concentrating on the Fall of the Labor Share*, 107 Am. Econ. Rev. 180 (2017).",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "Concentrating on the Fall of the Labor Share")
        #expect(article.volume == "107")
        #expect(article.firstPage == "180")
    }
}
