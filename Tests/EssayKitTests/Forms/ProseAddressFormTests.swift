import Testing
@testable import EssayKit

@Suite("The author's sentence that points at addresses")
struct ProseAddressFormTests {
    @Test("each address after `available at`, `found at` is a page cited")
    func addresses() throws {
        let essay = try CitationFixture.essay([
            "See the guidance of the ministry that is available at <http://example.org/guidance.pdf>.",
            "Further background can be found at <https://example.org/a.html> and <https://example.org/b.html>.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.url == "http://example.org/guidance.pdf")
        let pages = CitationFixture.citations(essay, "2").compactMap(\.authorityID).compactMap { essay.authority($0)?.url }
        #expect(pages == ["https://example.org/a.html", "https://example.org/b.html"])
    }

    @Test("after a semicolon, an address is where the work before it can be read")
    func notAWork() throws {
        let essay = try CitationFixture.essay([
            "OLG Köln, 2009 MMR 44; an English translation is available at <http://example.org/t.pdf>.",
            "LG Kiel, 2010 CR 1; available at <http://example.org/k.pdf>.",
        ])
        #expect(CitationFixture.citations(essay, "1").count == 1)
        #expect(CitationFixture.citations(essay, "2").count == 1)
    }
}
