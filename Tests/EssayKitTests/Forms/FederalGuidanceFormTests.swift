import Testing
@testable import EssayKit

@Suite("Federal guidance and the Congressional Record")
struct FederalGuidanceFormTests {
    @Test("IRS notices, revenue procedures and publications are documents by their number; a later mention is the same work")
    func irsGuidance() throws {
        let essay = try CitationFixture.essay([
            "IRS Notice 2025-68, \"Widget Credits,\" December 2025.",
            "Rev. Proc. 2024-1.",
            "IRS Publication 590-B.",
            "See IRS Notice 2025-68.",
            "IRS staff answered the question in 2020.",
        ])
        let notice = try #require(CitationFixture.authority(essay, "1"))
        #expect(notice.documentNumber == "Notice 2025-68")
        #expect(notice.title == "Widget Credits")
        #expect(CitationFixture.authority(essay, "2")?.documentNumber == "Rev. Proc. 2024-1")
        #expect(CitationFixture.authority(essay, "3")?.documentNumber == "Publication 590-B")
        #expect(CitationFixture.authority(essay, "4")?.id == notice.id)
        #expect(CitationFixture.citations(essay, "5").isEmpty)
    }

    @Test("the Congressional Record is one work a volume and page, its page the pinpoint")
    func congressionalRecord() throws {
        let essay = try CitationFixture.essay([
            "Congressional Record, daily edition, vol. 171 (March 2025), p. S1413.",
            "Congressional Record, daily edition, vol. 171 (February 2025), p. H845.",
            "Congressional Record, daily edition, vol. 171 (March 2025), p. S1413.",
        ])
        let record = try #require(CitationFixture.authority(essay, "1"))
        #expect(record.volume == "171")
        #expect(record.firstPage == "S1413")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p. S1413")
        #expect(CitationFixture.authority(essay, "2")?.id != record.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. H845")
        #expect(CitationFixture.authority(essay, "3")?.id == record.id)
    }
}
