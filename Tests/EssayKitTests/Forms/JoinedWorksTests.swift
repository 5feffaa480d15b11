import Testing
@testable import EssayKit

/// Two works joined by ` and ` after the first's date, and the author's words leading into a
/// work with a colon, as Commonwealth and philosophy journals write notes (`JoinedWorks`).
@Suite("Works joined by `and` after a date; prose before a colon and a work")
struct JoinedWorksTests {
    @Test("two works joined by ` and ` after the first's dated parenthesis are two citations")
    func joinedByAnd() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Drift and Shore, 3(1) Global Ports 77 (2015) and Ivo Strand, Should We Let Go?, 18(4) ICON 902 (2020).",
        ])
        let cited = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap(essay.authority) }
        #expect(cited.count == 2)
        // (The title keeps the journal of `VOL(ISSUE) Journal` until that form is read.)
        #expect(cited.first?.title.hasPrefix("Drift and Shore") == true)
        #expect(cited.first?.authors == ["Ann Roe"])
        #expect(cited.last?.title.hasPrefix("Should We Let Go?") == true)
        #expect(cited.last?.authors == ["Ivo Strand"])
    }

    @Test("` and ` inside a title, or after a parenthesis closing on no year, joins nothing")
    func andInsideAWork() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Drift and Shore 12 (2015).",
            "Ann Roe, Drift (and Shore) and Other Essays 12 (2015).",
        ])
        #expect(CitationFixture.citations(essay, "1").count == 1)
        #expect(CitationFixture.citations(essay, "2").count == 1)
    }

    @Test("the author's words before a colon are commentary, the work after it is read from its author")
    func colonLeadIn() throws {
        let essay = try CitationFixture.essay([
            "Some call this “drift”: Ann Roe, Drift, in Ports and Power 12 (Ivo Strand ed., 2010).",
            "Ann Roe, Lecture 3: The Second Look, 8 (May 2, 2009).",
        ])
        let drift = try #require(CitationFixture.authority(essay, "1"))
        #expect(drift.title.hasPrefix("Drift"))
        #expect(!drift.title.contains("call"))
        #expect(drift.authors == ["Ann Roe"])
        #expect(CitationFixture.authority(essay, "2")?.title == "Lecture 3: The Second Look")
    }
}
