import EssayKit
import Testing

/// A court's slip opinion as MarkItDown prints it: no form feeds, each page's running head
/// (`Cite as: ...`, `Opinion of the Court`), its text, a rule `——————` and the page's notes with
/// their labels glued to their texts (`2Compare ...`), then a concurring opinion numbering its
/// notes anew. The opinion, cases and statutes are invented.
@Suite("Notes under rules in a MarkItDown slip opinion")
struct RuleLedNoteTests {
    static let opinion = """
        # Example v. Other

        Cite as: 601 U. S. ____ (2031) 1

        Opinion of the Court

        JUSTICE ROE delivered the opinion of the Court.
        The charter lists the council's powers, so the levy power is listed early.
        1
        Clause 3 of the charter gives the council its levy.1 The first
        power is the levy, and the others follow it.2
        ——————
        1See Example v. Other, 1 U. S. 2 (1800).
        2Compare the Example Quota Act of 1970, 84 Stat. 100, which lists
        them in another order.

        2 EXAMPLE v. OTHER
        Opinion of the Court
        The clause has been read narrowly in the past, see ante, at
        3. Licences, too, fall within the clause.3 The council grants
        them each year.4
        ——————
        3 Id., at 4.
        4See Other v. Example, 2 U. S. 3 (1801).

        Cite as: 601 U. S. ____ (2031) 3
        Opinion of the Court
        The power to license is old, and the council has long used it.5
        ——————
        52 Gentleman's Magazine 931 (Aug. 1732).

        JUSTICE VALE, concurring.
        I join the opinion of the Court.1 I write to add a point.2
        ——————
        1 See Example v. Other, 1 U. S. 2, 5 (1800).
        2 Id., at 6.

        4 EXAMPLE v. OTHER
        VALE, J., concurring
        The rest of the concurrence goes on here and ends.

        """

    static func bodyText(_ essay: Essay) -> String {
        essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
    }

    @Test("notes open only under the rules: a part's number alone and a wrapped `3. Licences` line are the body's")
    func notesOnlyUnderRules() throws {
        let essay = try Fixture.essay(Self.opinion, path: "example-markitdown.md")
        let labels: [String] = essay.footnotes.map(\.label)
        #expect(labels == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("1")?.content.text == "See Example v. Other, 1 U. S. 2 (1800).")
        #expect(essay.footnote("2")?.content.text == "Compare the Example Quota Act of 1970, 84 Stat. 100, which lists them in another order.")
        #expect(essay.footnote("3")?.content.text == "Id., at 4.")
        #expect(essay.footnote("4")?.content.text == "See Other v. Example, 2 U. S. 3 (1801).")
        let body = Self.bodyText(essay)
        #expect(body.contains("Clause 3 of the charter gives the council its levy."))
        #expect(body.contains("Licences, too, fall within the clause."))
    }

    @Test("a label glued to a volume (`52 Gentleman's`) opens the note the body marks next")
    func labelGluedToVolume() throws {
        let essay = try Fixture.essay(Self.opinion, path: "example-markitdown.md")
        #expect(essay.footnote("5")?.content.text == "2 Gentleman's Magazine 931 (Aug. 1732).")
    }

    @Test("a block opening with the last note's tail runs on into the next note, its label glued")
    func tailThenGluedLabel() throws {
        let essay = try Fixture.essay("""
            # T

            Text one.1 More text.2
            ——————
            1 See A v. B, 1 U. S. 2 (1800).
            2 Id., at 3.

            Cite as: 1 U. S. ____ (2030) 2
            Opinion of the Court
            More body text here.3
            ——————
            3 See the first source, which goes on about

            Cite as: 1 U. S. ____ (2030) 3
            Opinion of the Court
            Body goes on and marks.4
            ——————
            the tail of note three, which ends here.
            4The exact meaning is subject to debate.

            """, path: "tail-markitdown.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("3")?.content.text == "See the first source, which goes on about the tail of note three, which ends here.")
        #expect(essay.footnote("4")?.content.text == "The exact meaning is subject to debate.")
    }

    @Test("a concurrence's notes numbered anew neither replace nor join the opinion's")
    func separateOpinionNotesKeptOut() throws {
        let essay = try Fixture.essay(Self.opinion, path: "example-markitdown.md")
        #expect(essay.footnotes.count == 5)
        #expect(!essay.footnotes.contains { $0.content.text.contains("Id., at 6.") || $0.content.text.contains("2, 5 (1800)") })
    }
}
