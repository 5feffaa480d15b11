import Testing
@testable import EssayKit

@Suite("An address field led by at")
struct AddressFieldTests {
    @Test("policy writing's `Body, Title, Date, at https://...` is a full citation of the page at that address")
    func bareAtAddress() throws {
        let essay = try CitationFixture.essay([
            "Federal Widget Agency, Widget Safety Resources, at https://widgets.example.gov/safety/.",
            "Jane Doe, “Widgets in the Field,” Widget Weekly, March 3, 2022, at https://weekly.example.com/2022/widgets.html.",
            "See Widget Agency Instruction 4410.2, Widget Handling, pp. 12–14, at https://widgets.example.gov/4410p2.pdf.",
            "Widget makers met at the capital in spring.",
        ])
        let resources = try #require(CitationFixture.authority(essay, "1"))
        #expect(resources.url == "https://widgets.example.gov/safety/")
        let article = try #require(CitationFixture.authority(essay, "2"))
        #expect(article.authors == ["Jane Doe"])
        #expect(article.url == "https://weekly.example.com/2022/widgets.html")
        let instruction = try #require(CitationFixture.only(essay, "3"))
        #expect(instruction.pinpoint?.text == "pp. 12–14")
        #expect(CitationFixture.authority(essay, "3")?.title.contains("4410.2") == true)
        #expect(CitationFixture.citations(essay, "4").isEmpty)
    }
}
