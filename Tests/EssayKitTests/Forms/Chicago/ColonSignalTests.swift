import Testing
@testable import EssayKit

@Suite("A signal closed by a colon, as humanities notes write it")
struct ColonSignalTests {
    @Test("`See, for example:` and `For example, see:` are signals; the author is the name after them")
    func colonClosesSignal() throws {
        let essay = try CitationFixture.essay([
            "See, for example: Ada Quill, *Harbor Lights* (Boston: Port Press, 2004), 12.",
            "For example, see: Ivo Sand, \"Dock Fees,\" Harbour Review 4, no. 2 (2010): 33.",
            "See: Tom Vale, *Ferries* (London: Bay Press, 1999), 7.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.authors == ["Ada Quill"])
        #expect(CitationFixture.authority(essay, "2")?.authors == ["Ivo Sand"])
        #expect(CitationFixture.authority(essay, "3")?.authors == ["Tom Vale"])
    }
}
