import Testing
@testable import EssayKit

@Suite("Statements printed in the Congressional Record, and the Record's pages")
struct RecordStatementTests {
    @Test("a quoted statement in the Record is a work of its own, its page with the chamber's letter the pinpoint; its title again with another page is the same work")
    func titledStatement() throws {
        let essay = try CitationFixture.essay([
            "\"Explanatory Statement on H.R. 9141, Widget Appropriations Act, 2031,\" Congressional Record, vol. 177, no. 12, Book II (January 9, 2031), p. H1234.",
            "\"Explanatory Statement on H.R. 9141, Widget Appropriations Act, 2031,\" p. H1240.",
            "\u{201C}Joint Explanatory Statement of the Committee of Conference,\u{201D} Congressional Record, daily edition, vol. 177 (March 2, 2031), pp. H2045-H2050.",
        ])
        let statement = try #require(CitationFixture.authority(essay, "1"))
        #expect(statement.title == "Explanatory Statement on H.R. 9141, Widget Appropriations Act, 2031")
        #expect(statement.volume == "177")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p. H1234")
        let again = try #require(CitationFixture.only(essay, "2"))
        #expect(again.authorityID == statement.id)
        #expect(again.pinpoint?.text == "p. H1240")
        let conference = try #require(CitationFixture.authority(essay, "3"))
        #expect(conference.id != statement.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "pp. H2045-H2050")
    }

    @Test("the Record by volume takes a range of pages with the chamber's letter on both ends")
    func pageRange() throws {
        let essay = try CitationFixture.essay([
            "Congressional Record, daily edition, vol. 170 (March 9, 2024), pp. H1709-H1711.",
            "Congressional Record, daily edition, vol. 170 (May 2, 2024), p. S7910.",
        ])
        let record = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "pp. H1709-H1711")
        #expect(CitationFixture.authority(essay, "2")?.id == record.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. S7910")
    }

    @Test("a quoted title with a chamber's page but no statement cited before names no work")
    func titleAlone() throws {
        let essay = try CitationFixture.essay(["\"Statement on Widgets,\" p. H1240."])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID == nil })
    }
}
