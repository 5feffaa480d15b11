import EssayKit
import Foundation
import Testing

/// Page-foot notes numbered alone above their texts, as pdftotext (default mode) prints a word
/// processor's pages, where one note's number was printed after the foot's last text, before the
/// page's number. Names, journals and texts are invented.
@Suite("Page-foot numbers alone moved to the foot's end")
struct MovedFootNumbersTests {
    static let pages = [
        """
        Tolls of the Northern Ferries
        Ada Quill

        The ferry tolls were first set down in the county book of rates.1 Later clerks copied
        them into a register that the ferrymen kept at the landing.2 The register is the only
        record of the tolls for most of the century, and it is incomplete in many places.
        1
        County Book of Rates, fol. 12, in the Archive of the Northern Shires.
        2
        Register of the Landing at Eastford, vol. 1, pp. 3-9.

        1

        """,
        """
        Ada Quill

        The register was kept by the landing master himself.3 He wrote the tolls in it each
        spring, and the clerks of the county checked them every second year.4 The tolls rose
        with each winter's flood.5 The ferrymen kept the difference, as the county allowed.

        Landing Master's Accounts, 1702 to 1730, in the Archive of the Northern Shires, box 4, with
        the letter dated 9 May 1731.
        4
        County Audit Rolls, roll 7, membrane 2, which records each check of the register.
        5
        Ibid., membrane 3.
        3

        2

        """,
        """
        Tolls of the Northern Ferries

        The county never asked for the money.6 The ferrymen paid nothing,7 and the landing
        master kept his books as he pleased.8 Nobody at the county asked him about them.
        6
        County Audit Rolls, roll 8, membrane 1.
        Ibid., membrane 2.
        8
        B. Wren, Ferries and Fees (Southford, 2031), p. 40.
        7

        3

        """,
        """
        Tolls of the Northern Ferries

        The landing master died in the winter of 1731.9 His son took the books and kept
        them as his father had done,10 though he wrote the tolls in a smaller hand.
        9

        Parish Register of Eastford, burials, 1731, entry 14.
        10
        Ibid., baptisms, 1703, entry 2.

        4

        """,
        """
        Ada Quill

        The son kept the register until the county took the ferries into its own
        hands.11 The county clerk then wrote a new table of tolls for each landing,
        and he sent a copy of the table to every parish on the river.12 The new
        tolls were lower than the old ones, and the ferrymen said so at every
        County Order Book, vol. 3, fol. 88, recording the taking of the ferries into the county's hands.
        12
        Table of Tolls for the Landings of the River, printed for the county clerk in the year 1740.
        11

        5

        """,
    ]

    @Test("a page's first note's number and a later note's number printed at the foot's end open their notes, after a blank line, a sentence's end or the body's narrower lines")
    func movedNumbersOpenTheirNotes() throws {
        let essay = try Fixture.essay(Self.pages.joined(separator: "\u{0C}"), path: "ferries.txt")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"])
        #expect(essay.footnote("3")?.content.text
            == "Landing Master's Accounts, 1702 to 1730, in the Archive of the Northern Shires, box 4, with the letter dated 9 May 1731.")
        #expect(essay.footnote("4")?.content.text == "County Audit Rolls, roll 7, membrane 2, which records each check of the register.")
        #expect(essay.footnote("5")?.content.text == "Ibid., membrane 3.")
        #expect(essay.footnote("6")?.content.text == "County Audit Rolls, roll 8, membrane 1.")
        #expect(essay.footnote("7")?.content.text == "Ibid., membrane 2.")
        #expect(essay.footnote("8")?.content.text == "B. Wren, Ferries and Fees (Southford, 2031), p. 40.")
        #expect(essay.footnote("9")?.content.text == "Parish Register of Eastford, burials, 1731, entry 14.")
        #expect(essay.footnote("11")?.content.text
            == "County Order Book, vol. 3, fol. 88, recording the taking of the ferries into the county's hands.")
        #expect(essay.footnote("12")?.content.text == "Table of Tolls for the Landings of the River, printed for the county clerk in the year 1740.")
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(body.contains("The ferrymen kept the difference, as the county allowed."))
        #expect(!body.contains("Landing Master's Accounts"))
        #expect(body.contains("the ferrymen said so at every"))
    }

    @Test("a number at the foot's end that the body does not mark is left where it is")
    func unmarkedNumberStays() throws {
        let unmarked = Self.pages.map { $0.replacingOccurrences(of: "himself.3", with: "himself.") }
        let essay = try Fixture.essay(unmarked.joined(separator: "\u{0C}"), path: "ferries.txt")
        #expect(essay.footnote("3") == nil)
        #expect(essay.footnote("4")?.content.text == "County Audit Rolls, roll 7, membrane 2, which records each check of the register.")
    }
}
