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

    @Test("a code's section named in prose, continental style: acronym and `sec.` before or after, paragraph as pinpoint")
    func codeSectionInProse() throws {
        let essay = try CitationFixture.essay([
            "UrhG, sec. 69a para 4 reads as follows: “The provisions on literary works shall apply.”",
            "Three ways are accepted (UrhG, sec. 97 para 2 sentences 2 and 3).",
            "She risks damages according to sec. 945 ZPO (Zivilprozessordnung).",
            "According to sec. 93 of the German Civil Procedure Code, the defendant can acknowledge.",
            "See sec. 4 para 2 of the GPLv3.",
            "These are delineated in sec. 69e para 1 through 3.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .statute)
        #expect(first.title == "UrhG § 69a")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "para 4")
        #expect(CitationFixture.authority(essay, "2")?.title == "UrhG § 97")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "para 2 sentences 2 and 3")
        #expect(CitationFixture.authority(essay, "3")?.title == "ZPO § 945")
        #expect(CitationFixture.authority(essay, "4")?.title == "German Civil Procedure Code § 93")
        let licence = try #require(CitationFixture.authority(essay, "5"))
        #expect(licence.title == "GPLv3")
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "sec. 4 para 2")
        // A section whose code is only implied is one of the code the notes cite most (ImpliedSectionTests).
        let implied = try #require(CitationFixture.only(essay, "6"))
        #expect(implied.authorityID.flatMap { essay.authority($0) }?.title == "UrhG § 69e")
        #expect(implied.pinpoint?.text == "para 1 through 3")
    }
}
