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

    @Test("a note continued below the next page's body, in the notes' text column over that page's first note, goes on with the note")
    func noteContinuedBelowTheNextPagesBody() throws {
        let first = (1...3).map { "    The text goes on here.\($0) And more of it.\n\n\n\($0)   Source number \($0), 1 J. CT. ADMIN. \($0) (2001).\n\u{0C}" }
        let essay = try Fixture.essay("FILING IN THE METRO COURTS\n\n" + first.joined() + """
                The clerks kept the old forms for a decade after the rule changed.4 The forms were
            later replaced, and the courts began to accept filings by electronic means.5


            4   Ann Roe, The Clerk's Office, 12 J. CT. ADMIN. 4, 9 (2008).
            5   The move to electronic filing was slow, and the argument for it continues. See
            \u{0C}    The new system opened in 2010. Its first year was hard for the clerks and the bar
            alike, and the courts wrote new rules for it.6 The bar answered with its own guide.7


                METRO FILING GROUP, http://www.example.org/tc.php?x=y (last visited Mar. 9,
                2012).
            6   Ben Lowe, Filing Rules, 88 S. L. REV. 1, 12 (2011).
            7   Id. at 14.
            \u{0C}
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(essay.footnote("5")?.content.text
            == "The move to electronic filing was slow, and the argument for it continues. See METRO FILING GROUP, http://www.example.org/tc.php?x=y (last visited Mar. 9, 2012).")
        #expect(essay.footnote("6")?.content.text == "Ben Lowe, Filing Rules, 88 S. L. REV. 1, 12 (2011).")
        #expect(!LawReviewNoteTests.bodyText(essay).contains("METRO FILING"))
    }
}
