import EssayKit
import Testing

/// Notes of a PDF converted by `pdftotext -layout`: the page's notes at its foot, a blank line
/// after each note's first line, so the rest of a note stands as a paragraph of its own and may
/// open with a number that is no note's (a year, a page range's end).
@Suite("Notes of pdftotext -layout conversions")
struct LayoutPdfNoteTests {
    static let page = """
        # A Report on Tariffs

        The agency changed the rule in 2019.1 A court later read the statute
        another way,2 and the agency wrote the rule again.3


        1 Office of Trade, Annual Review of Duties, Report No. 7, December 3,

        2019. The review was revised twice.
        2 Jane Roe, “A Note on Duties,” Journal of Trade Studies, vol. 9, pp. 211-

        240. The numbers are estimates.
        3 Id. at 12.



        \u{0C}
        """

    @Test("a note's rest after a blank line, opening with a year or a page number, goes on with the note")
    func numberedRestGoesOnWithTheNote() throws {
        let essay = try Fixture.essay(Self.page)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text
            == "Office of Trade, Annual Review of Duties, Report No. 7, December 3, 2019. The review was revised twice.")
        #expect(essay.footnote("2")?.content.text.hasSuffix("pp. 211- 240. The numbers are estimates.") == true
            || essay.footnote("2")?.content.text.hasSuffix("pp. 211-240. The numbers are estimates.") == true)
        #expect(essay.footnote("3")?.content.text == "Id. at 12.")
    }

    @Test("in notes numbered `1. text` the rule is not asked: a later number after a blank line stays a note")
    func dottedNotesStayNotes() throws {
        let essay = try Fixture.essay("# T\n\nThe text marks a note.1 And another.2 And a last one.5\n\n\n"
            + "1. See the first source.\n\n2. See the second source.\n\n5. See the fifth source.\n\n"
            + "\u{0C}\nThe text goes on.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "5"])
        #expect(essay.footnote("5")?.content.text == "See the fifth source.")
    }
}
