import Testing
@testable import EssayKit

/// Shapes of policy-style notes around their citations: a sentence in parentheses between two
/// citations, a title ending in a question mark with no comma, a thousands separator in prose, an
/// address after a page's period, and a quoted title with no author.
@Suite("Policy note shapes")
struct PolicyNoteShapesTests {
    @Test("a sentence in parentheses ends where they close, and the citation after it is read")
    func sentenceInParentheses() throws {
        let essay = try CitationFixture.essay([
            "See Ann Able, Widget Markets, Widget Bureau, October 2021, https://example.org/w1. (It is not clear whether this holds.) See also Widget Watch, \"2025 Widget Trends,\" January 15, 2025, https://example.org/w2.",
        ])
        let titles = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.title }
        #expect(titles.count == 2)
        #expect(titles.first?.hasPrefix("Widget Markets") == true)
        #expect(titles.last == "2025 Widget Trends")
    }

    @Test("a quoted title ending in a question mark goes on to its journal")
    func questionTitle() throws {
        let essay = try CitationFixture.essay([
            "L. Dee and A. Eng, \"Could Widgets Push Prices Above 2 °C?\" Widget Letters, vol. 9 (September 2019), pp. 656-657.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "Could Widgets Push Prices Above 2 °C?")
        #expect(article.volume == "9")
    }

    @Test("a number with a thousands separator in prose is no citation")
    func thousands() throws {
        let essay = try CitationFixture.essay(["Total widget demand was 3,900 TWh in 2023. Widget Bureau, \"Widget Use,\" 2024, https://example.org/use."])
        let titles = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.title }
        #expect(titles == ["Widget Use"])
    }

    @Test("a page closed by a period before the address is the pinpoint; a broken address is no prose")
    func addressAfterPage() throws {
        let essay = try CitationFixture.essay([
            "Widget House, Office of Widget Policy, Widget Implications, September 2022, p. 7. https://example.gov/report.pdf.",
            "Widget Institute, Widget Center, \"Widget Cryptography,\" January 3, 2017, https:/example.gov/projects/widgets.",
        ])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p. 7")
        #expect(CitationFixture.authority(essay, "2")?.title == "Widget Cryptography")
    }

    @Test("a quoted title with no author after another author's article takes no author from it")
    func noImpliedAuthor() throws {
        let essay = try CitationFixture.essay([
            "Ann Able, \"Widget Energy,\" Widget Journal, vol. 10 (November 2024), p. e39765; \"From Widgets to Gadgets,\" Gadget Journal, vol. 11, no. 45 (November 2023), https://doi.org/10.1/x.",
        ])
        let works = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(works.map(\.title) == ["Widget Energy", "From Widgets to Gadgets"])
        #expect(works.last?.authors == [])
        #expect(CitationFixture.citations(essay, "1").first?.pinpoint == nil)
    }
}
