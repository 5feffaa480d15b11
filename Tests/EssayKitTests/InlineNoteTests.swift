@testable import EssayKit
import Testing

@Suite("Pandoc inline notes: ^[text]")
struct InlineNoteTests {
    @Test func inlineNotesAreNumberedInReadingOrder() throws {
        let essay = try Fixture.essay("""
            ---
            title: Supra Test
            author: Test Author
            ---

            # First Citations

            A book.^[Book Author, *Book Title* 10 (4th ed. 2021).] A chapter, with
            a note that runs over a line.^[*Id.* at 12; see [the site](https://x.org/a)
            for more.] And after it, the sentence goes on.

            - An item with a note.^[Third note.]
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "Book Author, Book Title 10 (4th ed. 2021).")
        #expect(essay.footnote("2")?.content.text == "Id. at 12; see the site for more.")
        #expect(essay.footnote("3")?.content.text == "Third note.")
        let block = try #require(essay.sections.first?.blocks.first)
        #expect(block.content.text == "A book. A chapter, with a note that runs over a line. And after it, the sentence goes on.")
        #expect(block.content.markers.map(\.label) == ["1", "2"])
        #expect(block.content.markers.first?.offset == "A book.".utf8.count)
        #expect(block.content.markers.first?.range.start == SourcePosition(line: 8, column: 8))
        #expect(essay.footnote("2")?.citations.first?.form == .id)
        #expect(essay.footnote("2")?.citations.first?.refersTo == "1")
        #expect(essay.sections.first?.blocks.last?.items.first?.content.markers.map(\.label) == ["3"])
        #expect(essay.diagnostics.filter { $0.severity != .note }.isEmpty)
    }

    @Test("inline notes and [^N] notes share one numbering, in the order the text meets them")
    func mixedWithDefinitions() throws {
        let essay = try Fixture.essay("""
            # T

            The first claim.[^a] A second one.^[Inline.] And a third.[^b]

            [^a]: Defined a.
            [^b]: Defined b.
            """)
        #expect(essay.footnotes.map(\.content.text) == ["Defined a.", "Inline.", "Defined b."])
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"], ["3"]])
    }

    @Test("a caret before a link to a note is a web edition's superscript, not an inline note")
    func superscriptLinkIsNoInlineNote() throws {
        let essay = try Fixture.essay("""
            # T

            Text.^[1](#fn1)^ More.

            ## Notes

            1. [↩](#fnref1) The note.
            """)
        #expect(essay.footnotes.map(\.content.text) == ["The note."])
        #expect(essay.sections.first?.blocks.first?.content.text == "Text. More.")
        #expect(essay.sections.first?.blocks.first?.content.markers.map(\.label) == ["1"])
    }

    @Test(.timeLimit(.minutes(5)))
    func manyUnclosedNotesParseInLinearTime() throws {
        let essay = try Fixture.essay("# T\n\n" + String(repeating: "word ^[ [x] ", count: 50_000) + "\n")
        #expect(essay.footnotes.isEmpty)
    }
}
