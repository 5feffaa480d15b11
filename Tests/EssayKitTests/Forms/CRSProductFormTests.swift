import Testing
@testable import EssayKit

@Suite("CRS products")
struct CRSProductFormTests {
    @Test("a CRS product is a report by its product number, with its title and authors; a later mention is the same work")
    func productAndLaterMention() throws {
        let essay = try CitationFixture.essay([
            "For an overview, see CRS Report R47262, Widgets: An Overview of Federal Policy, by Jane A. Doe.",
            "CRS In Focus IF11791, Widget Taxes, by Ann Able and Bob Baker.",
            "See CRS Report R47262.",
            "CRS Legal Sidebar LSB10839, Rules on Widgets, Gadgets, and Gizmos, by Cat Cole (2023), at 3–4.",
            "CRS Insight IN12624, Widget Prices; and CRS Report RL34397, Older Widgets, by Dan Dee.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.kind == .report)
        #expect(report.documentNumber == "R47262")
        #expect(report.title == "Widgets: An Overview of Federal Policy")
        #expect(report.authors == ["Jane A. Doe"])
        let focus = try #require(CitationFixture.authority(essay, "2"))
        #expect(focus.documentNumber == "IF11791")
        #expect(focus.authors == ["Ann Able", "Bob Baker"])
        #expect(CitationFixture.authority(essay, "3")?.id == report.id)
        let sidebar = try #require(CitationFixture.authority(essay, "4"))
        #expect(sidebar.title == "Rules on Widgets, Gadgets, and Gizmos")
        #expect(sidebar.year == 2023)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "3–4")
        let pair = CitationFixture.citations(essay, "5").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.documentNumber }
        #expect(pair == ["IN12624", "RL34397"])
    }

    @Test("CRS with no product number after it is no CRS product")
    func noNumber() throws {
        let essay = try CitationFixture.essay(["CRS staff calculated the figures from 2020 data."])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }

    @Test("an acronym in parentheses after the title is part of the title")
    func titleAcronym() throws {
        let essay = try CitationFixture.essay(["See CRS In Focus IF10177, Committee on Widget Investment (CWI), by Ann Able."])
        #expect(CitationFixture.authority(essay, "1")?.title == "Committee on Widget Investment (CWI)")
        let plural = try CitationFixture.essay(["See CRS In Focus IF11449, Widget Development Revolving Loan Funds (WD-RLFs).", "CRS Report R12346, Widget Grants (2019)."])
        #expect(CitationFixture.authority(plural, "1")?.title == "Widget Development Revolving Loan Funds (WD-RLFs)")
        #expect(CitationFixture.authority(plural, "2")?.title == "Widget Grants", "a year is no acronym")
    }

    @Test("a product the author's sentence names is cited: with its title after a comma, or by its number alone")
    func mentionedInProse() throws {
        let essay = try CitationFixture.essay([
            "See \"Widget Markets\" and \"Gadget Markets\" sections of CRS Report R12345, Widgets: Selected Issues, by Ann Able.",
            "The history is traced in CRS Report R12345, which the committee relied on.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.documentNumber == "R12345")
        #expect(report.title == "Widgets: Selected Issues")
        #expect(report.authors == ["Ann Able"])
        #expect(CitationFixture.authority(essay, "2")?.id == report.id)
    }
}
