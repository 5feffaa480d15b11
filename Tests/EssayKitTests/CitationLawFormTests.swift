import Testing
@testable import EssayKit

/// Statutes, codes and session laws as real notes write them (issue 13, item 4).
@Suite("Law forms")
struct CitationLawFormTests {
    @Test("a section joined by an en dash is one section: `FAR 36.602–1(a)` is `FAR 36.602-1` at `(a)`")
    func enDashSection() throws {
        let essay = try CitationFixture.essay(["FAR 36.602–1(a).", "FAR 36.602-1."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "FAR 36.602-1")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == Pinpoint(kind: .section, text: "(a)"))
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
    }

    @Test("where a law is codified is the law itself: `(codified in ... 40 U.S.C.)` names no other work")
    func codifiedParenthetical() throws {
        let essay = try CitationFixture.essay([
            "National Defense Authorization Act of 1996, Pub. L. No. 104–106, 110 Stat. 659, 689 (1996) (codified in scattered sections of 40 U.S.C. and 41 U.S.C.).",
        ])
        let citation = try #require(CitationFixture.only(essay, "1"))
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.documentNumber == "Pub. L. No. 104-106")
        #expect(citation.pinpoint?.text == "689")
    }
}
