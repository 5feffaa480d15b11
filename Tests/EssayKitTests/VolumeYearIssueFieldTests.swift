import Testing
@testable import EssayKit

/// Articles as Central-European notes cite them: the journal's name and volume, the year, the issue
/// and the article's pages (`Review 12, 2019, no. 4, pp. 101–126`). Names and journals are invented.
@Suite("Journal, volume, year, issue and the article's pages")
struct VolumeYearIssueFieldTests {
    @Test("the page span after the year and issue is the article's place: its first page, no pinpoint")
    func pageSpanIsTheArticlesPlace() throws {
        let essay = try CitationFixture.essay([
            "K. Ostrowska, “Local grids and shared storage: a comparative view,” Baltic Energy Review 12, 2019, no. 4, pp. 101–126.",
            "See: T. Marek, “Local heat networks in practice,” Nordic Energy Law Quarterly 8, 2016, pp. 40–58.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.volume == "12")
        #expect(article.container == "Baltic Energy Review")
        #expect(article.firstPage == "101")
        #expect(article.year == 2019)
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.volume == "8")
        #expect(second.firstPage == "40")
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
    }

    @Test("a volume in a field of its own (`vol. 29`) is the journal's volume, not its name")
    func volumeFieldOfItsOwn() throws {
        let essay = try CitationFixture.essay([
            "Ada Lyle, “Tolls on the Quay,” Review of Harbour Economics, vol. 29, 2006, pp. 27-53.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.container == "Review of Harbour Economics")
        #expect(article.volume == "29")
        #expect(article.firstPage == "27")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
    }

    @Test("one page after the year is the page cited, and a journal with no volume is left as it was read")
    func onePageOrNoVolumeStaysAsBefore() throws {
        let essay = try CitationFixture.essay([
            "K. Ostrowska, “Local grids and shared storage,” Baltic Energy Review 12, 2019, no. 4, p. 110.",
            "A. Nowak, “Heat tariffs,” Quarterly of the Energy Institute, 2018, no. 41, pp. 77–90.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.firstPage != "110")
        #expect(CitationFixture.authority(essay, "2")?.firstPage != "77")
    }
}
