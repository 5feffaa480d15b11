import Testing
@testable import EssayKit

@Suite("Cases in reports cited by year and bracketed volume (South African Law Reports)")
struct YearVolumeReportFormTests {
    @Test("the name, year, (volume), series, page, court and a paragraph after the court")
    func lawReports() throws {
        let essay = try CitationFixture.essay([
            "Smith v Water Board 2014 (2) SA 455 (SCA) para 17.",
            "S v Poe 2001 (1) SACR 469 (SCA) at 475B.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(work.title == "Smith v Water Board")
        #expect(work.year == 2014)
        #expect(work.volume == "2")
        #expect(work.container == "SA")
        #expect(work.firstPage == "455")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "para 17")
        #expect(CitationFixture.authority(essay, "2")?.container == "SACR")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "475B")
    }

    @Test("an All SA report after a semicolon is the same case's parallel")
    func parallel() throws {
        let essay = try CitationFixture.essay(["Smith v Water Board 2014 (2) SA 455 (SCA); [2014] 1 All SA 22 (SCA)."])
        let citations = CitationFixture.citations(essay, "1")
        #expect(citations.count == 1)
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Smith v Water Board")
        #expect(work.parallelCitations.contains { $0.contains("All SA") })
    }

    @Test("a note citing the report alone, with the court and a paragraph")
    func reportAlone() throws {
        let essay = try CitationFixture.essay(["1996 (4) BCLR 449 (CC) para 8."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(work.container == "BCLR")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "para 8")
    }

    @Test("a year and a bracketed number in prose is no report")
    func prose() throws {
        let essay = try CitationFixture.essay(["In 2014 (2) new rules came in."])
        #expect(CitationFixture.authority(essay, "1")?.kind != .case)
    }
}
