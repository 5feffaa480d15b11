import EssayKit
import Testing

@Suite("Footnote blocks as PDF conversions make them")
struct FootnoteBlockTests {
    /// A page's body, its footnote block, the next page's body.
    static func page(_ body: String, _ notes: String) -> String { "\(body)\n\n---\n\n\(notes)\n\n" }

    @Test("a block opening with the tail of the last page's note gives the tail to that note")
    func tailBeforeTheNextNote() throws {
        let essay = try Fixture.essay("# T\n\n" + Self.page("Body one.<sup>1</sup> Body two.<sup>2</sup>", "1. First note.\n\n2. Second note, which runs")
            + Self.page("onto the next page.<sup>3</sup> More body text.<sup>4</sup>", "over onto this page and ends here.\n\n3. Third note.\n\n4. Fourth note.")
            + "The essay goes on.<sup>5</sup>\n\n---\n\n5. Fifth note.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("2")?.content.text == "Second note, which runs over onto this page and ends here.")
        #expect(essay.footnote("4")?.content.text == "Fourth note.")
        let body = essay.sections.flatMap(\.blocks).map(\.content.text)
        #expect(body == ["Body one. Body two. onto the next page. More body text.", "The essay goes on."])
        #expect(essay.diagnostics.filter { $0.severity != .note }.isEmpty)
    }

    @Test("a tail that is all the block holds goes to the last note when it goes on in lower case")
    func tailAlone() throws {
        let essay = try Fixture.essay("# T\n\n" + Self.page("Body one.<sup>1</sup>", "1. A note that the page cuts")
            + Self.page("A new paragraph on the next page ends its sentence.", "short, in lower case.")
            + "And the essay goes on.\n")
        #expect(essay.footnote("1")?.content.text == "A note that the page cuts short, in lower case.")
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text)
            == ["Body one.", "A new paragraph on the next page ends its sentence.", "And the essay goes on."])
    }

    @Test("body text cut mid-sentence by a page with no notes goes on after the break")
    func bodyAfterABreakStaysBody() throws {
        let essay = try Fixture.essay("# T\n\n" + Self.page("Body one.<sup>1</sup>", "1. A note.")
            + Self.page("Then a paragraph that the next page", "continues in lower case, as body text.") + "End.\n")
        #expect(essay.footnote("1")?.content.text == "A note.")
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text)
            == ["Body one.", "Then a paragraph that the next page continues in lower case, as body text.", "End."])
    }

    @Test("a note's second paragraph stays in the note, and the notes after it stay notes")
    func secondParagraph() throws {
        let essay = try Fixture.essay("# T\n\n" + Self.page("One.<sup>1</sup> Two.<sup>2</sup> Three.<sup>3</sup>",
                                                          "1. First note.\n\n2. Second note's first paragraph.\n\nIts second paragraph, which starts a new sentence.\n\n3. Third note.")
            + "The body goes on.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text == "Second note's first paragraph. Its second paragraph, which starts a new sentence.")
        #expect(essay.footnote("3")?.content.text == "Third note.")
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["One. Two. Three.", "The body goes on."])
    }

    @Test("notes on consecutive lines with no blank line between are notes each")
    func notesOnConsecutiveLines() throws {
        let essay = try Fixture.essay("# T\n\n" + Self.page("One.<sup>1</sup> Two.<sup>2</sup> Three.<sup>3</sup>",
                                                          "1. First note.\n2. Second note\ngoing on.\n3. Third note.") + "Body.\n")
        #expect(essay.footnotes.map(\.content.text) == ["First note.", "Second note going on.", "Third note."])
    }

    @Test("a numbered paragraph of the body after a block is not taken for a note out of turn")
    func numberedBodyAfterTheBlock() throws {
        let essay = try Fixture.essay("# T\n\n" + Self.page("One.<sup>1</sup>", "1. First note.")
            + "## I. PART\n\nThe body.<sup>2</sup>\n\n---\n\n2. Second note.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.sections.map(\.displayTitle) == ["Introduction", "I. PART"])
    }
}

@Suite("A Markdown essay's --- break is no footnote block")
struct ThematicBreakTests {
    @Test func aQuotationAfterABreakStaysInTheBody() throws {
        let essay = try Fixture.essay("""
            # T

            First part.[^1]

            [^1]: A note defined after its paragraph.

            ---

            > A quotation after the break.

            Second part.[^2]

            [^2]: Another note.
            """)
        #expect(essay.footnotes.map(\.content.text) == ["A note defined after its paragraph.", "Another note."])
        #expect(essay.sections.flatMap(\.blocks).map(\.kind) == [.paragraph, .quote, .paragraph])
    }
}
