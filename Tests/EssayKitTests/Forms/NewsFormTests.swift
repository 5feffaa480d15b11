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
}
