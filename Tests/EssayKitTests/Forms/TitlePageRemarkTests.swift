import Testing
@testable import EssayKit

@Suite("A report's page before its date or short name, and its address before an archived copy")
struct TitlePageRemarkTests {
    @Test("`TITLE 8, (Sept. 1, 2021)`: the comma slipped in before the date leaves the page the pinpoint")
    func strayCommaBeforeDate() throws {
        let essay = try CitationFixture.essay([
            "WIDGET INSTITUTE, WIDGET NEEDS IN THE UNITED STATES 8, (Sept. 1, 2021) [hereinafter WIDGET NEEDS], https://example.org/widgets.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.title == "WIDGET NEEDS IN THE UNITED STATES")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "8")
    }

    @Test("`TITLE 5, [hereinafter SHORT] https://... [https://perma.cc/...]`: the page, the short name and the address, parted by a line break")
    func pageBeforeShortNameAndArchivedAddress() throws {
        let essay = try CitationFixture.essay([
            "WIDGET SERVS. CORP., FY 2025 WIDGET REQUEST 5, [hereinafter FY 2025 WIDGET REQUEST] https://example.org/s /widget2025 [https://perma.cc/AAAA-BBBB].",
            "FY 2025 WIDGET REQUEST, supra note 1, at 4.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.title == "FY 2025 WIDGET REQUEST")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "5")
        #expect(CitationFixture.authority(essay, "2")?.id == report.id)
    }
}

@Suite("A site's name in capitals with its address after it, the comma left out")
struct CapitalsSiteAddressTests {
    @Test("`Title, SITE NAME https://... (last visited ...)`: a page cited by title, site and address")
    func capitalsNameBeforeAddress() throws {
        let essay = try CitationFixture.essay([
            "All Caps, PRACTICAL WIDGETRY https://practicalwidgetry.example/all-caps.html (last visited Feb. 9, 2019).",
        ])
        let page = try #require(CitationFixture.authority(essay, "1"))
        // Two capitalised words before the site read as a name, as `Jane Roe, SITE` would.
        #expect(page.title == "All Caps" || page.authors == ["All Caps"])
        #expect(page.url == "https://practicalwidgetry.example/all-caps.html")
    }
}
