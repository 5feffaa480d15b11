import Testing
@testable import EssayKit

@Suite("Ranges printed with a minus sign, and ranges of subdivisions")
struct RangeDashTests {
    @Test("a minus sign (U+2212) between two pages is a range's dash, after a first page, `Id. at` and a case's first page")
    func minusSignRange() throws {
        let essay = try CitationFixture.essay([
            "Margo Roe, Widget Litigation, 116 WIDGET L. REV. 1555, 1578\u{2212}87 (2003) (on the reasons).",
            "Id. at 1590\u{2212}91.",
            "Kaiser Widget Co. v. Superior Ct., 128 Cal. App. 4th 85, 99\u{2212}100 (2005).",
            "Widget Reform Act of 1995, Pub. L. No. 104-134, §§ 802\u{2212}809, 110 Stat. 1321 (1996).",
        ])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "1578\u{2212}87")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "1590\u{2212}91")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "99\u{2212}100")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "§§ 802\u{2212}809")
    }

    @Test("`§ 2000(e)(1)–(17)`: the subdivisions' range after the section is the pinpoint, to its last subdivision")
    func subdivisionRange() throws {
        let essay = try CitationFixture.essay([
            "42 U.S.C. §§ 2000(e)(1)–(17).",
            "CAL. BUS. & PROF. CODE §10101(a)–(b) (West 2004) (a link).",
        ])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(e)(1)–(17)")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(a)–(b)")
    }
}
