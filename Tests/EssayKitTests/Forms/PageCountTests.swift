import Testing
@testable import EssayKit

@Suite("A page count is no pinpoint")
struct PageCountTests {
    @Test("`pp. 117` with one number, or `117 pp.`, where a work's length goes, is no pinpoint; a range is")
    func pageCount() throws {
        let essay = try CitationFixture.essay([
            "Widget Agency, Report on the Implementation of the Widget Program, April 2021, pp. 117, https://www.example.gov/widget-report.pdf.",
            "Widget Agency, Report on the Implementation of the Gadget Program, April 2021, 117 pp., https://www.example.gov/gadget-report.pdf.",
            "Widget Agency, Report on the Implementation of the Sprocket Program, April 2021, pp. 17-19, https://www.example.gov/sprocket-report.pdf.",
            "Widget Agency, Report on the Implementation of the Gear Program, April 2021, p. 17, https://www.example.gov/gear-report.pdf.",
        ])
        for label in ["1", "2"] {
            let citation = try #require(CitationFixture.only(essay, label))
            #expect(citation.pinpoint == nil)
            #expect(CitationFixture.authority(essay, label)?.url != nil)
        }
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "pp. 17-19")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "p. 17")
    }
}
