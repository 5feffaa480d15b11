import Testing
@testable import EssayKit

@Suite("Journal articles as Chicago notes cite them")
struct ChicagoArticleFormTests {
    @Test("volume, issue, date and pages after a colon; a range then a page gives the first page and the page cited; a lone page is the first page")
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
        #expect(third.firstPage == "233")
        #expect(CitationFixture.only(essay, "3")?.pinpoint == nil)
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
        #expect(CitationFixture.authority(essay, "1")?.firstPage == "7")
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

    @Test("a lone page after the colon is the first page; a later page after it is the page cited")
    func firstPageThenPageCited() throws {
        let essay = try CitationFixture.essay([
            "Ada Moss, “Harbour Rules,” *Port Law Review* 12 (1990): 392.",
            "Lena Ito, “Docks and Dues,” *Quay Quarterly* 4 (1988): 11, 14.",
            "Ola Berg, \"Tolls,\" River Law Quarterly 41 (2008): 233, 240–42.",
            "Pia Lund, \"Quays,\" Dock Review 4, no. 1 (2018): 9, 1–16.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.firstPage == "392")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "2")?.firstPage == "11")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "14")
        #expect(CitationFixture.authority(essay, "3")?.firstPage == "233")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "240–42")
        // Pages that fall (an article's number, then its pages) are the places cited.
        #expect(CitationFixture.authority(essay, "4")?.firstPage == nil)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "9, 1–16")
    }

    @Test("a short form after a lone first page lands on the article with its own page")
    func shortFormAfterFirstPage() throws {
        let essay = try CitationFixture.essay([
            "Ada Moss, “Harbour Rules,” *Port Law Review* 12 (1990): 392.",
            "Moss, “Harbour Rules,” 398.",
            "Ibid., 401.",
        ])
        let article = try #require(CitationFixture.only(essay, "1")?.authorityID)
        #expect(CitationFixture.only(essay, "2")?.authorityID == article)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "398")
        #expect(CitationFixture.only(essay, "3")?.authorityID == article)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "401")
    }

    @Test("an article cited whole, with no pages: the volume is no pinpoint")
    func wholeArticle() throws {
        let essay = try CitationFixture.essay([
            "Ivo Sand, “Berths,” *Harbour Journal* 88 (1995).",
            "See Ann Roe, \"Wharves,\" 12 Harb. L. Rev. 45 (2019).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .article)
        #expect(first.title == "Berths")
        #expect(first.container == "Harbour Journal")
        #expect(first.volume == "88")
        #expect(first.firstPage == nil)
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        // A Bluebook article ends on its date too: its first page is no Chicago volume.
        #expect(CitationFixture.authority(essay, "2")?.firstPage == "45")
        #expect(CitationFixture.authority(essay, "2")?.container != "Harb. L. Rev. 45")
    }
}
