import Testing
@testable import EssayKit

/// The Congressional Record's bound edition, paged without a chamber's letter.
@Suite("Congressional Record, bound edition")
struct BoundRecordTests {
    @Test("a bound page, with or without its thousands comma, is the work's first page; the volume is kept")
    func boundPages() throws {
        let essay = try CitationFixture.essay([
            "See 139 Cong. Rec. 14,302 (June 3, 1993) (statement of Sen. Marlow).",
            "139 Cong. Rec. 2140, 2142 (1993).",
            "139 Cong. Rec. 14,302-03.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.volume == "139")
        #expect(first.firstPage == "14,302")
        #expect(first.year == 1993)
        #expect(first.authors == ["Marlow"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "14,302")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.firstPage == "2140")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "2142")
        #expect(CitationFixture.authority(essay, "3")?.id == first.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "14,302-03")
    }
}
