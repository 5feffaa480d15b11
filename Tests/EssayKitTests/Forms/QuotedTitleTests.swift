import Testing
@testable import EssayKit

/// Titles in quotation marks, as policy writing and other non-Bluebook styles print them: the
/// quoted title is a field of its own (its comma inside the marks), with the author before it and
/// the outlet, journal or publisher after it.
@Suite("Quoted titles (policy style)")
struct QuotedTitleTests {
    @Test("author, quoted title and outlet are read apart")
    func authorTitleOutlet() throws {
        let essay = try CitationFixture.essay([
            "Ann Able and Bob Baker, \"Widgets at Dawn: A History,\" Widget Gazette, March 3, 2021, https://example.com/widgets.",
            "Cat Cole et al., \u{201C}Gadgets and Their Makers,\u{201D} Example Institute, May 2020, p. 7, https://example.org/gadgets.pdf.",
            "Widget Council, \"Widget Prices,\" last accessed March 10, 2026, https://example.net/prices.",
        ])
        let news = try #require(CitationFixture.authority(essay, "1"))
        #expect(news.title == "Widgets at Dawn: A History")
        #expect(news.authors == ["Ann Able", "Bob Baker"])
        let paper = try #require(CitationFixture.authority(essay, "2"))
        #expect(paper.title == "Gadgets and Their Makers")
        #expect(paper.authors == ["Cat Cole"])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. 7")
        #expect(CitationFixture.authority(essay, "3")?.title == "Widget Prices")
    }

    @Test("a journal's volume with its date, and a span or an issue after it, places the article; one page after it is the pinpoint")
    func journalVolumeWithDate() throws {
        let essay = try CitationFixture.essay([
            "Dan Dee, \"Widget Energy Use,\" Journal of Widgets, vol. 2 (May 16, 2018), p. 801 (hereinafter Dee, 2018).",
            "Eve Eng et al., \"Gadget Emissions,\" Gadget Letters, vol. 187, no. 122219 (2023), https://doi.org/10.1/x.",
            "Fay Fox, \"Widget Costs,\" Widget Economics, vol. 8 (November 2018), pp. 931-933.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .article)
        #expect(first.volume == "2")
        #expect(first.firstPage == nil || first.firstPage == "")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p. 801")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.volume == "187")
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "3")?.firstPage == "931")
        #expect(CitationFixture.only(essay, "3")?.pinpoint == nil)
    }

    @Test("a question or a period inside a quoted title ends no sentence")
    func terminalInsideQuotedTitle() throws {
        let essay = try CitationFixture.essay([
            "Gil Gray, \"Is It a Widget? Telling Gadgets Apart,\" Widget News, July 5, 2018, https://example.com/gray.",
            "Hal Hart, \"Widgets Were Booming. Then They Were Gone,\" Widget Review, January 12, 2023, https://example.com/hart.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Is It a Widget? Telling Gadgets Apart")
        #expect(CitationFixture.authority(essay, "2")?.title == "Widgets Were Booming. Then They Were Gone")
    }

    @Test("quoted words that are no title stay in the sentence")
    func quotedWordsInProse() throws {
        let essay = try CitationFixture.essay([
            "Some call these \"widgets\" and \"gadgets\" interchangeably.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}
