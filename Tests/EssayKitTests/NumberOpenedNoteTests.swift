@testable import EssayKit
import Testing

/// Notes at a page's foot whose text opens with a number (a code's title, a reporter's volume, a
/// session year): `41 17 U.S.C. § 412 (2018).`, `41 2010 Wis. Sess. Laws 88.`. The label is the
/// next expected one, so the number after it is the note's text, and the notes after it are read.
/// All texts invented.
@Suite("Notes whose text opens with a number")
struct NumberOpenedNoteTests {
    /// A MarkItDown page of `text` with `notes` at its foot.
    private func page(_ text: String, _ notes: String, page: Int) -> String { PageFootNoteTests.markItDownPage(text, notes, page: page) }

    @Test("MarkItDown's `N text`: a note opening with a title, a volume or a year is the next note, and the later notes are read")
    func markItDownNotesOpeningWithNumbers() throws {
        let essay = try Fixture.essay("# T\n\n"
            + page("The first claim is made here.1 A second one follows in this\nline of the page, a branch.2",
                   "1 See the first source, at 4.\n2 17 U.S.C. § 412 (2018).", page: 1)
            + page("The text goes on with a third claim.3 And a fourth.4", "3 2010 Wis. Sess. Laws 88.\n4  2003  Treaty on Inland Fisheries, 999 UNTS 12.", page: 2)
            + page("And a fifth.5 A sixth.6", "5 612 U.S. 77 (2029).\n6 Id. at 80.", page: 3))
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("2")?.content.text == "17 U.S.C. § 412 (2018).")
        #expect(essay.footnote("3")?.content.text == "2010 Wis. Sess. Laws 88.")
        #expect(essay.footnote("4")?.content.text.hasSuffix("Treaty on Inland Fisheries, 999 UNTS 12.") == true)
        #expect(essay.footnote("5")?.content.text == "612 U.S. 77 (2029).")
        #expect(essay.footnote("6")?.content.text == "Id. at 80.")
    }

    @Test("pdftotext's `N text` at a law review's page foot: a note opening with a number does not end the notes")
    func lawReviewNotesOpeningWithNumbers() throws {
        let slug = LooseMarkTests.slug
        let footer = LooseMarkTests.footer
        let essay = try LooseMarkTests.essay([
            """
            \(slug)
            ORCHARD WATER RIGHTS
            Jane Roe*
            The court heard the case in March, and the State appealed in April.1
            The statute was amended the next year.2
            * Professor of Law, Northern University.
            1 Doe v. Roe, 1 F.4th 2, 7 (9th Cir. 2030).
            2 2010 Wis. Sess. Laws 88.
            101
            \(footer)
            """,
            """
            \(slug)
            102 NORTHERN LAW JOURNAL [Vol. 9:101
            The panel heard the appeal in May and held for the growers.3
            The copyright claim failed for want of registration.4 The State did not.
            3 Id. at 8.
            4 17 U.S.C. § 412 (2018).
            102
            \(footer)
            """,
            """
            \(slug)
            2031] Orchard Water Rights 103
            The critics are wrong.5 The rule stands.6
            5 Id. at 12.
            6 612 U.S. 77 (2029).
            103
            \(footer)
            """,
        ])
        #expect(essay.footnotes.filter { $0.number > 0 }.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("2")?.content.text == "2010 Wis. Sess. Laws 88.")
        #expect(essay.footnote("4")?.content.text == "17 U.S.C. § 412 (2018).")
        #expect(essay.footnote("6")?.content.text == "612 U.S. 77 (2029).")
    }

    @Test("a refused label does not end the notes: the next marked label picks the sequence up, on the same page or the next")
    func refusedLabelResynchronises() throws {
        // `4  see ...`: a gap and a word in lower case, which no rule takes for a note's start.
        let samePage = try Fixture.essay("# T\n\n"
            + page("The first claim is made here.1 A second.2", "1 See the first source, at 4.\n2 Id. at 5.", page: 1)
            + page("A third claim.3 A fourth.4 A fifth.5", "3 Id. at 6.\n4  see id. at 7.\n5 Id. at 8.", page: 2)
            + page("And a sixth.6", "6 Id. at 9.", page: 3))
        #expect(samePage.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(samePage.footnote("3")?.content.text == "Id. at 6.")
        #expect(samePage.footnote("4")?.content.text == "see id. at 7.")
        #expect(samePage.footnote("6")?.content.text == "Id. at 9.")
        let nextPage = try Fixture.essay("# T\n\n"
            + page("The first claim is made here.1 A second.2", "1 See the first source, at 4.\n2 Id. at 5.", page: 1)
            + page("A third claim.3 A fourth.4", "3 Id. at 6.\n4  see id. at 7.", page: 2)
            + page("A fifth.5 And a sixth.6", "5 Id. at 8.\n6 Id. at 9.", page: 3))
        #expect(nextPage.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(nextPage.footnote("4")?.content.text == "see id. at 7.")
        #expect(nextPage.footnote("5")?.content.text == "Id. at 8.")
    }

    @Test("several labels refused in a row do not end the notes: a later label, each refused one marked and opening a line in order, picks the sequence up")
    func severalRefusedLabelsResynchronise() throws {
        let essay = try Fixture.essay("# T\n\n"
            + page("The first claim is made here.1 A second.2", "1 See the first source, at 4.\n2 Id. at 5.", page: 1)
            + page("A third claim.3 A fourth.4 A fifth.5 A sixth.6", "3 Id. at 6.\n4  see id. at 7.\n5  see id. at 8.\n6 Id. at 9.", page: 2)
            + page("And a seventh.7", "7 Id. at 10.", page: 3))
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(essay.footnote("3")?.content.text == "Id. at 6.")
        #expect(essay.footnote("4")?.content.text == "see id. at 7.")
        #expect(essay.footnote("5")?.content.text == "see id. at 8.")
        #expect(essay.footnote("6")?.content.text == "Id. at 9.")
        #expect(essay.footnote("7")?.content.text == "Id. at 10.")
    }

    @Test("a label further on whose refused notes the page does not mark picks nothing up")
    func unmarkedGapDoesNotResynchronise() throws {
        let essay = try Fixture.essay("# T\n\n"
            + page("The first claim is made here.1 A second.2", "1 See the first source, at 4.\n2 Id. at 5.", page: 1)
            + page("A third claim.3 A sixth.6", "3 Id. at 6.\n4  see id. at 7.\n5  see id. at 8.\n6 Id. at 9.", page: 2))
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
    }

    @Test("a number after a label where the last note stops mid-sentence is that note's citation, wrapped")
    func wrappedNumberStaysInTheNote() throws {
        let essay = try Fixture.essay("# T\n\n"
            + page("The first claim is made here.1 A second.2", "1 See the first source, as codified at\n2  17 U.S.C. § 412.", page: 1)
            + page("And a third.3", "3 Id. at 9.", page: 2))
        #expect(essay.footnote("1")?.content.text == "See the first source, as codified at 2 17 U.S.C. § 412.")
    }

    @Test("a citation's number after a label: a title, a volume, a year; not a number before a word in lower case")
    func citationNumbers() {
        #expect(LineRules.opensWithACitationNumber(Array("17 U.S.C. § 412".utf8)[...]))
        #expect(LineRules.opensWithACitationNumber(Array("2003  Treaty on Inland Fisheries".utf8)[...]))
        #expect(!LineRules.opensWithACitationNumber(Array("2019 data show".utf8)[...]))
        #expect(!LineRules.opensWithACitationNumber(Array("012 U.S. 7".utf8)[...]))
        #expect(!LineRules.opensWithACitationNumber(Array("12345 U.S. 7".utf8)[...]))
    }

    @Test("pages ending with form feeds, notes set with a justified gap: `2  17 U.S.C.`, `3  2003  Treaty` open notes 2 and 3")
    func justifiedGapWithFormFeeds() throws {
        let essay = try Fixture.essay("""
            # Title of the Report

            The text marks its first note here.1 And the second,2 and
            the third.3

            1  See the first source, at 4.
            2  17 U.S.C. § 412 (2018).
            3  2003  Treaty on Inland Fisheries, 999 UNTS 12.

            Research Service                                                                 1
            \u{0C}                              Title of the Report

            the text goes on after the page.4

            4  Id. at 13.

            Research Service                                                                 2
            \u{0C}
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("2")?.content.text == "17 U.S.C. § 412 (2018).")
        #expect(essay.footnote("3")?.content.text.hasSuffix("Treaty on Inland Fisheries, 999 UNTS 12.") == true)
        #expect(essay.footnote("4")?.content.text == "Id. at 13.")
    }
}
