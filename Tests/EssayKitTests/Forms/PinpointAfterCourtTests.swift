import Testing
@testable import EssayKit

@Suite("A pinpoint after a case's court and year, as NZ and Australian styles print it")
struct PinpointAfterCourtTests {
    @Test("`(4th Cir 2010) at 461`: the page is the pinpoint, not commentary")
    func afterCourt() throws {
        let essay = try CitationFixture.essay(["Riley v Ostrow 612 F 3d 455 (4th Cir 2010) at 461."])
        let citation = try #require(CitationFixture.only(essay, "1"))
        #expect(citation.pinpoint?.text == "461")
    }

    @Test("a pinpoint before the court stays the one; words after the court stay commentary")
    func earlierPinpointKept() throws {
        let essay = try CitationFixture.essay([
            "Riley v. Ostrow, 612 F.3d 455, 458 (4th Cir. 2010).",
            "Riley v Ostrow 612 F 3d 455 (4th Cir 2010) at the end of its opinion.",
        ])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "458")
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
    }
}
