@testable import EssayKit
import Testing

/// A journal's PDF as MarkItDown (pdfminer) converts it, pages parted by form feeds: a justified
/// note's number alone on its line at the page's foot, the words of its first line set apart by
/// blank lines, then its text. Names and citations are invented.
@Suite("A page-foot note's number alone over fragments and its text")
struct NumberAloneNoteTextTests {
    static let text = """
        THE HARBOUR DUES REVIEW

        The harbour rule was read narrowly in the decade after the war, and the ports paid for that reading.1
        The courts said so twice in the years that followed, and the ministry agreed with them.2 Nothing
        changed until the new statute came.

        1   Ruth Vane, The Long Ledger 12 (2004).
        2

        for

        the  Harbour.  For

        The review covered the dues of three ports in the decade after the war. See Tomas Erl, A
        Theory of Dues 8 (1999).

        \u{0C}The statute set the dues out at length, port by port and year by year.3 The courts followed
        it without a word of dissent.

        3   Vane, supra note 1, at 14.

        """

    @Test("the fragments and the paragraph after a number alone are its note's text, and the notes after it are read")
    func fragmentsAreTheNotesText() throws {
        let essay = try Fixture.essay(Self.text, path: "harbour-review.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text.contains("Tomas Erl, A Theory of Dues 8 (1999).") == true)
        #expect(essay.footnote("3")?.content.text == "Vane, supra note 1, at 14.")
    }

    @Test("a note with a line of text already takes no paragraph of body text after it")
    func aNoteWithTextStops() throws {
        let text = Self.text.replacingOccurrences(of: "2\n\nfor\n\nthe  Harbour.  For\n\n", with: "2   A short note of the ports' own making, printed in full here.\n\n")
            .replacingOccurrences(of: "The review covered", with: "A HEADING\n\nThe review covered")
        let essay = try Fixture.essay(text, path: "harbour-review.md")
        #expect(essay.footnote("2")?.content.text.contains("Tomas Erl") == false)
    }

    @Test("a short note whose number is glued to its text takes no running foot after it")
    func aGluedShortNoteStops() throws {
        let text = """
            THE HARBOUR DUES REVIEW

            The harbour rule was read narrowly in the decade after the war.1 The courts said so twice.2

            1Ruth Vane, The Long Ledger 12 (2004).

            2Vane, at 14.

            https://doi.org/10.9999/HARBOUR.2020.12 Published online by Harbour Press

            \u{0C}3

            The statute set the dues out at length, port by port and year by year.

            """
        let essay = try Fixture.essay(text, path: "harbour-review.md")
        #expect(essay.footnote("2")?.content.text == "Vane, at 14.")
    }
}
