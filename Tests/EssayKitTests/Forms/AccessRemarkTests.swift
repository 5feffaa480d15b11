import Testing
@testable import EssayKit

@Suite("Access and download remarks")
struct AccessRemarkTests {
    @Test("a download remark after a semicolon or a comma is part of the one work, with the address after it")
    func remarks() throws {
        let essay = try CitationFixture.essay([
            "Widget Agency, Monthly Widget Data; data downloaded on February 19, 2025, https://www.widgetagency.example/data.",
            "Gadget Bureau, Gadget Survey Tables, downloaded on July 31, 2024, https://www.gadgets.example/survey.",
            "Gizmo Office, Gizmo Counts, accessed March 3, 2023.",
        ])
        let data = try #require(CitationFixture.authority(essay, "1"))
        #expect(data.authors == ["Widget Agency"])
        #expect(data.title == "Monthly Widget Data")
        #expect(data.url == "https://www.widgetagency.example/data")
        let survey = try #require(CitationFixture.authority(essay, "2"))
        #expect(survey.title == "Gadget Survey Tables")
        #expect(survey.year == 2024)
        #expect(CitationFixture.authority(essay, "3")?.title == "Gizmo Counts")
    }

    @Test("`Data available at` and an address in the next sentence give the address of the work just cited")
    func availableAt() throws {
        let essay = try CitationFixture.essay([
            "Gadget Bureau, Gadget Survey Tables, downloaded on July 31, 2024. Data available at https://www.gadgets.example/survey.",
        ])
        let survey = try #require(CitationFixture.authority(essay, "1"))
        #expect(survey.title == "Gadget Survey Tables")
        #expect(survey.url == "https://www.gadgets.example/survey")
    }
}
