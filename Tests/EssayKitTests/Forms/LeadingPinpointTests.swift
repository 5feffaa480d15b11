import Testing
@testable import EssayKit

@Suite("Pinpoints printed before the work")
struct LeadingPinpointTests {
    @Test("tables, a page and a row before `in` or `of` and a work are that work's pinpoint")
    func places() throws {
        let essay = try CitationFixture.essay([
            "See Tables 5.14 and 5.16 in Office of Widget Budget, Historical Widget Tables, https://www.owb.example/tables.",
            "See p. 5 of Gizmo Council, Gizmo Safety Review, 2021, https://www.gizmo.example/safety.",
            "See row 940 in the tabulation titled \"Widget Counts, by Year\" of Widget Agency, Widget Census, 2020, https://www.widgetagency.example/census.",
        ])
        let tables = try #require(CitationFixture.authority(essay, "1"))
        #expect(tables.title.hasPrefix("Office of Widget Budget") && tables.title.hasSuffix("Historical Widget Tables"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "Tables 5.14 and 5.16")
        #expect(CitationFixture.authority(essay, "2")?.title == "Gizmo Safety Review")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. 5")
        #expect(CitationFixture.authority(essay, "3")?.title == "Widget Census")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "row 940")
    }

    @Test("a place word in the author's sentence with no work after it cites nothing")
    func noWork() throws {
        let essay = try CitationFixture.essay(["Table 3 of this report shows the totals for 2020."])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}
