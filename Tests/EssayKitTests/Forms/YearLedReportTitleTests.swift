import Testing
@testable import EssayKit

/// A yearly report whose title in capitals opens with its year (`2003 ANNUAL REPORT OF THE CLERK
/// 17`): the year is the title's, not a journal's volume, and the page after it the pinpoint.
@Suite("Year-led report titles")
struct YearLedReportTitleTests {
    @Test("reports of two years are two works, each page the pinpoint")
    func twoYears() throws {
        let essay = try CitationFixture.essay([
            "IDA MOSS, BUREAU OF FERRY SERVICES, 2004 ANNUAL REPORT OF THE HARBOURMASTER 17, available at http://www.example.org/r/2004.pdf.",
            "IDA MOSS, BUREAU OF FERRY SERVICES, 2006 ANNUAL REPORT OF THE HARBOURMASTER 41, available at http://www.example.org/r/2006.pdf.",
            "See 2005 FERRY SURVEY 12.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(first.id != second.id)
        #expect(first.kind != .article)
        #expect(first.title.contains("2004 ANNUAL REPORT OF THE HARBOURMASTER"))
        #expect(!first.title.contains("17"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "17")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "41")
        #expect(CitationFixture.authority(essay, "3")?.kind != .article)
    }

    @Test("a journal whose volume is a year stays a journal")
    func yearVolumeJournal() throws {
        let essay = try CitationFixture.essay(["Ann Roe, Ferry Reports, 2004 WID. L. REV. 17, 20."])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.volume == "2004")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "20")
    }

    @Test("a work reprinted in a journal keeps the journal's volume and first page, the page after it the pinpoint")
    func reprintedIn() throws {
        let essay = try CitationFixture.essay([
            "PANEL ON DOCK FEES, GUILD OF PILOTS, FINAL REPORT (1998), reprinted in 61 HARB. PILOT J. 301, 322 (1999).",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.volume == "61")
        #expect(work.firstPage == "301")
        #expect(work.container == "HARB. PILOT J.")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "322")
    }
}
