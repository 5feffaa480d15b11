import EssayKit
import Foundation
import Testing

@Suite("The README's example of each format reads as the README says")
struct FormatExampleTests {
    /// The code blocks of the README's "Formats legit reads" part, in order, each as an essay.
    static func examples() throws -> [Essay] {
        let readme = try String(contentsOf: Fixture.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "## Formats legit reads"))
        let end = try #require(readme.range(of: "\n## ", range: start.upperBound..<readme.endIndex))
        let part = readme[start.upperBound..<end.lowerBound]
        return try part.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map { _, block in
            let text = block.drop { $0 == "\n" }
            // A plain-text page dump writes its form feeds as `\f` and keeps its own first page as the title.
            if text.contains("\\f") { return try Fixture.essay(text.replacingOccurrences(of: "\\f", with: "\u{0C}")) }
            return try Fixture.essay(text.hasPrefix("---\ntitle") ? String(text) : "# Example\n\n" + text)
        }
    }

    @Test func eachExampleReadsAsTheReadmeSays() throws {
        let essays = try Self.examples()
        try #require(essays.count == 10)
        // A PDF conversion with footnote blocks: a note's tail opens the next block.
        #expect(essays[0].footnotes.map(\.label) == ["3", "4"])
        #expect(essays[0].footnote("3")?.content.text.hasSuffix("which runs on to the next page's foot.") == true)
        #expect(essays[0].sections.flatMap(\.blocks).map(\.content.text)
            == ["It was “the exercise of raw judicial power,” and it sparked a national controversy."])
        // Notes quoted at the page's foot, a rule above them, a page number below.
        #expect(essays[1].footnotes.map(\.content.text) == ["Roe v. Wade , 410 U. S. 113, 163 (1973)."])
        #expect(essays[1].sections.flatMap(\.blocks).count == 1)
        // A PDF converted to plain text: the title from the first page, marks glued to punctuation, numbers kept.
        #expect(essays[2].title == "Timber Import Certification: Program Overview and Issues for Congress")
        #expect(essays[2].footnotes.map(\.label) == ["1", "2"])
        #expect(essays[2].footnotes.allSatisfy { !$0.citedBy.isEmpty })
        #expect(essays[2].footnote("1")?.content.text.hasSuffix("https://www.doi.example.gov/trade/ticp.") == true)
        #expect(essays[2].sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ").contains("Section 5.2 of the rule"))
        // A law review converted to plain text: notes `N. text` at the page's foot, the next page's heads gone.
        #expect(essays[3].footnotes.map(\.label) == ["1", "2"])
        #expect(essays[3].footnotes.allSatisfy { !$0.citedBy.isEmpty })
        let lawReview = essays[3].sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ")
        #expect(lawReview.contains("The State appealed, and the appeal was heard in May."))
        #expect(!lawReview.contains("NORTHERN") && !lawReview.contains("Vol.") && !lawReview.contains("Doe v. Roe"))
        // Markdown with front matter, a heading with an attribute, a definition and its second paragraph.
        #expect(essays[4].title == "Towards a More Agile Government")
        #expect(essays[4].author == "Benjamin J. Balter")
        #expect(essays[4].sections.map(\.displayTitle) == ["I. Background"])
        #expect(essays[4].footnote("2")?.content.text.hasSuffix("319, 373 (2005). A second paragraph of the note, indented.") == true)
        // A Pandoc inline note.
        #expect(essays[5].footnote("1")?.content.text == "Book Author, Book Title 10 (4th ed. 2021).")
        #expect(essays[5].sections.first?.blocks.first?.content.text == "A book. And more.")
        // Notes as a Jekyll site's Liquid tags: the tags are no text, the entity is decoded.
        #expect(essays[6].footnotes.map(\.label) == ["1"])
        #expect(essays[6].footnote("1")?.content.text == "46 U.S.C. § 4102(b).")
        #expect(essays[6].sections.flatMap(\.blocks).map(\.content.text) == ["Boards must post fares in plain language."])
        // A web edition with Word's anchors.
        #expect(essays[7].footnote("1")?.content.text == "Remarks by President Biden, White House (July 9, 2021).")
        #expect(essays[7].footnote("1")?.citedBy.count == 1)
        // A web page whose HTML names its notes: a list item with the note's id, inline HTML as text.
        #expect(essays[8].footnotes.map(\.label) == ["1"])
        #expect(essays[8].footnote("1")?.content.text == "See Roe v. Doe, 123 F.3d 456, 460 (9th Cir. 1999); 76 Va. L. Rev. 1023 (1990).")
        #expect(essays[8].footnote("1")?.citedBy.count == 1)
        // A web page through `pandoc -t markdown`: a fenced div per note, attributes no text.
        #expect(essays[9].footnotes.map(\.label) == ["1"])
        #expect(essays[9].footnote("1")?.content.text == "Pike v. Lowe, 31 U.S. 210, 214 (1832).")
        #expect(essays[9].footnote("1")?.citedBy.count == 1)
        #expect(essays[9].sections.first?.blocks.first?.content.text == "Rivers were held common.")
    }
}
