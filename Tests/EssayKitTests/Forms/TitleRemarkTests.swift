import Testing
@testable import EssayKit

@Suite("A title that ends in a capitalised parenthesis")
struct TitleRemarkTests {
    @Test("`Title (Form 12/3 Series)` and `... Boards (WRBs)` keep the parenthesis; a date, a short name or an explanation does not join the title")
    func capitalisedRemarkEndsTheTitle() throws {
        let essay = try CitationFixture.essay([
            "Widget Agency Instruction 2210.4, Record of Widget Service (WA Form 12/3 Series), at https://example.gov/2210p4.pdf.",
            "Widget Agency Directive 2210.9, Boards for Widget Records (BWRs) and Widget Review Boards (WRBs), at https://example.gov/2210p9.pdf.",
            "Jane Roe, Widget Markets (2019), https://example.com/markets.",
            "Jane Roe, Widget Prices (on file with the author), https://example.com/prices.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title.hasSuffix("Record of Widget Service (WA Form 12/3 Series)") == true)
        #expect(CitationFixture.authority(essay, "2")?.title.hasSuffix("Widget Review Boards (WRBs)") == true)
        #expect(CitationFixture.authority(essay, "3")?.title.hasSuffix("Widget Markets") == true)
        #expect(CitationFixture.authority(essay, "4")?.title.hasSuffix("Widget Prices") == true)
    }
}
