import Testing
@testable import EssayKit

@Suite("A pinpoint after a parallel report")
struct LaterReportPinpointTests {
    @Test("with none on the first report, the page after the parallel report is the citation's pinpoint")
    func pinpointOnLaterReport() throws {
        let essay = try CitationFixture.essay([
            "Dorn v. Tally Mills, Inc., 212 Pa. Super. 101, 301 A.2d 455, 458–59 (1974).",
            "Ash & Co. v. Birch, 280 Ala. 17, 300 So. 2d 620, 623 (Ala. 1975).",
            "Id. at 624.",
        ])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "458–59")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "623")
        #expect(CitationFixture.authority(essay, "3")?.id == CitationFixture.authority(essay, "2")?.id)
    }

    @Test("a pinpoint on the first report stays the pinpoint; the parallel's page is its own")
    func firstReportKeepsItsPinpoint() throws {
        let essay = try CitationFixture.essay(["Dorn v. Tally Mills, Inc., 212 Pa. Super. 101, 104, 301 A.2d 455, 458 (1974)."])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "104")
    }

    @Test("a parallel report with no page after it gives no pinpoint")
    func noPinpoint() throws {
        let essay = try CitationFixture.essay(["Dorn v. Tally Mills, Inc., 212 Pa. Super. 101, 301 A.2d 455 (1974)."])
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
    }
}
