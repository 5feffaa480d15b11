import Testing
@testable import EssayKit

@Suite("A declared name in the author's parenthesis")
struct DeclaredNameInParenthesisTests {
    @Test("`(see Roe and Poe, \"Widget Auctions\")` repeats the work an earlier note declared so; an undeclared name stays the author's words")
    func declaredNameAfterASignal() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe and Ann Poe, \"Widget Auctions: Theory,\" Widget Journal, vol. 3, no. 1 (2020), pp. 1-20 (hereinafter Roe and Poe, \"Widget Auctions\").",
            "Auctions fell out of use (see Roe and Poe, \"Widget Auctions\").",
            "Auctions fell out of use (see Doe and Moe, \"Gadget Sales\").",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == article.id)
        #expect(CitationFixture.citations(essay, "3").isEmpty)
    }
}
