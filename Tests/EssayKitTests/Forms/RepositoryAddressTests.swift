import Testing
@testable import EssayKit

/// A working paper cited by the repository that holds it and its address, with no comma between
/// (`Title, SSRN https://...`): the address is the paper's, not the end of its title.
@Suite("Repository before an address")
struct RepositoryAddressTests {
    @Test("`SSRN https://...` after the title is the paper's address")
    func ssrnAddress() throws {
        let essay = try CitationFixture.essay([
            "Ann Able, Widget Markets, SSRN https://example.org/abstract=1234567 (2031).",
        ])
        let paper = try #require(CitationFixture.authority(essay, "1"))
        #expect(paper.title == "Widget Markets")
        #expect(paper.url == "https://example.org/abstract=1234567")
        #expect(paper.year == 2031)
    }

    @Test("`arXiv: https://...`, with a colon, too")
    func colonAndProse() throws {
        let essay = try CitationFixture.essay([
            "Bo Best, Gadget Learning, arXiv: https://example.org/abs/2101.00001 (2031).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Gadget Learning")
        #expect(CitationFixture.authority(essay, "1")?.url == "https://example.org/abs/2101.00001")
    }
}
