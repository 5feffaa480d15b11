import EssayKit
import Testing

/// An OCR'd scan's pages by pdftotext (a database's PDF of an old journal): the database's stamp
/// on each page, running heads, the notes at each page's foot as `12 Id.` or `12Id.`, some numbers
/// misread (`S` for 5, `lO` for 10, `I2` for 12) or after a stray mark (`'15`). Names, journals
/// and texts are invented.
@Suite("OCR'd scans: note numbers misread at a page's foot, the database's stamp")
struct ScannedNoteNumberTests {
    static let pages = [
        """
        HeinOnline -- 12 J.L. & Pol. 345 2015

        THE HARBOR BOARD AND ITS CRITICS
        ANN ROE*

        The harbor board has long set the rules of the docks.1 Its rules reach every
        ship that enters the port, and the ships pay for them.2 Critics say the board
        goes too far,3 and some say it does not go far enough.4 This Article asks
        which of them is right.

        I. THE BOARD'S RULES

        The board was formed in 1921 by a statute that gave it the docks and little
        else.5 Its first rules set the fees for berths and the hours of the cranes.6

        * Professor of Law, Northvale University.
        1 Ann Vale, Harbor Rules, 12 N. L.J. 4, 6 (1990).
        2Id. at 7.
        3 Bo Lind, Quiet Ports, 7 S. L. REV. 88, 90 (1991).
        4 See Cara Moss, The Dock and the State, 44 E. L.J. 201, 210 (1988).
        S Harbor Act of 1921, ch. 12, 41 Stat. 100.
        6 Vale, supra note 1, at 9.

        """,
        """
        HeinOnline -- 12 J.L. & Pol. 346 2015

        346 JOURNAL OF LAW & POLICY [Vol. 12:345

        The fees were low at first. The board raised them in 1950 and again in
        1962,7 each time after the ships had grown.8 The owners went to court.9
        The court held for the board,10 and the owners went to the legislature.11
        The legislature did nothing for ten years.12

        7 Lind, supra note 3, at 95.
        8 Id.
        9 Alder v. Harbor Bd., 312 U.S. 40 (1963).
        lO Id. at 44.
        11 See Moss, supra note 4, at 215-17 (describing the owners' efforts to
        persuade the legislature to act).
        I2 Vale, supra note 1, at 12.

        """,
        """
        HeinOnline -- 12 J.L. & Pol. 347 2015

        1996] THE HARBOR BOARD 347

        II. THE CRITICS

        The critics make two claims. The first is that the board sets fees it has no
        power to set.13 The second is that the fees fall on the wrong ships.14 Both
        claims have support in the cases,15 and both have been pressed for decades
        in the market.16 The board's answer is that the statute gave it the power

        13 Lind, supra note 3, at 99.
        14 Moss, supra note 4, at 220.
        '15 Birch v. Port Auth., 88 F.2d 12, 14 (2d Cir. 1937); Cole v. Harbor Bd.,
        90 F.2d 300, 302 (2d Cir. 1937).
        16 See Dana Frost, Fees and Ships, 9 W. L. REV. 55, 60 (1985) (reviewing the
        history of the fees from the board's first rules to the present and the

        """,
        """
        HeinOnline -- 12 J.L. & Pol. 348 2015

        348 JOURNAL OF LAW & POLICY [Vol. 12:345

        and that the fees follow the costs.17 There is something to both claims. The
        statute says nothing of fees.18 It speaks of rules,19 and the board has read
        rules to include fees since 1921.20 The courts have agreed.21

        complaints the owners brought against them).
        17 Harbor Act of 1921 § 4.
        18 Harbor Act of 1921 § 2.
        19 Id. § 3.
        20 Frost, supra note 16, at 62.
        21 Alder, 312 U.S. at 45.

        """,
        """
        HeinOnline -- 12 J.L. & Pol. 349 2015

        1996] THE HARBOR BOARD 349

        III. CONCLUSION

        The board's power is settled.22 Its fees are not.23 The owners will go on
        pressing their claims,24 and the board will go on answering them.25

        22 See Birch, 88 F.2d at 15.
        23 Moss, supra note 4, at 230.
        24 Lind, supra note 3, at 101.
        25 Vale, supra note 1, at 20.

        """
    ]

