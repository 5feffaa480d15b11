import Testing
@testable import EssayKit

@Suite("Lists of regulation sections as agencies write them")
struct SectionListTailTests {
    private func titles(_ essay: Essay, _ label: String) -> [String] {
        CitationFixture.citations(essay, label).compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } }
    }

    @Test("a later range of a list keeps the first section's part")
    func partCarriesOver() throws {
        let essay = try CitationFixture.essay(["33 C.F.R. §§ 210.101-103, 110-114."])
        #expect(titles(essay, "1") == ["33 C.F.R. § 210.101-103", "33 C.F.R. § 210.110-114"])
    }

    @Test("an elided range (`§ 210.101-.104`) is one work, not its first section")
    func elidedRange() throws {
        let essay = try CitationFixture.essay(["33 C.F.R. § 210.101-.104.", "33 C.F.R. § 210.3(b)(7), 210.5-.9."])
        #expect(titles(essay, "1") == ["33 C.F.R. § 210.101-.104"])
        #expect(titles(essay, "2") == ["33 C.F.R. § 210.3", "33 C.F.R. § 210.5-.9"])
        #expect(CitationFixture.citations(essay, "2").first?.pinpoint?.text == "(b)(7)")
    }

    @Test("sections after `and`, a semicolon or two spaces belong to the list")
    func jointsAgenciesUse() throws {
        let essay = try CitationFixture.essay([
            "*See* 33 C.F.R. §§ 210.1(c), 210.3(b) and (e), and 210.9(g).",
            "12 C.F.R. §§ 71.2(h); 71.4(b)(1), (4).",
            "33 C.F.R. §§ 210.5(b)(2);  210.7.",
            "33 C.F.R. §§ 210.5(c),  210.6.",
        ])
        #expect(titles(essay, "1") == ["33 C.F.R. § 210.1", "33 C.F.R. § 210.3", "33 C.F.R. § 210.9"])
        #expect(titles(essay, "2") == ["12 C.F.R. § 71.2", "12 C.F.R. § 71.4"])
        #expect(CitationFixture.citations(essay, "2").first?.pinpoint?.text == "(h)")
        #expect(titles(essay, "3") == ["33 C.F.R. § 210.5", "33 C.F.R. § 210.7"])
        #expect(titles(essay, "4") == ["33 C.F.R. § 210.5", "33 C.F.R. § 210.6"])
    }

    @Test("a semicolon before another code's cite or a case ends the list")
    func semicolonBeforeAnotherCite() throws {
        let essay = try CitationFixture.essay(["33 C.F.R. § 210.5; 42 U.S.C. § 1983.", "12 U.S.C. § 348; 1985 was the year."])
        #expect(titles(essay, "1") == ["33 C.F.R. § 210.5", "42 U.S.C. § 1983"])
        #expect(titles(essay, "2") == ["12 U.S.C. § 348"])
    }

    @Test("a pinpoint list whose later groups leave out levels is at its first group; groups of one depth stay whole")
    func firstGroupPinpoint() throws {
        let essay = try CitationFixture.essay([
            "33 C.F.R. §§ 210.1(c)(2)(i)-(iii), (v), (c)(9).",
            "38 C.F.R. §3.12(c), (d).",
            "12 U.S.C. § 41(e)(4) and (5).",
            "12 U.S.C. § 41(b) and (e).",
        ])
        #expect(CitationFixture.citations(essay, "1").first?.pinpoint?.text == "(c)(2)(i)-(iii)")
        #expect(CitationFixture.citations(essay, "2").first?.pinpoint?.text == "(c), (d)")
        #expect(CitationFixture.citations(essay, "3").first?.pinpoint?.text == "(e)(4)")
        #expect(CitationFixture.citations(essay, "4").first?.pinpoint?.text == "(b) and (e)")
    }

    @Test("a year after one section and a comma is the code's edition, no second section of its part")
    func yearAfterSection() throws {
        let essay = try CitationFixture.essay([
            "New York Widget and Gadget Law §25.30(1)(c), 2017.",
            "Ohio Widget Code § 12.40, 12.50.",
        ])
        #expect(titles(essay, "1") == ["New York Widget and Gadget Law § 25.30"])
        #expect(CitationFixture.citations(essay, "1").first?.pinpoint?.text == "(1)(c)")
        #expect(titles(essay, "2") == ["Ohio Widget Code § 12.40", "Ohio Widget Code § 12.50"])
    }
}
