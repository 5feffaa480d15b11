import EssayKit
import Testing

/// Notes as plain-text converters leave them: at the foot of each page, after its text, with no
/// rule or page break before them (pdftotext, MarkItDown, PyMuPDF). The fixtures are written in
/// the converters' forms, as seen in `Fixtures/real/crs-2026-*` (CRS reports, public domain).
@Suite("Notes at the foot of plain text pages")
struct PageFootNoteTests {
    /// One page as MarkItDown (pdfminer) writes it: head, text, notes and footer with no blank
    /// line between them, a blank line after the footer.
    static func markItDownPage(_ text: String, _ notes: String, page: Int) -> String {
        "A Report on Something\n\(text)\n\(notes)\nResearch Service \(page)\n\n"
    }

    @Test("notes run into a page's text are found by the next number, marked glued to a word in the text")
    func notesInTheSameRunAsTheText() throws {
        let essay = try Fixture.essay("# T\n\n"
            + Self.markItDownPage("The first claim is made here.1 A second one follows in this\nline of the page, a branch2 of it.",
                                  "1 See the first source, at 4.\n2 The second note, which is\nlong and goes on a second line.", page: 1)
            + Self.markItDownPage("The text goes on with a third claim.3", "3 Id. at 5.", page: 2)
            + Self.markItDownPage("And a fourth.4", "4 Id. at 6.", page: 3))
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("1")?.content.text == "See the first source, at 4.")
        #expect(essay.footnote("2")?.content.text == "The second note, which is long and goes on a second line.")
        #expect(essay.footnote("3")?.content.text == "Id. at 5.")
        // The page's head and footer are no part of the text or the notes.
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
        #expect(body.contains("a branch2 of it."))
        #expect(!body.contains("Research Service") && !body.contains("A Report on Something") && !body.contains("Id."))
        #expect(!essay.footnotes.contains { $0.content.text.contains("Research Service") })
    }

    @Test("a line opening with the next number is no note when the text does not mark it")
    func unmarkedNumberStaysText() throws {
        let essay = try Fixture.essay("# T\n\nThe parties agreed on\n1 Point only, and said so.\n")
        #expect(essay.footnotes.isEmpty)
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["The parties agreed on 1 Point only, and said so."])
    }

    @Test("a note a page cuts ends with (continued...), and its tail at the next page's foot goes back to it")
    func continuedNote() throws {
        let essay = try Fixture.essay("# T\n\n"
            + Self.markItDownPage("Text of the first page.1", "1 A memorandum to the Secretaries, “Correction of Records\nFollowing Repeal of Section 654, (continued...)", page: 1)
            + Self.markItDownPage("Text of the second page goes on.2", "Title 10,” September 20, 2011.\n2 Id.", page: 2))
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text
            == "A memorandum to the Secretaries, “Correction of Records Following Repeal of Section 654, Title 10,” September 20, 2011.")
        #expect(!essay.sections.flatMap(\.blocks).map(\.content.text).joined().contains("September"))
    }

    @Test("pdftotext: a form feed ends a page; a blank line may part a note's lines, and a number may stand alone over its text")
    func pdftotextLayout() throws {
        let essay = try Fixture.essay("""
            # Title of the Report

            The text marks its first note here.1 And the second,2 and
            the third.3



            1 See Drug Amendments of 1962, Pub. L. No. 87-781, § 102, 76 Stat. 780, 781 (codified as amended at 21 U.S.C.

            §§ 321, 355).
            2
              See 21 U.S.C. § 331.

            3 See id. § 332.




            Research Service                                                                 1
            \u{0C}                              Title of the Report




            the text goes on after the page.4


            4 Id. § 333.



            Research Service                                                                 2
            \u{0C}
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("1")?.content.text == "See Drug Amendments of 1962, Pub. L. No. 87-781, § 102, 76 Stat. 780, 781 (codified as amended at 21 U.S.C. §§ 321, 355).")
        #expect(essay.footnote("2")?.content.text == "See 21 U.S.C. § 331.")
        #expect(essay.footnote("4")?.content.text == "Id. § 333.")
        let body = essay.sections.flatMap(\.blocks).map(\.content.text)
        #expect(!body.joined().contains("Research Service"))
        #expect(!body.joined().contains("See"))
    }

    @Test("a web edition's notes as table rows under a Footnotes heading: | 12. | text")
    func tableRowEndnotes() throws {
        let essay = try Fixture.essay("""
            # T

            The text.

            # Footnotes

            | 1. | GAO, Event Ticket Sales, pp. 6-11. 
            | 2. | Id., p. 11. 
            | 10. | Not the next note: still the second's text. 
            | 3. | The third note. 
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "GAO, Event Ticket Sales, pp. 6-11.")
        #expect(essay.footnote("3")?.content.text == "The third note.")
    }

    @Test("a label glued to its note's text, as MarkItDown reads a superscript: 4See, 13Miss., 11505 U. S.")
    func gluedLabels() throws {
        let essay = try Fixture.essay("""
            # T

            The text marks three notes.1 Then two more,2 and
            one last.3
            ——————
            1 Roe v. Wade, 410 U. S. 113, 163 (1973).
            2See R. Ginsburg, Speaking in a Judicial Voice, 67 N. Y. U. L. Rev.
            1185, 1208 (1992).
            3505 U. S., at 874.

            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text == "See R. Ginsburg, Speaking in a Judicial Voice, 67 N. Y. U. L. Rev. 1185, 1208 (1992).")
        #expect(essay.footnote("3")?.content.text == "505 U. S., at 874.")
    }

    @Test("a block opening with the last note's tail, its page reference on a line alone, runs on into the next note")
    func tailThenGluedNote() throws {
        let essay = try Fixture.essay("""
            # T

            The text marks a note.1
            ——————
            1See infra, at 21–

            More text marks another.2
            ——————
            22.
            2Even before that time, English law punished it.

            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("2")?.content.text == "Even before that time, English law punished it.")
    }

    @Test("a page whose notes the converter set after a rule, and the next page's with no rule before them")
    func ruleOnOnePageOnly() throws {
        let essay = try Fixture.essay("""
            # T

            The first page marks a note.1
            ——————
            1 Roe v. Wade, 410 U. S. 113, 163 (1973).

            The second page goes on and marks another, §4(b).2
            Then the text of the page ends here.
            2 The Act defines the term.
            \u{0C}The third page.

            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("2")?.content.text == "The Act defines the term.")
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text).contains { $0.hasSuffix("Then the text of the page ends here.") })
    }
}
