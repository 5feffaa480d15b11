import Testing
@testable import EssayKit

@Suite("Lead-in phrases before a full citation")
struct LeadInPhraseTests {
    @Test("an adverbial with a comma before a work is the author's words, never its author")
    func adverbials() throws {
        let essay = try CitationFixture.essay([
            "For example, Department of Widgets, Widget Supply Outlook, 2025, https://www.widgets.example/outlook.",
            "For instance, Widget Agency, Annual Widget Review, March 2024, https://www.widgetagency.example/review.",
            "In addition, Gadget Council, Gadget Safety Review, 2021, https://www.gadgets.example/safety.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title.hasSuffix("Widget Supply Outlook"))
        #expect(!first.title.contains("example") && !first.authors.contains { $0.contains("example") } && !first.id.contains("example"))
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.authors == ["Widget Agency"])
        #expect(second.title == "Annual Widget Review")
        #expect(CitationFixture.authority(essay, "3")?.authors == ["Gadget Council"])
        // The citation's label starts at the work; the phrase is commentary.
        let commentary = essay.footnote("1")?.segments.filter { $0.kind == .commentary }.map { String($0.text) } ?? []
        #expect(commentary.contains { $0.hasPrefix("For example") })
        #expect(CitationFixture.only(essay, "1")?.text.hasPrefix("Department of Widgets") == true)
    }

    @Test("`As of` and a date, and a few words ending in `based on`, are the author's words")
    func datesAndBases() throws {
        let essay = try CitationFixture.essay([
            "As of June 3, 2025, Department of Widgets, Widget Supply Outlook, 2025, https://www.widgets.example/outlook.",
            "CRS calculation based on Widget Agency, Widget Census 2020, https://www.widgetagency.example/census.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title.hasPrefix("Department of Widgets"))
        #expect(first.year == 2025)
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.authors == ["Widget Agency"])
        #expect(second.title == "Widget Census 2020")
    }

    @Test("a name holding a link word and prose after an adverbial are left as they were")
    func notLeads() throws {
        let essay = try CitationFixture.essay([
            "Letter from Jane Roe to Sam Poe, Widget Agency, May 2, 2020.",
            "For example, the agency revised its figures in 2021.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title.contains("Letter from Jane Roe") == true)
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }
}
