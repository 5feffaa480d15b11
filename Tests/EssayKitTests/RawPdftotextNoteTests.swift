import EssayKit
import Testing

/// Notes of law reviews as plain `pdftotext` (default mode, no `-layout`) prints them, in shapes
/// the other suites do not cover: a column of numbers parted by blank lines, a note's number glued
/// to a word hyphenated across the page's end, a mark after a document's number, and the first
/// notes' numbers printed together at the foot's end. Names, journals and texts are invented.
@Suite("Notes of plain pdftotext text: columns, glued numbers, moved numbers")
struct RawPdftotextNoteTests {
    @Test("a column of numbers `N.` parted by blank lines, then the notes' texts in order")
    func columnPartedByBlankLines() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The growers sued.1 The court agreed.2 So did the panel.3 The county\n"
            + "appealed at once.4 Then the\n\n"
            + "1.\n\n"
            + "2.\n"
            + "3.\n\n"
            + "4.\n\n"
            + "Doe v. Roe, 1 F.4th 2, 9 (9th Cir. 2030) (holding that the share\n"
            + "runs with the land, as the growers had argued from the start of the\n"
            + "case).\n"
            + "Id.\n"
            + "Ann Vale, Water Shares, 12 N. L.J. 4 (2020).\n"
            + "See id. at 7 (noting the appeal).\n\n"
            + LawReviewNoteTests.oddHead(103)
            + "court ruled.5\n\n"
            + "5. Id. at 8.\n\n"
            + LawReviewNoteTests.evenHead(104)
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("1")?.content.text
            == "Doe v. Roe, 1 F.4th 2, 9 (9th Cir. 2030) (holding that the share runs with the land, as the growers had argued from the start of the case).")
        #expect(essay.footnote("2")?.content.text == "Id.")
        #expect(essay.footnote("3")?.content.text == "Ann Vale, Water Shares, 12 N. L.J. 4 (2020).")
        #expect(essay.footnote("4")?.content.text == "See id. at 7 (noting the appeal).")
        #expect(LawReviewNoteTests.bodyText(essay).contains("Then the court ruled."))
    }

    @Test("a note's number glued to the body's last word, hyphenated across the page, opens that note")
    func numberGluedToTheLastWord() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The growers sued.1 The court agreed.2\n\n"
            + "1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "2. Id. at 3.\n\n"
            + LawReviewNoteTests.evenHead(102)
            + "The county appealed, and the panel heard the case in May.3 It held that\n"
            + "the share ran with the land,4 a reading the county found unwel3.\n"
            + "Ann Vale, Water Shares, 12 N. L.J. 4 (2020) (discussing the share rule\n"
            + "at length).\n"
            + "4. Id. at 9.\n\n"
            + LawReviewNoteTests.oddHead(103)
            + "come.5\n\n"
            + "5. See id. at 11.\n\n"
            + LawReviewNoteTests.evenHead(104)
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("3")?.content.text == "Ann Vale, Water Shares, 12 N. L.J. 4 (2020) (discussing the share rule at length).")
        #expect(essay.footnote("4")?.content.text == "Id. at 9.")
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(body.contains("a reading the county found unwel"))
        #expect(!body.contains("Ann Vale"))
    }

    @Test("the glued number with the note's text on the same line; unmarked, it stays the body's")
    func numberGluedWithTextOnItsLine() throws {
        let page = "# Orchard Rights\n\n"
            + "The growers sued.1 The court agreed.2\n\n"
            + "1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "2. Id. at 3.\n\n"
            + LawReviewNoteTests.evenHead(102)
            + "The county appealed, and the panel heard the case in May.3 It held that\n"
            + "the share ran with the land,4 a reading that the county found no sur3. See Ann Vale,\n"
            + "Water Shares, 12 N. L.J. 4 (2020).\n"
            + "4. Id. at 9.\n\n"
            + LawReviewNoteTests.oddHead(103)
            + "prise.5\n\n"
            + "5. See id. at 11.\n\n"
            + LawReviewNoteTests.evenHead(104)
            + "The rest of the essay.\n"
        let essay = try Fixture.essay(page)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("3")?.content.text == "See Ann Vale, Water Shares, 12 N. L.J. 4 (2020).")
        #expect(LawReviewNoteTests.bodyText(essay).contains("a reading that the county found no sur"))
        // Without the body's own mark of note 3, the digits are no note's number.
        let unmarked = try Fixture.essay(page.replacingOccurrences(of: "in May.3 It", with: "in May. It"))
        #expect(unmarked.footnote("3") == nil)
    }

    @Test("a mark after a document's number and its year's slash (`Directive 2031/90.4`) is a mark")
    func markAfterADocumentNumber() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The rules are in Directive 2031/90.1 The share is a decimal 2.5 of the whole.\n\n"
            + "1. Directive 2031/90, art. 4.\n\n"
            + LawReviewNoteTests.evenHead(102)
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1"])
        #expect(LawReviewNoteTests.markers(essay) == ["1"])
    }

    /// The body and notes under each epigraph fixture: the marks of notes 3 and 4 and all four notes.
    static let afterEpigraph = "The growers sued in March.3 The court agreed with them.4\n\n"
        + "1. RIVERS BOARD, REPORT ON THE ORCHARDS 7 (1931).\n"
        + "2. Editorial, The River, ORCHARD HERALD, May 2, 1889.\n"
        + "3. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
        + "4. Id. at 3.\n\n"
        + LawReviewNoteTests.evenHead(102)
        + "The rest of the essay.\n"

    @Test("an epigraph's attribution marks its note glued to its year at the line's end (`—Rivers Board, 19311`)")
    func markGluedToAnEpigraphsYear() throws {
        let page = "# Orchard Rights\n\n"
            + "The river belongs to those who work its banks.\n"
            + "—Report of the Rivers Board, 19311\n"
            + "The banks belong to the river.\n"
            + "—The Orchard Herald, 18892\n\n"
            + Self.afterEpigraph
        let essay = try Fixture.essay(page)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("1")?.content.text == "RIVERS BOARD, REPORT ON THE ORCHARDS 7 (1931).")
        // A year ending a line that is no attribution marks nothing.
        let plain = try Fixture.essay(page.replacingOccurrences(of: "—", with: ""))
        #expect(plain.footnote("1") == nil)
    }

    @Test("an epigraph's attribution set in as `pdftotext -layout` prints it (`        —Rivers Board, 19311`) marks its note too")
    func markGluedToAnIndentedEpigraphsYear() throws {
        let page = "# Orchard Rights\n\n"
            + "    The river belongs to those who work its banks.\n"
            + "                        —Report of the Rivers Board, 19311\n\n"
            + "    The banks belong to the river.\n"
            + "                                 —The Orchard Herald, 18892\n\n"
            + Self.afterEpigraph
        let essay = try Fixture.essay(page)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("1")?.content.text == "RIVERS BOARD, REPORT ON THE ORCHARDS 7 (1931).")
        let plain = try Fixture.essay(page.replacingOccurrences(of: "—", with: ""))
        #expect(plain.footnote("1") == nil)
    }

    @Test("a number alone, a blank line, then a short `Ibid.` line: that is the note's whole text")
    func shortBackReferenceAfterABlankLine() throws {
        let pages = NumberAboveNoteFeetTests.pages.map {
            $0.replacingOccurrences(of: "8\nIbid., p. 7.", with: "8\n\nIbid., p. 7.")
        }
        let essay = try Fixture.essay(pages.joined(separator: "\u{0C}"), path: "harbor.txt")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"])
        #expect(essay.footnote("8")?.content.text == "Ibid., p. 7.")
        #expect(!LawReviewNoteTests.bodyText(essay).contains("Ibid., p. 7."))
    }

    @Test("a number alone under its note's text, with no text after it, takes the text's second sentence on")
    func numberAfterItsTextEndsTheFoot() throws {
        let pages = NumberAboveNoteFeetTests.pages.map {
            $0.replacingOccurrences(of: "5\nVale, Harbor Rules, p. 9.\n6\nPlatt, Ramp Slopes, p. 15.\n",
                                    with: "5\nVale, Harbor Rules, p. 9.\nPlatt, Ramp Slopes, p. 15.\n6\n")
        }
        let essay = try Fixture.essay(pages.joined(separator: "\u{0C}"), path: "harbor.txt")
        #expect(essay.footnote("5")?.content.text == "Vale, Harbor Rules, p. 9.")
        #expect(essay.footnote("6")?.content.text == "Platt, Ramp Slopes, p. 15.")
        #expect(essay.footnote("7")?.content.text == "D. Holm, ‘The Last Day of the Season’, Port History, 3, 1 (2032), pp. 5–9.")
    }

    static let movedPages = [
        """
        Tolls of the Northern Ferries
        Ada Quill

        The ferry tolls were first set down in the county book of rates. 1 Later clerks copied
        them into a register that the ferrymen kept at the landing.2 The register is the only
        record of the tolls for most of the century, and it is incomplete in many places.3

        County Book of Rates, fol. 12, in the Archive of the Northern Shires.
        Register of the Landing at Eastford, vol. 1, pp. 3-9.
        3
        Ibid., pp. 10-12, where the clerk notes the gaps in the register for the winters.
        1
        2

        1

        """,
        """
        Ada Quill

        The register was kept by the landing master himself.4 He wrote the tolls in it each
        spring, and the clerks of the county checked them every second year.5 The tolls rose
        with each winter's flood, and the ferrymen kept the difference, as the county allowed.

        Landing Master's Accounts, 1702 to 1730, in the Archive of the Northern Shires, box 4, with
        the letter dated 9 May 1731.
        5
        County Audit Rolls, roll 7, membrane 2, which records each check of the register.

        4

        2

        """,
    ]

    @Test("the page's first notes' numbers printed together at the foot's end, or after a blank line, go back above their texts")
    func leadNumbersMovedToTheFootsEnd() throws {
        let essay = try Fixture.essay(Self.movedPages.joined(separator: "\u{0C}"), path: "ferries.txt")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("1")?.content.text == "County Book of Rates, fol. 12, in the Archive of the Northern Shires.")
        #expect(essay.footnote("2")?.content.text == "Register of the Landing at Eastford, vol. 1, pp. 3-9.")
        #expect(essay.footnote("3")?.content.text == "Ibid., pp. 10-12, where the clerk notes the gaps in the register for the winters.")
        #expect(essay.footnote("4")?.content.text
            == "Landing Master's Accounts, 1702 to 1730, in the Archive of the Northern Shires, box 4, with the letter dated 9 May 1731.")
        #expect(essay.footnote("5")?.content.text == "County Audit Rolls, roll 7, membrane 2, which records each check of the register.")
        #expect(LawReviewNoteTests.bodyText(essay).contains("as the county allowed."))
    }
}
