import EssayKit
import Testing

/// A page of a Word-made PDF as pdftotext (default mode) prints its notes: `N Text` at the page's
/// foot, but a note parted by more than one blank line (a line of small capitals or an address set
/// apart), or a note's number alone over its text among notes read as a law review's. Names,
/// journals and texts are invented.
@Suite("A Word page's notes by pdftotext: notes parted by blank lines, numbers alone over their texts")
struct WordPdfNoteTests {
    static let feed = "\u{0C}"

    static func essay(_ pages: [String]) throws -> Essay {
        try Fixture.essay(pages.joined(separator: feed), path: "harbors.txt")
    }

    static let partedPages = [
        """
        Harbors and Their Rules
        Ann Roe

        Introduction
        The harbor board has long set the rules of the docks.1 Its rules reach every ship that
        enters the port, and the courts have mostly let them stand.2 Critics say the board
        goes too far; the board says it does only what the statute asks.3 This paper takes up

        1 Ann Vale, Harbor Rules, 12 N. L.J. 4, 6 (2030).
        2 Bo Lind, Quiet Ports and the Courts, INST.

        FOR HARBOR STUD. (May 2, 2031), https://www.example.org/quiet-ports-

        and-the-courts/ [https://perma.cc/AB12-CD34].
        3 Id. at 9.

        1

        """,
        """
        the question again. The courts have treated the rules as contracts,4 and they have
        rarely asked whether a rule served a public end.5 That reluctance is old.

        4 Vale, supra note 1, at 8.
        5 Lind, supra note 2, at 3.

        2

        """,
    ]

    @Test("a note parted by two blank lines keeps its parts, and the notes after it are read")
    func notePartedByBlankLines() throws {
        let essay = try Self.essay(Self.partedPages)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("2")?.content.text.hasPrefix("Bo Lind, Quiet Ports and the Courts, INST. FOR HARBOR STUD. (May 2, 2031)") == true)
        #expect(essay.footnote("2")?.content.text.hasSuffix("[https://perma.cc/AB12-CD34].") == true)
        #expect(essay.footnote("3")?.content.text == "Id. at 9.")
        #expect(!LawReviewNoteTests.bodyText(essay).contains("HARBOR STUD"))
    }

    @Test("a paragraph between a page's notes that marks a note to come is body text, not the note's rest")
    func markingUnitStaysBody() throws {
        var pages = Self.partedPages
        pages[0] = """
            Harbors and Their Rules
            Ann Roe

            Introduction
            The harbor board has long set the rules of the docks.1 Its rules reach every ship that
            enters the port, and the courts have mostly let them stand.2 This paper takes up

            1 Ann Vale, Harbor Rules, 12 N. L.J. 4, 6 (2030).
            2 Bo Lind, Quiet Ports and the Courts, 9 S. L. Rev. 20 (2031).

            Critics say the board goes too far; the board says it does only what the statute
            asks.3 The board, for its part, has

            said little.
            3 Id. at 9.

            1

            """
        let essay = try Self.essay(pages)
        #expect(essay.footnote("2")?.content.text == "Bo Lind, Quiet Ports and the Courts, 9 S. L. Rev. 20 (2031).")
        #expect(LawReviewNoteTests.bodyText(essay).contains("Critics say the board"))
    }

    static let alonePages = [
        """
        Harbors and Their Rules
        Ann Roe

        Introduction
        The harbor board has long set the rules of the docks.1 Its rules reach every ship that
        enters the port, and the courts have mostly let them stand.2 Critics say the board
        goes too far; the board says it does only what the statute asks. This paper takes up
        1
        See Ann Vale, Harbor Rules, 12 N. L.J. 4, 6 (2030).
        2 Bo Lind, Quiet Ports and the Courts, 9 S. L. Rev. 20 (2031).

        1

        """,
        """
        the question again. The courts have treated the rules as contracts,3 and they have
        rarely asked whether a rule served a public end.4 That reluctance is old, and it is
        shared by the scholars who write on ports.5
        3 431 U.S. 98, 104 (2030).

        4
        See id. at 105 (holding that the rule bound the ship).
        5 Lind, supra note 2, at 23.

        2

        """,
        """
        The third page closes the argument: the rules are contracts.6
        6 Vale, supra note 1, at 9.

        3

        """,
    ]

    @Test("a note's number alone over its text, after notes read as a law review's, opens that note and the page's later notes")
    func numberAloneOverText() throws {
        let essay = try Self.essay(Self.alonePages)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("3")?.content.text == "431 U.S. 98, 104 (2030).")
        #expect(essay.footnote("4")?.content.text == "See id. at 105 (holding that the rule bound the ship).")
        #expect(essay.footnote("5")?.content.text == "Lind, supra note 2, at 23.")
    }

    @Test("a column of numbers alone (`4` over `5`) is no number over its text: no note opens from it")
    func columnIsNoNumberOverText() throws {
        var pages = Self.alonePages
        pages[1] = """
            the question again. The courts have treated the rules as contracts,3 and they have
            rarely asked whether a rule served a public end.4 That reluctance is old, and it is
            shared by the scholars who write on ports.5
            3 431 U.S. 98, 104 (2030).

            4
            5
            See id. at 105 (holding that the rule bound the ship).
            Lind, supra note 2, at 23.

            2

            """
        let essay = try Self.essay(pages)
        // Read as a number over its text, `4` would take `5` as its text or open empty.
        #expect(essay.footnote("4") == nil)
        #expect(!essay.footnotes.contains { $0.content.text.isEmpty })
    }
}
