import Testing
@testable import EssayKit

@Suite("A journal's volume label with a dated issue")
struct VolumeLabelTests {
    @Test("`vol. 41 (May 2019), pp. 10-30` is the article's volume and pages, not a pinpoint at 41")
    func datedVolumeIsNoPinpoint() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, \"Widget Markets,\" Journal of Widget Studies, vol. 41 (May 2019), pp. 10-30, https://doi.org/10.1/widgets.",
            "Jane Roe, \"Widget Markets,\" Journal of Widget Studies, vol. 41 (May 2019), pp. 10-30, p. 12.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.volume == "41")
        #expect(article.firstPage == "10")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. 12")
    }
}
