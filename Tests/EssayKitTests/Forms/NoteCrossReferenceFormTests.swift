import Testing
@testable import EssayKit

@Suite("OSCOLA's cross-reference (n N) to the note citing a work in full")
struct NoteCrossReferenceFormTests {
    @Test("a name, (n N) and a place: the work of that note, the place its pinpoint")
    func crossReference() throws {
        let essay = try CitationFixture.essay([
            "Otto Brand, 'Trusts Without Trustees' (2011) 27 Oxford Journal of Private Law 455, 461.",
            "Mara Quint and Ole Berg, *The Law of Small Ships* (Harbour Press 2004) 112.",
            "Brand (n 1) 470.",
            "Quint and Berg (n 2) para 12.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        let book = try #require(CitationFixture.authority(essay, "2"))
        let third = try #require(CitationFixture.only(essay, "3"))
        #expect(third.form == .supra)
        #expect(third.authorityID == article.id)
        #expect(third.pinpoint?.text == "470")
        let fourth = try #require(CitationFixture.only(essay, "4"))
        #expect(fourth.authorityID == book.id)
        #expect(fourth.pinpoint?.text == "para 12")
    }

    @Test("a bracket that is no note's number is left alone")
    func notCrossReference() throws {
        let essay = try CitationFixture.essay([
            "The ships (numbered 1 to 9) sailed.",
            "Brand (no 4) wrote this.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.form != .supra })
    }
}
