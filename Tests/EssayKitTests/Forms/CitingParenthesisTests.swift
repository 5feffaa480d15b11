import Testing
@testable import EssayKit

/// A full citation in parentheses inside the author's sentence, with no signal and no date, where
/// the sentence says a work is cited (`As the agency explained in its 2020 report (Agency, Report
/// Title, p. 4), ...`): a name, a title and the pages cited fix the work.
@Suite("A work in parentheses the author's sentence announces")
struct CitingParenthesisTests {
    @Test("a report named in parentheses after `its report` is cited at its page")
    func reportInParentheses() throws {
        let essay = try CitationFixture.essay([
            "As the agency explained in its 2020 report (Widget Safety Agency, Annual Widget Review, p. 4), recalls fell.",
            "Widget Safety Agency, Annual Widget Review, p. 9.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.title.contains("Annual Widget Review"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p. 4")
        #expect(CitationFixture.authority(essay, "2")?.id == report.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. 9")
    }

    @Test("an undated citation in parentheses of a work cited before with its date is that work")
    func undatedRepeat() throws {
        let essay = try CitationFixture.essay([
            "Widget Safety Agency, Widget Incident Database, 2022, https://example.gov/widgets.",
            "As one study found (Widget Safety Agency, Widget Incident Database, p. 5), incidents fell.",
        ])
        let database = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == database.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. 5")
    }

    @Test("two works of one author and title but different dates take no undated citation")
    func twoDatesNoGuess() throws {
        let essay = try CitationFixture.essay([
            "Widget Safety Agency, Annual Widget Review, 2019, https://example.gov/2019.",
            "Widget Safety Agency, Annual Widget Review, 2020, https://example.gov/2020.",
            "As the agency's review found (Widget Safety Agency, Annual Widget Review, p. 5), incidents fell.",
        ])
        let ids = [CitationFixture.authority(essay, "1")?.id, CitationFixture.authority(essay, "2")?.id]
        #expect(ids[0] != ids[1])
        #expect(!ids.contains(CitationFixture.authority(essay, "3")?.id))
    }

    @Test("a parenthesis the sentence does not announce, or without pages, cites nothing")
    func unannouncedOrUnpaged() throws {
        let essay = try CitationFixture.essay([
            "Widget prices rose (Widget Makers, Gadget Division, p. 4).",
            "As the agency explained in its report (Widget Safety Agency, Annual Widget Review), recalls fell.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }
}
