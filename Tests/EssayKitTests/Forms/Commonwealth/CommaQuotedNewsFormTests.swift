import Testing
@testable import EssayKit

/// News stories with the title's comma inside its quotation marks and no brackets:
/// `Jane Doe, 'Title of Story,' Harbour News, 3 May 2022, https://...`.
@Suite("News with the comma inside the quotation marks")
struct CommaQuotedNewsFormTests {
    @Test("the story by its author, title and outlet, in either date order, straight or curly single marks",
          arguments: ["Jane Doe, 'Widgets Sold Out,' Harbour News, 3 May 2022, https://www.example.net.au/news/widgets.",
                      "Jane Doe, \u{2018}Widgets Sold Out,\u{2019} Harbour News, May 3, 2022."])
    func story(note: String) throws {
        let essay = try CitationFixture.essay([note])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .news)
        #expect(work.title == "Widgets Sold Out")
        #expect(work.authors == ["Jane Doe"])
        #expect(work.container == "Harbour News")
    }

    @Test("the address is the story's")
    func address() throws {
        let essay = try CitationFixture.essay(["Jane Doe, 'Widgets Sold Out,' Harbour News, 3 May 2022, https://www.example.net.au/news/widgets."])
        #expect(CitationFixture.authority(essay, "1")?.url == "https://www.example.net.au/news/widgets")
    }

    @Test("a title with no date after its outlet, or a journal's volume, is not this form",
          arguments: ["Jane Doe, 'Widgets Sold Out,' Harbour News, 2022", "Jane Doe, 'Widgets,' 12 Harbour Law Review 4, 6 (2020)",
                      "Jane Doe, 'Widgets' (2020) 12 Harbour Law Review 4",
                      "Abe Roe, \"Widget Oracles,\" Harbour Institute, July 14, 2020, p. 1"])
    func notNews(written: String) {
        let text = CitationText(RichText(text: written))
        #expect(CommaQuotedNewsForm.read(text, 0..<text.bytes.count) == nil, "\(written)")
    }
}
