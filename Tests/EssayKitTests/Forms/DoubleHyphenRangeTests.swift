import Testing
@testable import EssayKit

/// Ranges written with two hyphens, as LaTeX sources and Pandoc's Markdown write an en dash.
@Suite("Pinpoint ranges with a double hyphen")
struct DoubleHyphenRangeTests {
    @Test("a page range with -- is one range, in a full citation and after Id.")
    func pages() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, *Widget Markets*, 12 YALE L.J. 100, 122--23 (2001).",
            "*Id.* at 13032--33.",
        ])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "122--23")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "13032--33")
    }

    @Test("a paragraph range with -- is one range")
    func paragraphs() throws {
        let essay = try CitationFixture.essay(["Roe v Widgetco, 2016 FC 302 at paras 5--6."])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "paras 5--6")
    }
}
