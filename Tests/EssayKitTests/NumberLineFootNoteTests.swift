import EssayKit
import Testing

/// A word processor's draft (no journal typesetting) as pdftotext (default mode) prints it: the
/// body's marks set apart by spaces (`dollars 1 to`), and at each page's foot the notes' texts,
/// each note's number alone on a line right after its text (or right before it), then the page's
/// number; blank lines part some of these. Names, journals and texts are invented.
@Suite("A draft's notes whose numbers stand alone next to their texts, as pdftotext prints them")
struct NumberLineFootNoteTests {
    static let feed = "\u{0C}"

    static let pages = [
        """
        Grants and Their Critics
        Ann Roe

        Introduction
        The state has long spent public dollars 1 to help private ventures, and the practice
        has drawn critics from every side. 2 Some say grants distort markets; others say they
        merely move costs from one group to another. The debate goes on, and this paper
        takes it up again. 3

        Carl Moe, The Price of Help 12 (2031).
        1
        See Ann Doe, Grants and Their Discontents, 14 N. Pub. L.J. 100, 104 (2029).
        2

        3

        Id. at 110.

        1

        """,
        """
        The second page turns to the cases. Courts have treated grants as gifts, 4 and
        they have rarely asked whether a grant served a public end. 5 That reluctance is old.
        Scholars have noticed it for a century, 6 and the courts have not changed course.

        4

        Moe, supra note 1, at 30.
        Doe, supra note 2, at 120; see also Ben Loe, Grants and the Courts, 9 N. Reg. J.
        200 (2030).
        5
        Id. at 210.
        6
        2

        """,
        """
        The third page closes the argument. The better view is that grants are contracts, 7 and
        that view has support in the older cases. 8

        Loe, supra note 5, at 220.
        7
        8
        Moe, supra note 1, at 44.
        3

        """,
    ]

    static func essay(_ pages: [String]) throws -> Essay {
        try Fixture.essay(pages.joined(separator: feed), path: "grants.txt")
    }

    @Test("each number alone after its note's text (or before it) names that text; the page number is none")
    func numbersNextToTexts() throws {
        let essay = try Self.essay(Self.pages)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(essay.footnote("1")?.content.text == "Carl Moe, The Price of Help 12 (2031).")
        #expect(essay.footnote("2")?.content.text == "See Ann Doe, Grants and Their Discontents, 14 N. Pub. L.J. 100, 104 (2029).")
        #expect(essay.footnote("3")?.content.text == "Id. at 110.")
        #expect(essay.footnote("4")?.content.text == "Moe, supra note 1, at 30.")
        #expect(essay.footnote("5")?.content.text == "Doe, supra note 2, at 120; see also Ben Loe, Grants and the Courts, 9 N. Reg. J. 200 (2030).")
        #expect(essay.footnote("6")?.content.text == "Id. at 210.")
        #expect(essay.footnote("7")?.content.text == "Loe, supra note 5, at 220.")
        #expect(essay.footnote("8")?.content.text == "Moe, supra note 1, at 44.")
    }

    @Test("the body's marks set apart by spaces are read, and the notes' texts are no body text")
    func marksAndBody() throws {
        let essay = try Self.essay(Self.pages)
        #expect(LawReviewNoteTests.markers(essay) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(!body.contains("Carl Moe") && !body.contains("Id. at") && !body.contains("supra"))
        #expect(body.contains("The second page turns to the cases."))
    }

    @Test("a number out of place among the page's numbers (`8`, `9`, then `7` last) leaves the page to the other rules: no note gets another's text")
    func outOfPlaceNumbers() throws {
        var pages = Self.pages
        pages[2] = """
            The third page closes the argument. The better view is that grants are contracts, 7 and
            that view has support in the older cases, 8 and in the newer ones. 9

            Loe, supra note 5, at 220.
            8

            Moe, supra note 1, at 44.
            9

            Doe, supra note 2, at 130.
            7
            3

            """
        let essay = try Self.essay(pages)
        #expect(essay.footnote("6")?.content.text == "Id. at 210.")
        #expect(essay.footnote("7")?.content.text != "Doe, supra note 2, at 130.")
    }

