import Testing
@testable import EssayKit

/// Pages in a sentence of their own after a citation (`..., https://example.org/s.pdf. See pp. 1-2.`)
/// are where the work just cited is relied on, when its citation gave no pinpoint.
@Suite("Pages alone after a citation")
struct PagesAloneTests {
    @Test("`See pp. 1-2.` after a citation without pages gives it its pinpoint")
    func pagesAfterCitation() throws {
        let essay = try CitationFixture.essay([
            "Widget Board, \"Widget Statement,\" July 11, 2022, https://example.org/w.pdf. See pp. 1-2.",
            "Widget Board, \"Gadget Statement,\" July 12, 2022, p. 7, https://example.org/g.pdf. See p. 9.",
            "See pp. 3-4.",
        ])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "pp. 1-2")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. 7", "a citation's own pages stand")
        #expect(CitationFixture.citations(essay, "3").isEmpty, "pages with no work before them cite nothing")
    }
}
