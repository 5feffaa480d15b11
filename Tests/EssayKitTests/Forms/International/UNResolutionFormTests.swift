import Testing
@testable import EssayKit

@Suite("UN resolutions as OSCOLA cites them")
struct UNResolutionFormTests {
    @Test("the organ and number, the date, the symbol and the paragraph")
    func resolution() throws {
        let essay = try CitationFixture.essay([
            "UNGA Res 45/26 (10 December 1990) UN Doc A/RES/45/26.",
            "UNGA Res 72/2, UN Doc A/RES/72/2 (3 October 2017) para 7.",
            "UNSC Res 1399 (28 September 2001).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .resolution)
        #expect(first.documentNumber == "45/26")
        #expect(first.year == 1990)
        #expect(CitationFixture.authority(essay, "2")?.documentNumber == "72/2")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "para 7")
        #expect(CitationFixture.authority(essay, "3")?.documentNumber == "1399")
    }

    @Test("the same resolution in OSCOLA and in the Bluebook's form is one work")
    func sameResolution() throws {
        let essay = try CitationFixture.essay([
            "UNGA Res 45/26 (10 December 1990).",
            "G.A. Res. 45/26 (Dec. 10, 1990).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == first.id)
    }
}
