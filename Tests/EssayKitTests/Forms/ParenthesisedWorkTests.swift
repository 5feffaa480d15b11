import Testing
@testable import EssayKit

@Suite("A work in the author's parenthesis without a signal")
struct ParenthesisedWorkTests {
    @Test("an author, a title, a date and the pages cited make a parenthesis a citation; a parenthesis of prose or without pages does not")
    func authorDateAndPages() throws {
        let essay = try CitationFixture.essay([
            "Widget sales fell by half in 2020 (Widget Makers, Inc., Annual Report for the Year Ended December 31, 2020, filed with SEC, March 3, 2021, pp. 4, 17).",
            "Widget sales fell by half in 2020 (as the makers said in March 2021, pp. 4 and 17 of their report).",
            "Sales of widgets in most markets fell sharply during that year (Widget Makers, Inc., March 3, 2021).",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.title.contains("Annual Report for the Year Ended December 31, 2020"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "pp. 4, 17")
        #expect(CitationFixture.citations(essay, "2").isEmpty)
        #expect(CitationFixture.citations(essay, "3").isEmpty)
    }
}
