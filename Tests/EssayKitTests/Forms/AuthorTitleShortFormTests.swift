import Testing
@testable import EssayKit

/// Policy writing's short form without *supra* or a declared name: the author (or issuing body,
/// or its initials) and the title, perhaps shortened, then perhaps a page: `Cole et al.,
/// "Gadgets and Their Makers," p. 4.`, `Widget Council, Widget Markets Review, p. 15.`
@Suite("Author and title short forms (policy style)")
struct AuthorTitleShortFormTests {
    @Test("author and quoted title, with a page or none, name the work cited in full before")
    func authorAndQuotedTitle() throws {
        let essay = try CitationFixture.essay([
            "Cat Cole et al., \"Gadgets and Their Makers (GTM),\" Example Institute, May 2020, p. 7, https://example.org/gadgets.pdf.",
            "Cole et al., \"Gadgets and Their Makers,\" pp. 3-4. This reading is the institute's.",
            "Cole et al., \"Gadgets and Their Makers.\"",
            "Ann Able and Bob Baker, \"Widgets at Dawn: A History,\" Widget Gazette, March 3, 2021, https://example.com/widgets.",
            "Able and Baker, \"Widgets at Dawn,\" p. 2; and Cole et al., \"Gadgets and Their Makers,\" p. 9.",
        ])
        let paper = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == paper.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "pp. 3-4")
        #expect(CitationFixture.authority(essay, "3")?.id == paper.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint == nil)
        let news = try #require(CitationFixture.authority(essay, "4"))
        let both = CitationFixture.citations(essay, "5")
        #expect(both.map(\.authorityID) == [news.id, paper.id])
        #expect(both.map { $0.pinpoint?.text } == ["p. 2", "p. 9"])
    }

    @Test("an issuing body, or its initials, and an unquoted title name its report")
    func bodyAndTitle() throws {
        let essay = try CitationFixture.essay([
            "Department of Widgets, Widget Markets Review, April 6, 2023, p. 10, https://example.gov/review.pdf.",
            "Widget Futures Trading Commission, Subcommittee on Gadgets, Gadget Markets, January 8, 2024, p. 6, https://example.gov/gadgets.pdf.",
            "Department of Widgets, Widget Markets Review, p. 15.",
            "WFTC, Gadget Markets, p. 26.",
        ])
        let review = try #require(CitationFixture.authority(essay, "1"))
        let gadgets = try #require(CitationFixture.authority(essay, "2"))
        #expect(CitationFixture.authority(essay, "3")?.id == review.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "p. 15")
        #expect(CitationFixture.authority(essay, "4")?.id == gadgets.id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "p. 26")
    }

    @Test("another author's work of the same title, or a title cited before by nobody, is no short form")
    func otherAuthorOrUnknownTitle() throws {
        let essay = try CitationFixture.essay([
            "Dan Dee, \"Widget Finance,\" Journal of Widgets, vol. 6 (September 30, 2020), p. 183.",
            "Eve Eng, \"Widget Finance.\"",
            "Dee, \"Gadget Finance,\" p. 3.",
        ])
        #expect(CitationFixture.citations(essay, "2").isEmpty)
        #expect(CitationFixture.citations(essay, "3").isEmpty)
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }
}
