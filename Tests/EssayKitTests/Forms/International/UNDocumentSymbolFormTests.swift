import Testing
@testable import EssayKit

@Suite("Documents cited by a UN symbol after UN Doc")
struct UNDocumentSymbolFormTests {
    @Test("a body, a quoted title, the year, the symbol and the paragraph")
    func quotedTitle() throws {
        let essay = try CitationFixture.essay([
            "Committee on Travellers, ‘General Comment No 7’ (2006) UN Doc CTR/GC/2006/7, para 12.",
            "UN Doc A/HRC/30/41.",
        ])
        let comment = try #require(CitationFixture.authority(essay, "1"))
        #expect(comment.kind == .document)
        #expect(comment.title == "General Comment No 7")
        #expect(comment.documentNumber == "CTR/GC/2006/7")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "para 12")
        #expect(CitationFixture.authority(essay, "2")?.documentNumber == "A/HRC/30/41")
    }

    @Test("a sentence that mentions a symbol is no citation")
    func prose() throws {
        let essay = try CitationFixture.essay([
            "The committee returned to the question several times in the years after its first comment was adopted and never settled it, see UN Doc.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}
