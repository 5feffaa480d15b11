import Testing
@testable import EssayKit

@Suite("News headlines in sentence case")
struct NewsHeadlineTests {
    @Test("authors, a headline of many lower-case words, a paper in capitals and a day: news, the headline its title")
    func headlineBetweenAuthorsAndPaper() throws {
        let essay = try CitationFixture.essay([
            "Rita Moss and Tom Vale, Night buses run late: riders wait, data show,  RIVER CITY TIMES, March 3, 2019, https://example.com/night-buses.html.",
            "Ann Lark, Ben Poe, and Cy Wren, Ferry crews say the new timetable leaves them short, BAY LEDGER, June 9, 2021, https://example.com/ferry.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .news)
        #expect(first.title == "Night buses run late: riders wait, data show")
        #expect(first.container == "RIVER CITY TIMES")
        #expect(first.authors.first == "Rita Moss")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.kind == .news)
        #expect(second.title == "Ferry crews say the new timetable leaves them short")
        #expect(second.container == "BAY LEDGER")
    }

    @Test("a paper named in roman by one word, dated to the day: the headline before it is the title")
    func romanOutlet() throws {
        let essay = try CitationFixture.essay([
            "Jane Doe, Senators say the widget bill will pass this week, Politico (May 3, 2019).",
        ])
        let story = try #require(CitationFixture.authority(essay, "1"))
        #expect(story.kind == .news)
        #expect(story.title == "Senators say the widget bill will pass this week")
        #expect(story.container == "Politico")
    }

    @Test("the author's own sentence before a paper is no headline: no person's name opens it")
    func proseStaysProse() throws {
        let essay = try CitationFixture.essay([
            "The riders told the board that night buses run late and wait for nobody, RIVER CITY TIMES, March 3, 2019.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.kind != .news)
    }
}
