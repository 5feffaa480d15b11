import Testing
@testable import EssayKit

/// Pages after a page mark listed with `and` (`pp. 65 and 67-68`), as policy writing lists them.
@Suite("Page lists joined by and")
struct PageListTests {
    @Test("`pp. 65 and 67-68` after a page mark lists two places, as `pp. 65, 67-68` does")
    func pagesJoinedByAnd() throws {
        let essay = try CitationFixture.essay([
            "Ann Able, Widget Report, Widget Press, 2020 (hereinafter Widget 2020 report).",
            "See, for example, Widget Board, \"Widget Use,\" 2024; and Widget 2020 report, pp. 65 and 67-68.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        let second = CitationFixture.citations(essay, "2")
        #expect(second.last?.authorityID == report.id)
        #expect(second.last?.pinpoint?.text == "pp. 65 and 67-68")
    }
}
