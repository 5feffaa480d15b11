import Testing
@testable import EssayKit

@Suite("`[61](b)`: a paragraph and its sub-paragraph, not a Markdown link")
struct ParagraphSubdivisionLinkTests {
    @Test("a number in brackets and a letter in parentheses stay text; a real link stays a link")
    func paragraphNotLink() throws {
        let essay = try Fixture.essay("# T\n\nSee the ruling at [61](b) and [the site](https://example.org/a).\n")
        let rich = try #require(essay.sections.first?.blocks.first?.content)
        #expect(rich.text == "See the ruling at [61](b) and the site.")
        #expect(rich.spans.count == 1)
    }

    @Test("the rule: digits, then a few lower-case letters or digits")
    func rule() {
        #expect(ParagraphSubdivisionLink.isPlace(Array("61".utf8)[...], Array("b".utf8)[...]))
        #expect(ParagraphSubdivisionLink.isPlace(Array("4.07".utf8)[...], Array("iii".utf8)[...]))
        #expect(!ParagraphSubdivisionLink.isPlace(Array("61".utf8)[...], Array("#fn61".utf8)[...]))
        #expect(!ParagraphSubdivisionLink.isPlace(Array("note".utf8)[...], Array("b".utf8)[...]))
    }
}
