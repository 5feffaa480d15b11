@testable import EssayKit
import Foundation
import Testing

/// Page-foot notes whose body mark was not found (`UnmarkedPageFootNotes`): the note's place at
/// its page's foot reads it, `legit check` says it is never marked, and the notes after it still
/// pair with their marks. Texts, names and numbers are invented.
@Suite("Page-foot notes whose mark was not found")
struct UnmarkedPageFootNoteTests {
    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: Fixture.fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    static func unmarked(_ essay: Essay) -> [String] {
        essay.diagnostics.filter { $0.message.contains("never marked") }.map(\.message)
    }

    static func labels(_ essay: Essay) -> [String] {
        essay.footnotes.map(\.label)
    }

    /// A court's opinion by `pdftotext -layout`: each note's number alone at column 0, its first
    /// line set in under it. Note 3 is alone on page 2 and note 5 sits between 4 and 6 on page 3;
    /// the body marks neither.
    @Test("an opinion's notes are all read though two marks are missing")
    func opinion() throws {
        let essay = try Fixture.essay(Self.fixture("layout/opinion-unmarked.txt"), path: "opinion-unmarked.txt")
        #expect(Self.labels(essay) == (1...6).map(String.init))
        let note3 = try #require(essay.footnotes.first { $0.label == "3" })
        #expect(note3.content.text.hasPrefix("The parties rely on the retention policy"))
        #expect(note3.content.text.hasSuffix("policy to a public authority."))
        #expect(Self.unmarked(essay) == ["footnote 3 is never marked in the text", "footnote 5 is never marked in the text"])
        #expect(Fixture.marks(essay) == ["1<-repairs.", "2<-them.", "4<-prejudice.", "6<-declaration."])
        #expect(!Fixture.sentences(essay).contains { $0.contains("retention policy to argue") })
    }

    /// A government report by plain `pdftotext`: each note's number alone, a blank line, its
    /// text. A mark glued to a year before a one-line note and its sibling (page 1); a lone note
    /// marked after a heading's last word (page 2); a note's number right under the body's last
    /// line, its mark glued to a section's number (page 3).
    @Test("a report's notes are read through a year-glued mark and a lone unmarked note")
    func report() throws {
        let essay = try Fixture.essay(Self.fixture("plain/report-unmarked.txt"), path: "report-unmarked.txt")
        let texts = Dictionary(essay.footnotes.map { ($0.label, $0.content.text) }, uniquingKeysWith: { first, _ in first })
        #expect(Array(Self.labels(essay).prefix(4)) == ["41", "42", "43", "44"])
        #expect(texts["42"] == "Pub. L. No. 97-412, 96 Stat. 2114 (Oct. 12, 1982), codified at 31 U.S.C. § 6102(c).")
        #expect(texts["43"]?.hasPrefix("See, e.g., The Grant Streamlining Act of 1999") == true)
        #expect(texts["44"] == "For an early account of the Treasury's grant accounts, see B-114312, Mar. 4, 1958.")
        #expect(!essay.diagnostics.contains { $0.message.contains("43 is marked here but never defined") })
        #expect(!Fixture.sentences(essay).contains { $0.contains("B-114312") })
        // Page 3's number right under the body's last line: read once its mark, glued to a
        // section's number, is found (`SectionDecimalMarks`).
        #expect(Self.labels(essay) == (41...47).map(String.init))
    }

    // MARK: - One rule at a time

    static let body = """
        The board met twice in the spring and settled the rules for the new fund.1 The rules
        were printed in the board's minutes and sent to every member of the fund.2

        """

    static func page(_ number: Int) -> String { "\n\nPage \(number)\n\nBoard Minutes Digest\n\n\u{0C}" }

    static let firstPage = body + """

        1

        Minutes of the Board, Apr. 2, 2021, at 4.

        2

        Minutes of the Board, May 7, 2021, at 2.
        """ + page(1)

    @Test("a lone note at a page's foot, its number alone, is read and said to be unmarked")
    func loneNumberAlone() throws {
        let text = Self.firstPage + """
            The fund's first grants went to the members who had paid in, and the board kept the
            list of them in its office for members to see

            3

            The list was kept until 2023, when the board put it on the fund's web site.
            """ + Self.page(2) + """
            The board later opened the fund to every member of the town, as the minutes of its
            spring meeting record.4

            4

            Minutes of the Board, June 4, 2024, at 1.
            """ + Self.page(3)
        let essay = try Fixture.essay(text, path: "minutes.txt")
        #expect(Self.labels(essay) == ["1", "2", "3", "4"])
        #expect(essay.footnotes.last?.content.text == "Minutes of the Board, June 4, 2024, at 1.")
        #expect(Self.unmarked(essay) == ["footnote 3 is never marked in the text"])
        #expect(Fixture.marks(essay).last == "4<-record.")
    }

