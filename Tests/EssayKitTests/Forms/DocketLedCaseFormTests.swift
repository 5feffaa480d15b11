import Testing
@testable import EssayKit

@Suite("Cases cited by docket number before the parties")
struct DocketLedCaseFormTests {
    @Test("the proceeding, number and parties, the year decided in parentheses")
    func oneCase() throws {
        let essay = try CitationFixture.essay([
            "See RAA 1234/05 Widget Ltd. vs. Gadget Co. (2007).",
            "See also IE 987/10 Alpha Ltd. v Beta Publishing Ltd. (holding, in passing, that widgets are goods).",
        ])
        let widget = try #require(CitationFixture.authority(essay, "1"))
        #expect(widget.kind == .case)
        #expect(widget.title == "Widget Ltd. vs. Gadget Co.")
        #expect(widget.documentNumber == "1234/05")
        #expect(widget.year == 2007)
        #expect(CitationFixture.authority(essay, "2")?.title == "Alpha Ltd. v Beta Publishing Ltd.")
    }

    @Test("two cases joined by and are two works")
    func twoCases() throws {
        let essay = try CitationFixture.essay(["See, e.g., 12/80 Roe v. Doe (1985) and 345/61 Gamma Printing vs. Delta (1962)."])
        let works = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(works.count == 2)
        #expect(essay.authority(works[1])?.title == "Gamma Printing vs. Delta")
    }

    @Test("a date or fraction opening a clause, with no parties, is no case")
    func noParties() throws {
        let essay = try CitationFixture.essay(["12/2010 was the month the widget rules changed."])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }

    @Test("a law's section before a record page is no case (Compact §4.01(b), 1 App. 18)")
    func sectionIsNoCase() throws {
        let essay = try CitationFixture.essay(["See Widget Compact §2.01(a), 1 App. 18."])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { citation in
            citation.authorityID.flatMap { essay.authority($0) }?.kind != .case
        })
    }
}
