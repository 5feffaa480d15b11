import Testing
@testable import EssayKit

@Suite("A code's title number opens the next citation")
struct NextCodeCiteTests {
    @Test("a public law's section stops before the code cite after it; the code keeps its title")
    func publicLawThenCode() throws {
        let essay = try CitationFixture.essay([
            "Pub. L. No. 71-555, § 214(b), 12 U.S.C. § 4401(b).",
            "Pub. L. No. 88-300, §§ 1101(c), 1102, 7 U.S.C. §§ 540(c), 541.",
        ])
        #expect(CitationFixture.titlesAndPinpoints(essay, "1") == ["Pub. L. No. 71-555 @ § 214(b)", "12 U.S.C. § 4401 @ (b)"])
        #expect(CitationFixture.titlesAndPinpoints(essay, "2") == ["Pub. L. No. 88-300 @ §§ 1101(c), 1102", "7 U.S.C. § 540 @ (c)", "7 U.S.C. § 541 @ -"])
    }

    @Test("an Id. with a section stops before the code cite after it")
    func idThenCode() throws {
        let essay = try CitationFixture.essay([
            "Pub. L. No. 71-555, § 214(b).",
            "Id. § 215(a), 12 U.S.C. § 4402(a).",
        ])
        let titles = CitationFixture.titlesAndPinpoints(essay, "2")
        #expect(titles == ["Pub. L. No. 71-555 @ § 215(a)", "12 U.S.C. § 4402 @ (a)"])
    }

    @Test("a reporter's volume after a page opens the parallel report, a register's after a section its printing")
    func reporterAndRegister() throws {
        let text = CitationText(RichText(text: "at 118, 93 S. Ct. 705"))
        let parsed = try #require(PinpointParser.parse(text, at: 3, end: text.count, allowRoman: false))
        #expect(parsed.pinpoint.text == "118")
        let section = CitationText(RichText(text: "§ 4(a), 84 Stat. 2085"))
        #expect(PinpointParser.parse(section, at: 0, end: section.count, allowRoman: false)?.pinpoint.text == "§ 4(a)")
    }

    @Test("numbers that no code or reporter follows stay in the list")
    func plainLists() throws {
        let pages = CitationText(RichText(text: "12, 14, 31 and passim"))
        #expect(PinpointParser.parse(pages, at: 0, end: pages.count, allowRoman: false)?.pinpoint.text == "12, 14, 31")
        let sections = CitationText(RichText(text: "§§ 4, 12 Widget Act"))
        #expect(PinpointParser.parse(sections, at: 0, end: sections.count, allowRoman: false)?.pinpoint.text == "§§ 4, 12")
    }
}
