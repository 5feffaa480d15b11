import Testing
@testable import EssayKit

@Suite("Chapters in a book cited before, and declared names spelled otherwise")
struct ChapterSupraPinpointTests {
    @Test("`Title, in BOOK, supra note N, at FIRST, PIN`: the pin is the second page; a lone page is the chapter's first")
    func chapterPages() throws {
        let essay = try CitationFixture.essay([
            "Ravi Doe, Courts and Clerks, in BIG BOOK OF COURTS 1, 5 (Ed Ames ed., 2001) [hereinafter BIG BOOK].",
            "Ann Lo, Other Chapter, in BIG BOOK, supra note 1, at 141, 146.",
            "Sam Ode, Third Chapter, in BIG BOOK, supra note 1, at 200.",
            "BIG BOOK, supra note 1, at 20.",
        ])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "146")
        #expect(CitationFixture.only(essay, "3")?.authorityID != nil)
        #expect(CitationFixture.only(essay, "3")?.pinpoint == nil)
        let book = try #require(CitationFixture.authority(essay, "4"))
        #expect(book.title == "BIG BOOK OF COURTS")
    }

    @Test("`Title, in PROCEEDINGS FIRST-LAST (year)`: the span is the chapter's extent, no pinpoint")
    func chapterSpan() throws {
        let essay = try CitationFixture.essay([
            "Al Bo, Things Paper, in 2019 Proc. Conf. on Things 33-41 (2019).",
            "Al Bo, Other Paper, in 2019 Proc. Conf. on Things 50, 52 (2019).",
        ])
        #expect(CitationFixture.only(essay, "1")?.authorityID != nil)
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "52")
    }

    @Test("`ECOURTS REPORT, supra note N` for `[hereinafter E-COURTS REPORT]`: hyphens and spaces aside, in any earlier note")
    func declaredNameSpelledOtherwise() throws {
        let essay = try CitationFixture.essay([
            "Fed. Jud. Ctr., Electronic Courts Report 12 (2019) [hereinafter E-COURTS REPORT].",
            "Jane Roe, A Title, 12 Yale L.J. 100 (2001).",
            "ECOURTS REPORT, supra note 1, at 14.",
            "E-Courts Report, supra note 2, at 15.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "3")?.authorityID == report.id)
        #expect(CitationFixture.only(essay, "4")?.authorityID == report.id)
    }
}
