import Testing
@testable import EssayKit

@Suite("Journal articles as Chicago notes cite them")
struct ChicagoArticleFormTests {
    @Test("volume, issue, date and pages after a colon; a range then a page gives the first page and the page cited")
    func volumeIssueAndPages() throws {
        let essay = try CitationFixture.essay([
            "Mara Quint, \"The Shape of Harbour Law,\" *Coastal Law Journal* 12, no. 3 (2019): 45–67, 50.",
            "See Ivo Sand and Pia Lund, “Quiet Waters,” Maritime Policy Review 8, no. 2 (Spring 2015): 101-130.",
            "Ola Berg, \"Tolls on Rivers,\" River Law Quarterly 41 (2008): 233.",
            "Tara Holm, \"Wharf Leases,\" Journal of Dock Studies 38.1 (2011): 105-123, at 110, https://doi.org/10.1000/dock.1.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .article)
        #expect(first.title == "The Shape of Harbour Law")
        #expect(first.authors == ["Mara Quint"])
        #expect(first.container == "Coastal Law Journal")
        #expect(first.volume == "12")
        #expect(first.firstPage == "45")
        #expect(first.year == 2019)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "50")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.authors == ["Ivo Sand", "Pia Lund"])
        #expect(second.container == "Maritime Policy Review")
        #expect(second.year == 2015)
        #expect(second.firstPage == "101")
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
        let third = try #require(CitationFixture.authority(essay, "3"))
        #expect(third.volume == "41")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "233")
        let fourth = try #require(CitationFixture.authority(essay, "4"))
        #expect(fourth.volume == "38")
        #expect(fourth.firstPage == "105")
        #expect(fourth.url == "https://doi.org/10.1000/dock.1")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "110")
    }

    @Test("a title ending in a question mark, the comma after a single-quoted title")
    func titleMarks() throws {
        let essay = try CitationFixture.essay([
            "Ada Roe, \"Why Ports?\" Harbour Review 9, no. 1 (2001): 7.",
            "Eve Hart, ‘Berths and Bonds’, Port Studies 3, no. 4 (May 2010): 12–30, 14.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Why Ports?")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "7")
        #expect(CitationFixture.authority(essay, "2")?.title == "Berths and Bonds")
        #expect(CitationFixture.authority(essay, "2")?.container == "Port Studies")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "14")
    }

    @Test("a Commonwealth article, a Bluebook article and a sentence with a colon are no Chicago article")
    func otherShapes() throws {
        let essay = try CitationFixture.essay([
            "Tara Holm, \"Quiet Harbours\" (2016) 44:3 Dal LJ 310 at 322.",
            "Ann Roe, The Dock Rule, 12 Harb. L. Rev. 45, 50 (2019).",
            "The court (in 2019): 45 ships were held.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.container == "Dal LJ")
        #expect(CitationFixture.authority(essay, "2")?.container != "The Dock Rule")
        #expect(CitationFixture.citations(essay, "3").isEmpty)
    }
}
