import Testing
@testable import EssayKit

@Suite("German official reports by volume and page")
struct OfficialReportFormTests {
    @Test("volume, report, first page and pinpoint, in English and in German order")
    func bothOrders() throws {
        let essay = try CitationFixture.essay(["110 BGHZ 60, 62.", "BVerfGE 65, 1 (43).", "110 BGHZ 60, 64."])
        let bgh = try #require(CitationFixture.authority(essay, "1"))
        #expect(bgh.kind == .case)
        #expect(bgh.volume == "110")
        #expect(bgh.container == "BGHZ")
        #expect(bgh.firstPage == "60")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "62")
        let court = try #require(CitationFixture.authority(essay, "2"))
        #expect(court.container == "BVerfGE")
        #expect(court.volume == "65")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "43")
        #expect(CitationFixture.only(essay, "3")?.authorityID == bgh.id)
    }
}