    static func essay(_ pages: [String]) throws -> Essay {
        try Fixture.pagedEssay(pages, path: "harbor-scan.txt")
    }

    @Test("misread numbers and a stray mark before one are the notes numbered next, with their texts")
    func misreadNumbers() throws {
        let essay = try Self.essay(Self.pages)
        #expect(essay.footnotes.filter { $0.number > 0 }.map(\.number) == Array(1...25))
        #expect(essay.footnote("5")?.content.text == "Harbor Act of 1921, ch. 12, 41 Stat. 100.")
        #expect(essay.footnote("10")?.content.text == "Id. at 44.")
        #expect(essay.footnote("12")?.content.text == "Vale, supra note 1, at 12.")
        #expect(essay.footnote("15")?.content.text.hasPrefix("Birch v. Port Auth., 88 F.2d 12, 14") == true)
        #expect(essay.footnote("4")?.content.text == "See Cara Moss, The Dock and the State, 44 E. L.J. 201, 210 (1988).")
        #expect(essay.footnote("9")?.content.text == "Alder v. Harbor Bd., 312 U.S. 40 (1963).")
    }

    @Test("a note's rest at the next page's foot, a unit of its own going on in lower case, goes back to it")
    func noteRestOnNextPage() throws {
        let essay = try Self.essay(Self.pages)
        #expect(essay.footnote("16")?.content.text.hasSuffix("to the present and the complaints the owners brought against them).") == true)
        #expect(essay.footnote("17")?.content.text == "Harbor Act of 1921 § 4.")
        #expect(!LawReviewNoteTests.bodyText(essay).contains("complaints the owners"))
    }

    @Test("a unit going on in lower case that marks a note of its page is the body's")
    func markingUnitStaysBody() throws {
        var pages = Self.pages
        pages[3] = pages[3].replacing("complaints the owners brought against them).", with: "complaints the owners brought.17 Then they sued.")
            .replacing("and that the fees follow the costs.17 There", with: "and that the fees follow the costs. There")
        let essay = try Self.essay(pages)
        #expect(LawReviewNoteTests.bodyText(essay).contains("complaints the owners brought."))
    }

    @Test("the database's stamp on each page is furniture, never the title")
    func stampIsFurniture() throws {
        let essay = try Self.essay(Self.pages)
        #expect(essay.title == "THE HARBOR BOARD AND ITS CRITICS")
        #expect(!LawReviewNoteTests.bodyText(essay).contains("HeinOnline"))
        #expect(!essay.footnotes.contains { $0.content.text.contains("HeinOnline") })
    }

    @Test("a body line opening with a letter OCR may misread stays text when the note is printed below it")
    func bodyLineIsNoNote() throws {
        let page = """
            A SHORT PIECE
            ANN ROE

            The harbor board has long set the rules of the docks.1 Its critics are many.
            I Argue here that they are wrong, and the rest of this piece says why the
            board is right to set its fees as it does.

            1 Ann Vale, Harbor Rules, 12 N. L.J. 4, 6 (1990).
            2 Id. at 7.

            """
        let second = """
            2

            The board's fees are low.2 They fall on the ships that use the docks.

            """
        let essay = try Self.essay([page, second])
        #expect(essay.footnote("1")?.content.text == "Ann Vale, Harbor Rules, 12 N. L.J. 4, 6 (1990).")
        #expect(LawReviewNoteTests.bodyText(essay).contains("I Argue here"))
    }

    @Test("a misread number with no mark for it on its page is left as printed")
    func unmarkedMisreadStays() throws {
        var pages = Self.pages
        pages[0] = pages[0].replacing("little\nelse.5 Its", with: "little\nelse. Its")
        let essay = try Self.essay(pages)
        #expect(essay.footnote("5")?.content.text != "Harbor Act of 1921, ch. 12, 41 Stat. 100.")
        #expect(essay.footnote("10")?.content.text == "Id. at 44.")
    }
}
