import Testing
@testable import EssayKit

@Suite("A supra whose name its note does not hold")
struct SupraWrongNoteTests {
    @Test("`HARBOUR FEES REPORT, supra note 4` where note 3 declared the name: note 3's work")
    func declaredNameElsewhere() throws {
        let essay = try CitationFixture.essay([
            "Carl Dunn, Tariffs, 12 YALE L.J. 100, 104 (2001).",
            "Ann Roe, Ferry Dues, 4 PORT L.J. 7 (2010).",
            "OFFICE OF PORTS, REVIEW OF HARBOUR FEES 4 (2012) [hereinafter HARBOUR FEES REPORT].",
            "Tomas Erl, A Theory of Dues 8 (1999).",
            "See HARBOUR FEES REPORT, supra note 4, at 22.",
        ])
        let report = try #require(CitationFixture.authority(essay, "3"))
        #expect(CitationFixture.authority(essay, "5")?.id == report.id)
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "22")
    }

    @Test("`Lindqvist, supra note 2` where note 2 cites another work and Lindqvist wrote one earlier work: that one")
    func authorElsewhere() throws {
        let essay = try CitationFixture.essay([
            "Eva Lindqvist, Open Waters, 9 SEA L. REV. 200 (2005).",
            "Carl Dunn, Tariffs, 12 YALE L.J. 100, 104 (2001).",
            "See Lindqvist, supra note 2, at 210.",
        ])
        #expect(CitationFixture.authority(essay, "3")?.id == CitationFixture.authority(essay, "1")?.id)
    }

    @Test("a name no earlier work has, pointing at a note of one other work: unresolved, never that work")
    func nameNowhere() throws {
        let essay = try CitationFixture.essay([
            "Carl Dunn, Tariffs, 12 YALE L.J. 100, 104 (2001).",
            "See Dora Kemp & Ivo Strand, supra note 1, at 8.",
        ])
        #expect(CitationFixture.citations(essay, "2").first?.authorityID == nil)
        #expect(essay.diagnostics.contains { $0.message.contains("check the name or the note number") })
    }

    @Test("`See Roe, supra note 1.` where note 1 cites two works by Roe: unresolved, naming both, pinpoint or not")
    func twoWorksOfOneAuthor() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Closing the Docket, 3 PORT L.J. 10 (2011); Ann Roe, Opening the Docket, 4 PORT L.J. 20 (2012).",
            "See Roe, supra note 1.",
            "Roe, supra note 1, at 12.",
        ])
        let cited = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(cited.count == 2)
        // Which of the two is meant is not said: a wrong work costs more than none.
        #expect(CitationFixture.citations(essay, "2").compactMap(\.authorityID).isEmpty)
        #expect(CitationFixture.citations(essay, "3").first?.authorityID == nil)
        #expect(essay.diagnostics.contains { $0.message.contains("matches several of the works") && cited.allSatisfy($0.message.contains) })
    }
}
