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
        #expect(body.contains("a branch of it."))
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

    @Test("a note's tail in capitals alone at the next page's foot goes back to it when the page after runs its head into its text")
    func tailBeforeAHeadRunIntoText() throws {
        var text = "# T\n\n"
        for page in 1...3 {
            text += "Cite as: 597 U. S. ____ (2022) \(page)\nOpinion of the Court\nText of page \(page).\n\n"
        }
        let essay = try Fixture.essay(text + """
            The text marks a note.1
            ——————
            1 Those other six countries were Canada, China, the Netherlands,

            The text goes on.
            ——————
            North Korea, Singapore, and Vietnam.

            Cite as: 597 U. S. ____ (2022) 4
            Opinion of the Court
            And the text goes on after the page.

            """)
        #expect(essay.footnote("1")?.content.text == "Those other six countries were Canada, China, the Netherlands, North Korea, Singapore, and Vietnam.")
        #expect(!essay.sections.flatMap(\.blocks).map(\.content.text).joined().contains("Cite as"))
    }

    @Test("the body's marks printed as plain text (care.1, branch2) are markers, in order; other numbers stay text")
    func plainMarkers() throws {
        let essay = try Fixture.essay("# T\n\n"
            + Self.markItDownPage("Title 38 covers medical\ncare.1 A servicemember’s branch2 decides under 20 C.F.R. §1002.136.",
                                  "1 See 38 U.S.C. §101.\n2 Id. §102.", page: 1)
            + Self.markItDownPage("Text on the next page, from 2021.3", "3 Id. §103.", page: 2)
            + Self.markItDownPage("And the last page.", "", page: 3))
        let blocks = essay.sections.flatMap(\.blocks)
        #expect(blocks.flatMap(\.content.markers).map(\.label) == ["1", "2", "3"])
        let text = blocks.map(\.content.text).joined(separator: " ")
        #expect(text.contains("Title 38 covers medical care. A servicemember’s branch decides under 20 C.F.R. §1002.136."))
        #expect(text.contains("from 2021."))
        #expect(!essay.diagnostics.contains { $0.message.contains("never marked") })
    }

    /// One page as PyMuPDF's `get_text` writes it: text, a blank line, the page's notes, then the
    /// head and footer (lines end with a space).
    static func pyMuPDFPage(_ text: String, _ notes: String, page: Int) -> String {
        "\(text) \n \n\(notes) \nA Report on Air \n \nResearch Service \n \n\(page) \n"
    }

    @Test("a label glued to the number that opens its note (242 U.S.C., 3505 U. S.) starts it first on a page: the sequence expects it there")
    func labelGluedToAVolume() throws {
        let essay = try Fixture.essay("# T\n\n"
            + Self.pyMuPDFPage("The Act was amended in 1990.1 It sets limits.", "1 See P.L. 101-549.", page: 1)
            + Self.pyMuPDFPage("The Administrator may waive the limits,2 and a court\nmay review the waiver.3", "242 U.S.C. §7436(d).\n3505 U. S. 833, 846 (1992).", page: 2)
            + Self.pyMuPDFPage("The last page says so again.4", "4 Id. at 847.", page: 3))
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("2")?.content.text == "42 U.S.C. §7436(d).")
        #expect(essay.footnote("3")?.content.text == "505 U. S. 833, 846 (1992).")
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ").contains("The last page says so again."))
    }

    @Test("a glued number that is not the next label stays text: 1990 opens no note where note 2 is next")
    func gluedNumberNotTheNextLabel() throws {
        let essay = try Fixture.essay("# T\n\n"
            + Self.pyMuPDFPage("The Act was amended in 1990.1 It sets limits.", "1 See P.L. 101-549.", page: 1)
            + Self.pyMuPDFPage("The Administrator may waive the limits.2", "2 See the Act, §307.\n1990 U.S. Code Cong. & Admin. News 3385.", page: 2)
            + Self.pyMuPDFPage("The last page has no note.", "", page: 3))
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("2")?.content.text == "See the Act, §307. 1990 U.S. Code Cong. & Admin. News 3385.")
    }

    @Test("lines after the page's last line ending with a mark are no tail of the last note when they mark an upcoming note")
    func linesMarkingANoteAreNoTail() throws {
        let slug = LooseMarkTests.slug
        let footer = LooseMarkTests.footer
        let essay = try LooseMarkTests.essay([
            """
            \(slug)
            ORCHARD WATER RIGHTS
            Jane Roe*
            The court heard the case in March, and the State appealed in April.1
            * Professor of Law, Northern University.
            1 Doe v. Roe, 1 F.4th 2, 7 (9th Cir. 2030); see also Ann Vale, Water
            101
            \(footer)
            """,
            """
            \(slug)
            102 NORTHERN LAW JOURNAL [Vol. 9:101
            The panel heard the appeal in May and held for the growers.2
            It is hard to see why the rule should change now, in the view of the
            court, since the growers relied on it.3 The State did not.
            2 Id. at 8.
            3 Id. at 9.
            102
            \(footer)
            """,
            """
            \(slug)
            2031] Orchard Water Rights 103
            The critics are wrong.4 The rule stands.
            4 Id. at 12.
            103
            \(footer)
            """,
        ])
        #expect(essay.footnotes.filter { $0.number > 0 }.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("1")?.content.text == "Doe v. Roe, 1 F.4th 2, 7 (9th Cir. 2030); see also Ann Vale, Water")
        #expect(Fixture.marks(essay).contains("3<-it."))
    }
}
