import Testing
@testable import EssayKit

/// An agency's rulemaking cited by its docket number: `Agency, Title, Docket No.: RM26-4-000.`
@Suite("Docket numbers")
struct DocketNumberTests {
    @Test("a title and a docket number are that docket's document; a later mention of the number is the same")
    func docket() throws {
        let essay = try CitationFixture.essay([
            "Widget Commission, Interconnection of Large Widgets, Docket No.: RM26-4-000.",
            "Widget Commission, Widget Rules, Docket No. RM26-4-000, at 12.",
        ])
        let docket = try #require(CitationFixture.authority(essay, "1"))
        #expect(docket.documentNumber == "RM26-4-000")
        #expect(docket.title.contains("Interconnection of Large Widgets"))
        #expect(CitationFixture.authority(essay, "2")?.id == docket.id)
    }

    @Test("docket words without a number are no docket")
    func noNumber() throws {
        let essay = try CitationFixture.essay(["The docket number was not given."])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}
