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

    @Test("the Record by volume takes a range of pages with the chamber's letter on both ends, its first page the work's")
    func pageRange() throws {
        let essay = try CitationFixture.essay([
            "Congressional Record, daily edition, vol. 170 (March 9, 2024), pp. H1709-H1711.",
            "Congressional Record, daily edition, vol. 170 (May 2, 2024), p. S7910.",
        ])
        let record = try #require(CitationFixture.authority(essay, "1"))
        #expect(record.firstPage == "H1709")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "pp. H1709-H1711")
        #expect(CitationFixture.authority(essay, "2")?.id != record.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. S7910")
    }

    @Test("the Bluebook's `168 Cong. Rec. H1709-11 (daily ed. ...)` is the Record's volume and first page, its page the pinpoint (the one after a comma when given)")
    func bluebookRecord() throws {
        let essay = try CitationFixture.essay([
            "171 Cong. Rec. H1709-11 (daily ed. Mar. 9, 2031) (statement of Rep. Roe).",
            "See 171 Cong. Rec. S7910, S7912 (daily ed. Nov. 2, 2031).",
            "171 Cong. Rec. 1709 (2031).",
            "171 Cong. Rec. H1709, H1710 (daily ed. Mar. 9, 2031).",
        ])
        let record = try #require(CitationFixture.authority(essay, "1"))
        #expect(record.volume == "171")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "H1709-11")
        let other = try #require(CitationFixture.authority(essay, "2"))
        #expect(other.id != record.id)
        #expect(other.firstPage == "S7910")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "S7912")
        #expect(CitationFixture.authority(essay, "4")?.id == record.id)
        #expect(CitationFixture.authority(essay, "3")?.id != record.id)
    }

    @Test("a quoted title with a chamber's page but no statement cited before names no work")
    func titleAlone() throws {
        let essay = try CitationFixture.essay(["\"Statement on Widgets,\" p. H1240."])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID == nil })
        // A supplement's page (`p. S12`) is no page of the Record: the title is not looked up as a statement's.
        let supplement = try CitationFixture.essay([
            "\"Explanatory Statement on H.R. 9141,\" Congressional Record, vol. 177 (January 9, 2031), p. H1234.",
            "\"Explanatory Statement on H.R. 9141,\" p. S12.",
        ])
        #expect(CitationFixture.citations(supplement, "2").allSatisfy { $0.authorityID != CitationFixture.authority(supplement, "1")?.id })
    }
}