    @Test("a report's footer over its page number (`Grants Review Board` / `1`) is no note's text, though a table's page between breaks the run of page numbers")
    func footerOverPageNumber() throws {
        let pages = [
            """
            The board made grants to the states.1 The states spent them on roads.

            1 Carl Moe, The Price of Help 12 (2031).

            Grants Review Board

            1

            """,
            """
            Table 1. Grants by State
            State
            Amount
            Ohio
            7

            """,
            """
            The board then reviewed the grants again, state by state.

            Grants Review Board

            3

            """,
            """
            The review ended in the spring.

            Grants Review Board

            4

            """,
        ]
        let essay = try Self.essay(pages)
        #expect(essay.footnotes.filter { $0.label == "1" }.count == 1)
        #expect(essay.footnote("1")?.content.text == "Carl Moe, The Price of Help 12 (2031).")
        #expect(!essay.diagnostics.contains { $0.message.contains("defined twice") })
    }

    @Test("numbers alone at a page's foot that the body does not mark (a numbered list, a column of figures) are no notes")
    func unmarkedNumbersAreNoNotes() throws {
        let pages = [
            """
            Grants and Their Critics
            The table below lists the grants by year, and the list after it the agencies.

            Grants made in the first year.
            1
            Grants made in the second year.
            2

            1

            """,
            """
            The second page says more about the agencies and what they did with the money.

            Agencies that kept their grants.
            3
            Agencies that returned them.
            4
            2

            """,
        ]
        let essay = try Self.essay(pages)
        #expect(essay.footnotes.isEmpty)
    }

    @Test("a journal's pages whose notes' numbers stand before their texts, one page ending with a number whose text is on the next page, are no numbers-after-texts: no note takes the one before's text")
    func numbersBeforeTextsWithNumberAtPageEnd() throws {
        let pages = [
            """
            THE ROLE OF SMALL COURTS

            Ann Vale*

            The small court has long held a place in the law of the region, and its decline.1 Scholars
            have written about it at length.2 Others wrote in a later time.3

            *

            Professor of Law, Example University.
            1
            Mary Poe, Courts and Towns, 12 J. SMALL CTS. 1 (1999).
            2
            Carl Ray, The Small Court, 40 REV. 101 (2001).
            3
            Jon Roe eds., Proceedings of the
            14 Working Meeting on Courts 3 (2005) (noting that the court
            (141)

            """,
            """
            142

            JOURNAL OF SMALL COURTS LAW

            [Vol. 3:1

            The court answered with a rule of its own.4 That rule stood for a long time.5 It
            fell in the end.6

            held its own).
            4
            Id. at 7.
            5
            See Ray, supra note 2, at 110; see also Poe, supra note 1, at 4 (describing the
            th
            rule).
            6

            """,
            """
            2009]

            THE ROLE OF SMALL COURTS

            143

            A later court took the rule back.7 Its reasons were plain.8

            Sam Lee, The End of a Rule, 9 L. Q. 77 (2012).
            7
            Tom Fox, The Return, 3 J. SMALL CTS. 9 (2015).
            8
            Id. at 12.

            """,
        ]
        let essay = try Self.essay(pages)
        #expect(essay.footnote("4")?.content.text == "Id. at 7.")
        #expect(essay.footnote("5")?.content.text.hasPrefix("See Ray, supra note 2") == true)
        #expect(essay.footnote("3")?.content.text.hasPrefix("Jon Roe eds.") == true)
        #expect(!essay.footnotes.contains { $0.content.text == "fell in the end." || $0.content.text.hasPrefix("Id. at 7") && $0.label != "4" })
    }
}
