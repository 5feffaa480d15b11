import EssayKit
import Testing

/// A note's line that opens with a number after a blank line (`2026. Selections ...`, a year a
/// conversion wrapped to the line's start) is the note's text, not a note of that number, when
/// the note expected next comes after it (invented pages of the shape pdftotext leaves).
@Suite("A number opening a note's line is no note when the next note comes after it")
struct NoteNumberAsTextTests {
    @Test("a year at a line's start in a page's notes goes on with the note, and the notes after it are read")
    func yearGoesOnWithTheNote() throws {
        let essay = try Fixture.essay("""
            A Paper on Widgets

            The body marks a note here.1 And another one here.2 Then it ends.

            1. The first note, which is short.
            2. The second note runs to a date, effective January 1,

            2026. Selections are made by the board after that.
            \u{0C}
            The next page goes on and marks a third note.3

            3. The third note.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text == "The second note runs to a date, effective January 1, 2026. Selections are made by the board after that.")
        #expect(essay.footnote("3")?.content.text == "The third note.")
    }

    @Test("a number lower than the last note's, before the next note, is the note's text too")
    func lowerNumberGoesOnWithTheNote() throws {
        let essay = try Fixture.essay("""
            A Paper on Widgets

            The body marks a note here.1 And another one here.2 Then it ends.

            1. The first note, which is short.
            2. The second note.
            \u{0C}
            The next page marks a third note.3 And a fourth.4 And a fifth.5

            3. The third note.
            4. The fourth note lists its points:

            1. Widgets are round.
            5. The fifth note.
            \u{0C}
            The next page.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("4")?.content.text == "The fourth note lists its points: 1. Widgets are round.")
    }

    @Test("a number far on with no next note after it stays a note (notes were lost)")
    func farNumberWithoutTheNextNoteStaysANote() throws {
        let essay = try Fixture.essay("""
            A Paper on Widgets

            The body marks a note here.1 And another one here.2 Then it ends.

            1. The first note, which is short.
            2. The second note.

            9. A note whose page before was lost.
            \u{0C}
            The next page.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "9"])
    }
}
