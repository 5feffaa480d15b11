import Testing
@testable import EssayKit

@Suite("Session laws with where they are codified")
struct CodifiedAtTests {
    @Test("`, reenacted at` and `, codified at` after a session law are where it is codified: one work, the public law")
    func codificationIsNoSecondWork() throws {
        let essay = try CitationFixture.essay([
            "Ethics in Widgets Act of 1978, Pub. L. No. 95-521, 92 Stat. 1824 (1978), reenacted at 5 U.S.C. §13101 et seq.",
            "Pub. L. No. 96-19, 93 Stat. 37 (1979), codified at 5 U.S.C. §13102.",
            "Pub. L. No. 97-20, 94 Stat. 40 (1980) (codified as amended at 5 U.S.C. §13103).",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(act.documentNumber == "Pub. L. No. 95-521")
        #expect(act.title == "Ethics in Widgets Act of 1978")
        #expect(CitationFixture.authority(essay, "2")?.documentNumber == "Pub. L. No. 96-19")
        #expect(CitationFixture.authority(essay, "3")?.documentNumber == "Pub. L. No. 97-20")
    }

    @Test("the Statutes at Large page alone, with a pinpoint page, is the public law cited with it")
    func seriesPageIsThePublicLaw() throws {
        let essay = try CitationFixture.essay([
            "Pub. L. No. 95-521, 92 Stat. 1824 (1978).",
            "92 Stat. 1824, 1830.",
            "88 Stat. 500, 502.",
            "Widget Act, Pub. L. No. 93-1, 88 Stat. 500 (1974).",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == act.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "1830")
        let bare = try #require(CitationFixture.authority(essay, "3"))
        #expect(CitationFixture.authority(essay, "4")?.id == bare.id)
        #expect(bare.id != act.id)
    }

    @Test("the codification's opening words are one list, for the parenthesis and the comma alike")
    func openings() {
        let text = CitationText(RichText(text: "codified as amended at; reenacted at; Codified at; cited at"))
        #expect(CodifiedAt.opens(text, at: 0, end: text.count))
        #expect(CodifiedAt.opens(text, at: 24, end: text.count))
        #expect(CodifiedAt.opens(text, at: 38, end: text.count))
        #expect(!CodifiedAt.opens(text, at: 51, end: text.count))
    }
}
