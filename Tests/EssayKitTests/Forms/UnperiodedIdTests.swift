import Testing
@testable import EssayKit

@Suite("An Id. whose period the emphasis left out")
struct UnperiodedIdTests {
    @Test("`*Id*;` alone in its clause is Id.")
    func idBeforeSemicolon() throws {
        let essay = try CitationFixture.essay([
            "*Dove v. Lark*, 455 U.S. 212, 215 (1982).",
            "*Id*; *see also* *Tate v. Vale*, 410 U.S. 113, 120 (1973).",
        ])
        let citations = CitationFixture.citations(essay, "2")
        #expect(citations.count == 2)
        #expect(citations.first?.authorityID == CitationFixture.authority(essay, "1")?.id)
    }
}