    @Test("a note's number right under the body's last line opens the note")
    func numberUnderTheBody() throws {
        let text = Self.firstPage + """
            The fund's first grants went to the members who had paid in, and the board kept the
            list of them in its office for members to see, as its rules say. Rule 4.2 (b).
            3

            The list was kept until 2023, when the board put it on the fund's web site.

            4

            Minutes of the Board, June 4, 2024, at 1.
            """ + Self.page(2)
        let essay = try Fixture.essay(text, path: "minutes.txt")
        #expect(Self.labels(essay) == ["1", "2", "3", "4"])
        #expect(essay.footnotes[2].content.text.hasPrefix("The list was kept until 2023"))
        #expect(Fixture.sentences(essay).contains { $0.hasSuffix("Rule 4.2 (b).") })
    }

    @Test("a note printed with its text, unmarked and alone at its page's foot, is read")
    func printedWithText() throws {
        let first = """
            The board met twice in the spring and settled the rules for the new fund.1 The rules
            were printed in the board's minutes and sent to every member of the fund.2

            1 Minutes of the Board, Apr. 2, 2021, at 4.
            2 Minutes of the Board, May 7, 2021, at 2.

            \u{0C}The fund's first grants went to the members who had paid in, and the board kept the
            list of them in its office for members to see

            3 The list was kept until 2023, when the board put it on the fund's web site.

                                        2
            \u{0C}The board later opened the fund to every member.4

            4 Minutes of the Board, June 4, 2024, at 1.
            \u{0C}
            """
        let essay = try Fixture.essay(first, path: "minutes.txt")
        #expect(Self.labels(essay) == ["1", "2", "3", "4"])
        #expect(Self.unmarked(essay) == ["footnote 3 is never marked in the text"])
    }

    // MARK: - Numbers that are no notes

    @Test("an unmarked note's number ends before its text: glued to more digits it is a volume (`25 F. Cas. 30`, not note 2), glued to a word it is a note")
    func volumeIsNoNote() {
        let volume = Array("25 F. Cas. 30, 34 (CC Va. 1807) (Burr I). Because".utf8)
        #expect(!EssayBuilder.standsApart(volume, 0, 2))
        let note = Array("2 Our decision in Clinton permitted claims".utf8)
        #expect(EssayBuilder.standsApart(note, 0, 2))
        let tabbed = Array("12\tSee the minutes.".utf8)
        #expect(EssayBuilder.standsApart(tabbed, 0, 12))
        // MarkItDown glues a note's number to its first word: the number still ends there.
        let glued = Array("171Id. at 40.".utf8)
        #expect(EssayBuilder.standsApart(glued, 0, 171))
        #expect(!EssayBuilder.standsApart(Array("171".utf8), 0, 171))
    }

    /// A second page whose body marks note 3 and prints it at its foot, with the page after it.
    static let markedThirdNote = """
        The board later opened the fund to every member of the town, as the minutes of its
        spring meeting record.3

        3

        Minutes of the Board, June 4, 2024, at 1.
        """ + page(3)

    @Test("a list numbered at a page's foot in the body is no note when the notes print their number alone")
    func listItemIsNoNote() throws {
        let text = Self.firstPage + """
            The board set three tests for a grant, of which the last two are:

            3 The member has paid in for two years or more, as the fund's books show it.
            """ + Self.page(2) + Self.markedThirdNote
        let essay = try Fixture.essay(text, path: "minutes.txt")
        #expect(Self.labels(essay) == ["1", "2", "3"])
        #expect(essay.footnotes.last?.content.text == "Minutes of the Board, June 4, 2024, at 1.")
        #expect(Self.unmarked(essay).isEmpty)
    }

    @Test("a number whose note the next page marks is no note at this page's foot")
    func markedOnTheNextPage() throws {
        let text = Self.firstPage + """
            The fund's first grants went to the members who had paid in, and the board kept the
            list of them in its office for members to see

            3

            The list was kept in the office of the board and shown to any member who asked.
            """ + Self.page(2) + Self.markedThirdNote
        let essay = try Fixture.essay(text, path: "minutes.txt")
        #expect(Self.labels(essay) == ["1", "2", "3"])
        #expect(essay.footnotes.last?.content.text == "Minutes of the Board, June 4, 2024, at 1.")
        #expect(Fixture.marks(essay).last == "3<-record.")
    }

    @Test("a table's row, a short heading and a line in lower case open no note", arguments: [
        "3\n\nAlpha fund      12      14      19      22",
        "3\n\nRemedies",
        "3\n\nand the list was kept in the office of the board for members to see.",
    ])
    func noNote(foot: String) throws {
        let text = Self.firstPage + """
            The fund's first grants went to the members who had paid in, and the board kept the
            list of them in its office for members to see.

            """ + foot + Self.page(2)
        let essay = try Fixture.essay(text, path: "minutes.txt")
        #expect(Self.labels(essay) == ["1", "2"])
    }

    @Test("a page's number alone at its foot is no note")
    func pageNumberIsNoNote() throws {
        let text = Self.firstPage + """
            The fund's first grants went to the members who had paid in, and the board kept the
            list of them in its office for members to see.

            3
            \u{0C}
            """
        let essay = try Fixture.essay(text, path: "minutes.txt")
        #expect(Self.labels(essay) == ["1", "2"])
    }
}
