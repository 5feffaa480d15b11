import EssayKit
import Testing

/// A word processor's pages by pdftotext with a page's first note printed with its number after
/// its text: alone on the line below (`text` / `4` / `5 Id.`) or at the end of the text's last
/// line (`text. 7` / `8 Alder ...`); and a note's number alone between blank lines over its text.
/// Names, journals and texts are invented.
@Suite("Page-foot notes whose first number follows its text")
struct NumberAfterTextNoteTests {
    static let pages = [
        """
        Harbor Rules and the Quiet Board
        Ann Roe

        The harbor board has long set the rules of the docks.1 Its rules reach every ship that
        enters the port.2 Critics say the board goes too far.3 The owners say so too.

        1 Ann Vale, Harbor Rules, 12 N. L.J. 4, 6 (2030).
        2 See id. at 7.
        3 Bo Lind, Quiet Ports, 7 S. L. REV. 88, 90 (2031).
        1

        """,
        """
        The ramps were built before the rules.4 The board has not asked for new ones.5 The
        schools wait for the money, and the board waits for the schools.6

        Nora Platt, Ramp Slopes in Old Schools, 3 J. SCH. DESIGN 10, 12 (2019).
        4
        5 Id. at 14.
        6 Vale, supra note 1, at 9.
        2

        """,
        """
        The board then turned to the fees.7 It raised them twice.8 The owners went to court,
        and the court held for the board.9

        Lind, supra note 3, at 95. 7
        8 Alder v. Harbor Bd., 312 U.S. 40 (2029).
        9 Id. at 44.
        3

        """,
        """
        The legislature did nothing for ten years.10 Then it acted.11 The act set the fees in
        the statute itself.12

        10

        Platt, supra note 4, at 15.
        11 Harbor Fees Act of 2031, Pub. L. No. 12-34, 99 Stat. 100.
        12 Id. § 4.
        4

        """,
        """
        The fees are now the legislature's.13 The board keeps the rest.14

        13 Lind, supra note 3, at 101.
        14 Vale, supra note 1, at 20.
        5

        """
    ]

    static func essay(_ pages: [String]) throws -> Essay {
        try Fixture.pagedEssay(pages, path: "ramps.txt")
    }

    @Test("a page's first note numbered on the line below its text is that note, and the page's later notes follow")
    func numberBelowText() throws {
        let essay = try Self.essay(Self.pages)
        #expect(essay.footnote("4")?.content.text == "Nora Platt, Ramp Slopes in Old Schools, 3 J. SCH. DESIGN 10, 12 (2019).")
        #expect(essay.footnote("5")?.content.text == "Id. at 14.")
        #expect(essay.footnote("6")?.content.text == "Vale, supra note 1, at 9.")
        #expect(!LawReviewNoteTests.bodyText(essay).contains("Nora Platt"))
    }

    @Test("a page's first note numbered at its line's end is that note, without the number")
    func numberAtLineEnd() throws {
        let essay = try Self.essay(Self.pages)
        #expect(essay.footnote("7")?.content.text == "Lind, supra note 3, at 95.")
        #expect(essay.footnote("8")?.content.text == "Alder v. Harbor Bd., 312 U.S. 40 (2029).")
    }

    @Test("a number alone between blank lines over its text, and every later note, are read")
    func loneNumberOverText() throws {
        let essay = try Self.essay(Self.pages)
        #expect(essay.footnote("10")?.content.text == "Platt, supra note 4, at 15.")
        #expect(essay.footnotes.map(\.number).filter { $0 > 0 } == Array(1...14))
    }

    @Test("a body line ending with a number over the next note stays the body's when the page's text does not mark the note")
    func unmarkedNumberStaysText() throws {
        var pages = Self.pages
        pages[2] = pages[2].replacing("fees.7 It", with: "fees. It")
        let essay = try Self.essay(pages)
        #expect(essay.footnote("7")?.content.text != "Lind, supra note 3, at 95.")
    }
}
