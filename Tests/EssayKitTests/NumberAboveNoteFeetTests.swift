import EssayKit
import Foundation
import Testing

/// Page-foot notes whose numbers pdftotext (default mode) printed alone above their texts, where a
/// publisher's stamp under the notes parts the page so that the notes come before the body (or
/// between its bottom and its top), and a word processor may move a page's note's number to the
/// foot's end. Names, journals and texts are invented.
@Suite("Page-foot notes numbered alone above their texts, read before the body")
struct NumberAboveNoteFeetTests {
    static let stamp = "Fetched from https://example.org/harbor/article/1 by a reader on 1 May 2031"

    static let pages = [
        """
        The Quiet Harbor Board
        Ann Roe

        1
        Ann Vale, Harbor Rules (Northport, 2030), p. 4.
        2
        See B. Lind, ‘Quiet Ports’, Sea Review, 7, 2 (2031), pp. 88–90, here p. 89.

        \(stamp)

        The harbor board has long set the rules of the docks.1 Its rules reach every ship that
        enters the port, and the captains have learned to read them closely.2

        """,
        """
        12

        Ann Roe

        3
        Ibid., p. 6.
        4
        C. Platt, Ramp Slopes (Southport, 2019), p. 12. The board never asked for new
        ramps, and the schools still wait for the money.

        \(stamp)

        The ramps were built before the rules.3 The board has not asked for new ones, and
        the town has not pressed it to do so.4 The schools wait for the money and the
        board waits for the schools.

        """,
        """
        the fees were raised twice in one year.6 Nobody in the town
        could say why the board had done it, and nobody asked.
        5
        Vale, Harbor Rules, p. 9.
        6
        Platt, Ramp Slopes, p. 15.

        \(stamp)

        The board then turned to the fees, which had not moved for a decade.5 By the spring
        the captains had begun to complain about them at every meeting.

        """,
        """
        14

        Ann Roe

        The docks closed at noon on the last day of the season.7 The captains went home
        and the board went on meeting through the winter.8
        7

        D. Holm, ‘The Last Day of the Season’, Port History, 3, 1 (2032), pp. 5–9.
        8
        Ibid., p. 7.

        """,
        """
        15

        9
        Holm, ‘The Last Day’, p. 8.
        See E. Marsh, Winter Boards (Eastport, 2033), pp. 40–44.
        11
        Ibid., p. 45.
        10

        \(stamp)

        In the winter the board met in the harbor master's house.9 Its minutes from those
        months are short,10 and most of them record only who came.11

        """,
    ]

    @Test("notes numbered alone above their texts are read at the page's top, its middle and its foot, a moved number's note parted from the one above")
    func notesAboveTheBody() throws {
        let essay = try Fixture.essay(Self.pages.joined(separator: "\u{0C}"), path: "harbor.txt")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"])
        #expect(essay.footnote("1")?.content.text == "Ann Vale, Harbor Rules (Northport, 2030), p. 4.")
        #expect(essay.footnote("2")?.content.text == "See B. Lind, ‘Quiet Ports’, Sea Review, 7, 2 (2031), pp. 88–90, here p. 89.")
        #expect(essay.footnote("4")?.content.text
            == "C. Platt, Ramp Slopes (Southport, 2019), p. 12. The board never asked for new ramps, and the schools still wait for the money.")
        #expect(essay.footnote("5")?.content.text == "Vale, Harbor Rules, p. 9.")
        #expect(essay.footnote("6")?.content.text == "Platt, Ramp Slopes, p. 15.")
        #expect(essay.footnote("7")?.content.text == "D. Holm, ‘The Last Day of the Season’, Port History, 3, 1 (2032), pp. 5–9.")
        #expect(essay.footnote("8")?.content.text == "Ibid., p. 7.")
        #expect(essay.footnote("9")?.content.text == "Holm, ‘The Last Day’, p. 8.")
        #expect(essay.footnote("10")?.content.text == "See E. Marsh, Winter Boards (Eastport, 2033), pp. 40–44.")
        #expect(essay.footnote("11")?.content.text == "Ibid., p. 45.")
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(body.contains("The ramps were built before the rules."))
        #expect(!body.contains("Ibid., p. 6."))
    }

    @Test("numbers alone over lines the body does not mark open no notes")
    func unmarkedNumbersStayInTheBody() throws {
        let unmarked = Self.pages.map { $0.replacingOccurrences(of: ".1 ", with: ". ").replacingOccurrences(of: "closely.2", with: "closely.") }
        let essay = try Fixture.essay(unmarked.joined(separator: "\u{0C}"), path: "harbor.txt")
        #expect(essay.footnote("1") == nil)
        #expect(essay.footnote("2") == nil)
        #expect(essay.footnote("3")?.content.text == "Ibid., p. 6.")
    }
}
