import EssayKit
import Testing

/// Page-foot notes whose numbers pdftotext (default mode) printed away from their texts: a page's
/// first notes with their numbers alone at the foot's end (`text` / `3 text` / `1` / `2`), and a
/// page's first note with its number glued to the body's last line (`stood4` / blank / text).
/// Names, journals and texts are invented.
@Suite("Page-foot notes with displaced numbers: numbers at the foot's end, or glued to the body")
struct DisplacedPageNoteTests {
    static let feed = "\u{0C}"

    static func essay(_ pages: [String]) throws -> Essay {
        try Fixture.essay(pages.joined(separator: feed), path: "harbors.txt")
    }

    static let leadPages = [
        """
        Harbor Rules and the Quiet Board
        Ann Roe

        The harbor board has long set the rules of the docks.1 Its rules reach every ship that
        enters the port.2 Critics say the board goes too far.3

        Ann Vale, Harbor Rules, 12 N. L.J. 4, 6 (2030).
        See id. at 7.
        3 Bo Lind, Quiet Ports, 7 S. L. REV. 88, 90 (2031).
        1
        2

        """,
        """
        2

        The ramps were built before the rules.4 The board has not asked for new ones.5 The
        schools wait for the money.
        Nora Platt, Ramp Slopes in Old Schools, 3 J. SCH. DESIGN 10, 12 (2019).
        5 Id. at 14.
        4

        """,
        """
        3

        The board then turned to the fees.6 It raised them twice.7

        6 Vale, supra note 1, at 9.
        7 Platt, supra note 4, at 15.

        """,
    ]

    @Test("a page's first notes numbered at the foot's end get their numbers, and the notes after them are read")
    func leadNotesNumberedLast() throws {
        let essay = try Self.essay(Self.leadPages)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(essay.footnote("1")?.content.text == "Ann Vale, Harbor Rules, 12 N. L.J. 4, 6 (2030).")
        #expect(essay.footnote("2")?.content.text == "See id. at 7.")
        #expect(essay.footnote("3")?.content.text == "Bo Lind, Quiet Ports, 7 S. L. REV. 88, 90 (2031).")
        #expect(essay.footnote("4")?.content.text == "Nora Platt, Ramp Slopes in Old Schools, 3 J. SCH. DESIGN 10, 12 (2019).")
        #expect(essay.footnote("5")?.content.text == "Id. at 14.")
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(body.contains("The schools wait for the money."))
        #expect(!body.contains("Nora Platt"))
    }

    @Test("numbers alone after a body paragraph with no numbered note above them open no notes")
    func numbersAfterBodyOpenNone() throws {
        let pages = [
            """
            Harbor Rules and the Quiet Board
            Ann Roe

            The harbor board has long set the rules of the docks.1 Its rules reach every ship that
            enters the port.2 Critics say the board goes too far.
            The board answers that it does what the statute asks.
            1
            2

            Ann Vale, Harbor Rules, 12 N. L.J. 4, 6 (2030).
            Bo Lind, Quiet Ports, 7 S. L. REV. 88, 90 (2031).

            """,
        ]
        let essay = try Self.essay(pages)
        #expect(LawReviewNoteTests.bodyText(essay).contains("The board answers that it does what the statute asks."))
        #expect(essay.footnote("1")?.content.text != "The board answers that it does what the statute asks.")
    }

    @Test("a page's numbers alone in a column above its texts give the texts their numbers in order")
    func stackedNumbersOverTexts() throws {
        let pages = [
            """
            Harbor Rules and the Quiet Board
            Ann Roe

            The harbor board has long set the rules of the docks.1 Its rules reach every ship that
            enters the port.2 Critics say the board goes too far.3

            1 Ann Vale, Harbor Rules, 12 N. L.J. 4, 6 (2030).
            2 Bo Lind, Quiet Ports, 7 S. L. REV. 88, 90 (2031).
            3 Id. at 91.

            """,
            """
            2

            The ramps were built before the rules.4 The board has not asked for new ones.5 The
            schools wait for the money.

            4
            5

            Nora Platt, Ramp Slopes in Old Schools, 3 J. SCH. DESIGN 10, 12 (2019).
            See id. at 14.

            """,
            """
            3

            The board then turned to the fees.6 It raised them twice.7

            6 Vale, supra note 1, at 9.
            7 Platt, supra note 4, at 15.

            """,
        ]
        let essay = try Self.essay(pages)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(essay.footnote("4")?.content.text == "Nora Platt, Ramp Slopes in Old Schools, 3 J. SCH. DESIGN 10, 12 (2019).")
        #expect(essay.footnote("5")?.content.text == "See id. at 14.")
    }

    static let gluedPages = [
        """
        Harbor Rules and the Quiet Board
        Ann Roe

        The harbor board has long set the rules of the docks.1 Its rules reach every ship that
        enters the port.2 Critics say the board goes too far.3

        1 Ann Vale, Harbor Rules, 12 N. L.J. 4, 6 (2030).
        2 Bo Lind, Quiet Ports, 7 S. L. REV. 88, 90 (2031).
        3 Id. at 91.

        1

        """,
        """
        the board adopted the plan without a hearing.4 Two members
        objected that the statute left no room for it.5 The vote stood4

        Carla Benn, Quiet Boards, 9 TENN. ADMIN. L. REV. 77, 80 (1999).
        5 Id. at 81.

        2

        """,
        """
        The board then turned to the fees.6 It raised them twice.7

        6 Vale, supra note 1, at 9.
        7 Benn, supra note 4, at 82.

        3
        """,
    ]

    @Test("a page's first note whose number is glued to the body's last line gets that number")
    func firstNumberGluedToTheBody() throws {
        let essay = try Self.essay(Self.gluedPages)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(essay.footnote("4")?.content.text == "Carla Benn, Quiet Boards, 9 TENN. ADMIN. L. REV. 77, 80 (1999).")
        #expect(essay.footnote("5")?.content.text == "Id. at 81.")
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(body.contains("The vote stood"))
        #expect(!body.contains("stood4"))
        #expect(!body.contains("Carla Benn"))
    }

    /// An OCR'd scan's page foot: each number alone on its line, a note's lines parted by blank
    /// lines, the page's first note numbered after its text.
    static let scannedPages = [
        """
        Harbor Rules and the Quiet Board
        Ann Roe

        The harbor board has long set the rules of the docks.1 Its rules reach every ship that
        enters the port.2 Critics say the board goes too far.

        See Ana Pell, Late Ferries and the Law of the Docks, 9 HARBOR

        L.J. 100, 110 (2015) (noting that the board

        met in secret).
        2
        Cf. Rowe v. Tallis, 12 F.4th 300, 305 (9th Cir. 2021).
        1

        """,
        """

        2019]

        QUIET BOARD

        401

        The ramps were built before the rules.3 The board has not asked for new ones.

        3

        See, e.g., Pell v. Ross, 77 F.3d 2210,
        2214 (4th Cir. 1988).

        """,
    ]

    @Test("a number alone above a text opens no displaced notes: a scan's note lines parted by blank lines are not split there")
    func scannedNumbersAloneOpenNoDisplacedNotes() throws {
        let essay = try Self.essay(Self.scannedPages)
        #expect(essay.footnote("1")?.content.text != "met in secret).")
        #expect(essay.footnote("2")?.content.text == "Cf. Rowe v. Tallis, 12 F.4th 300, 305 (9th Cir. 2021).")
        #expect(essay.footnote("3")?.content.text == "See, e.g., Pell v. Ross, 77 F.3d 2210, 2214 (4th Cir. 1988).")
    }
}
