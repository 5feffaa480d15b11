import Testing
@testable import EssayKit

@Suite("News stories")
struct NewsFormTests {
    @Test("a story with its author, title and outlet in roman type, dated to the day, is news with the author")
    func storyInParenthesis() throws {
        let essay = try CitationFixture.essay([
            "Jane Reporter, Agencies Miss Their Deadlines Again, Daily Courier (Aug. 3, 2009).",
            "Reporter, Tom, Budget Talks Stall, Evening Gazette, March 26, 2014, available at http://www.example.com/story.",
            "Jane Reporter, Agencies Miss Their Deadlines Again, Daily Courier (Aug. 3, 2009).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .news)
        #expect(first.authors == ["Jane Reporter"])
        #expect(first.title == "Agencies Miss Their Deadlines Again")
        #expect(first.container == "Daily Courier")
        #expect(first.year == 2009)
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.kind == .news)
        #expect(second.authors == ["Tom Reporter"])
        #expect(second.title == "Budget Talks Stall")
        #expect(second.container == "Evening Gazette")
        #expect(second.url == "http://www.example.com/story")
        #expect(CitationFixture.authority(essay, "3")?.id == first.id)
    }

    @Test("a book dated by its year alone stays a book")
    func bookStaysBook() throws {
        let essay = try CitationFixture.essay(["Jane Writer, Long Title of a Book, Big Press (2009)."])
        #expect(CitationFixture.authority(essay, "1")?.kind != .news)
    }

    @Test("one person's story with an address: the outlet is no part of the title")
    func onePersonWithAddress() throws {
        let essay = try CitationFixture.essay([
            "Jane Q. Roe, Who Pays for Courts?, N.Y. TIMES (Jan. 2, 2020), https://www.nytimes.example/2020/01/02/who-pays.html.",
            "Census Bureau, Widget Facts, Mississippi (July 1, 2021), https://www.census.example/widgets.",
        ])
        let story = try #require(CitationFixture.authority(essay, "1"))
        #expect(story.kind == .news)
        #expect(story.title == "Who Pays for Courts?")
        #expect(story.container == "N.Y. TIMES")
        #expect(story.authors == ["Jane Q. Roe"])
        #expect(CitationFixture.authority(essay, "2")?.kind != .news)
    }
}
