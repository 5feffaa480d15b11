import Testing
@testable import EssayKit

@Suite("A supra that prints the case's report again")
struct SupraRepeatedReportTests {
    @Test("Name, supra, VOL REPORTER PAGE, PIN: the page after the first is the place cited")
    func pageAfterTheFirst() throws {
        let essay = try CitationFixture.essay([
            "*Quill Farms v. Dorrit Mills* (1968) 69 Cal. 2d 33, 69 Cal. Rptr. 561, 442 P.2d 641.",
            "*Quill Farms v. Dorrit Mills*, *supra*, 69 Cal. 2d 33, 36, 69 Cal. Rptr. 561, 442 P.2d 641.",
            "*Quill Farms v. Dorrit Mills*, *supra*,69 Cal. 2d 33, 39, fn. 6, 69 Cal. Rptr. 561 and cases cited.",
            "*Quill Farms v. Dorrit Mills*, *supra*, 69 Cal. 2d 33, 69 Cal. Rptr. 561.",
        ])
        let first = try #require(CitationFixture.citations(essay, "1").first?.authorityID)
        let second = CitationFixture.citations(essay, "2")
        // One citation, not a supra and the report again as a second.
        #expect(second.count == 1)
        #expect(second.first?.authorityID == first)
        #expect(second.first?.pinpoint?.text == "36")
        let third = CitationFixture.citations(essay, "3")
        #expect(third.first?.authorityID == first)
        #expect(third.first?.pinpoint?.text == "39, fn. 6")
        // The report alone, with no page after the first: the case, no place.
        let fourth = CitationFixture.citations(essay, "4")
        #expect(fourth.count == 1)
        #expect(fourth.first?.authorityID == first)
        #expect(fourth.first?.pinpoint == nil)
    }

    @Test("supra, at PIN keeps its reading")
    func atPageUnchanged() throws {
        let essay = try CitationFixture.essay([
            "*Quill Farms v. Dorrit Mills*, 69 Cal. 2d 33 (1968).",
            "*Quill Farms*, *supra*, at 37.",
        ])
        let first = try #require(CitationFixture.citations(essay, "1").first?.authorityID)
        #expect(CitationFixture.citations(essay, "2").first?.authorityID == first)
        #expect(CitationFixture.citations(essay, "2").first?.pinpoint?.text == "37")
    }
}
