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

    @Test("a short name declared in square brackets after the symbol names the document later; a paragraph in brackets stays the pinpoint")
    func bracketedName() throws {
        let essay = try CitationFixture.essay([
            "Universal Declaration of Human Rights, GA Res 217A (III), UN GAOR, UN Doc A/810 (10 December 1948) [UDHR].",
            "UDHR art 19.",
            "Human Rights Committee, Views: Example v Country, UN Doc CCPR/C/120/D/2345/2014 (2017) [7.3].",
        ])
        let udhr = try #require(CitationFixture.authority(essay, "1"))
        #expect(udhr.shortNames == ["UDHR"])
        #expect(CitationFixture.authority(essay, "2")?.id == udhr.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "art 19")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "[7.3]")
        #expect(CitationFixture.authority(essay, "3")?.shortNames.isEmpty == true)
    }
}
