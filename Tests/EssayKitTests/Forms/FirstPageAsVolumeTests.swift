import Testing
@testable import EssayKit

@Suite("A case short form with the first page where the volume goes")
struct FirstPageAsVolumeTests {
    @Test("the case its name names that begins at that page, never a new case")
    func resolvesByNameAndFirstPage() throws {
        let essay = try CitationFixture.essay([
            "*Dove v. Lark*, 455 U.S. 212, 215 (1982).",
            "*Lark*, 212 U.S. at 219.",
            "*Vale*, 212 U.S. at 219.",
        ])
        let first = CitationFixture.authority(essay, "1")
        #expect(first != nil)
        #expect(CitationFixture.authority(essay, "2")?.id == first?.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "219")
        // Another name is no slip of this kind: a case of its own, as before.
        #expect(CitationFixture.authority(essay, "3")?.id != first?.id)
    }
}
