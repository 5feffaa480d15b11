import Testing
@testable import EssayKit

@Suite("Press releases")
struct PressReleaseFormTests {
    @Test("a press release is the body's document titled by every field after the body, commas and all")
    func release() throws {
        let essay = try CitationFixture.essay([
            "Press Release, U.S. Dep't of Widgets, Current and Former Riverton, Iowa Widget Inspectors Charged with Federal Crimes (Aug. 4, 2022), https://www.example.gov/opa/pr/riverton-inspectors-charged.",
            "See News Release, Widget Safety Comm'n, Agency Recalls Gadgets (May 1, 2021).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .document)
        #expect(first.authors == ["U.S. Dep't of Widgets"])
        #expect(first.title == "Current and Former Riverton, Iowa Widget Inspectors Charged with Federal Crimes")
        #expect(first.year == 2022)
        #expect(first.url == "https://www.example.gov/opa/pr/riverton-inspectors-charged")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.authors == ["Widget Safety Comm'n"])
        #expect(second.title == "Agency Recalls Gadgets")
    }
}
