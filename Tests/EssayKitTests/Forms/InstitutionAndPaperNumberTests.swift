import Testing
@testable import EssayKit

/// A body whose name holds `AND` is one author (`OFFICE OF PORTS AND HARBOURS`); a number after a
/// paper series' `No.` is the paper's, not a page; a constitution's `art` with its stop left off.
@Suite("Institution authors, paper numbers, articles without a stop")
struct InstitutionAndPaperNumberTests {
    @Test("a body named with AND is one author")
    func institutionWithAnd() throws {
        let essay = try CitationFixture.essay([
            "OFFICE OF LOCKS AND CANALS, FY 2008 REPORT TO CONGRESS ON LOCK SAFETY, at 9 (2009).",
            "JAN ROE AND BO DOE, CANAL TOLLS 4 (2001).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.authors == ["OFFICE OF LOCKS AND CANALS"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "9")
        #expect(CitationFixture.authority(essay, "2")?.authors == ["JAN ROE", "BO DOE"])
    }

    @Test("a research paper's number is no pinpoint")
    func paperNumber() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Closing the Locks, Inland Law School Research Paper No. 14-03 (Mar. 2, 2013), available at http://www.example.org/paper=1.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Closing the Locks")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
    }

    @Test("a constitution's `art` without its stop is its article, each constitution of a list with its parts")
    func articleWithoutStop() throws {
        let essay = try CitationFixture.essay(["See, e.g., UTAH CONST. art VI, § 4, art X, § 1; MONT. CONST. art II, § 7."])
        let citations = CitationFixture.citations(essay, "1")
        let titles = citations.compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } }
        #expect(titles == ["UTAH CONST.", "MONT. CONST."])
        #expect(citations.first?.pinpoint?.text.hasPrefix("art VI, § 4") == true)
        #expect(citations.last?.pinpoint?.text == "art II, § 7")
    }
}
