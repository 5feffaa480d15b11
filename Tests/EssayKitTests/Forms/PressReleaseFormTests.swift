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

    @Test("a body named over several fields of abbreviations is the author; the title starts at the first plain field")
    func bodyOverFields() throws {
        let essay = try CitationFixture.essay([
            "Press Release, Off. of Pub. Affs., U.S. Dep't of Widgets, Widget Department Finds Violations by Riverton, Iowa, Inspectors (Oct. 2, 2022), https://www.example.gov/pr/riverton.",
            "Press Release, U.S. Att'y's Off., Dist. of Minn., Iowa Man Sentenced for Arson (Aug. 5, 2021).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.authors == ["Off. of Pub. Affs., U.S. Dep't of Widgets"])
        #expect(first.title == "Widget Department Finds Violations by Riverton, Iowa, Inspectors")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.authors == ["U.S. Att'y's Off., Dist. of Minn."])
        #expect(second.title == "Iowa Man Sentenced for Arson")
    }
}
