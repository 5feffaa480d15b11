import EssayKit
import Testing

/// A law journal's pages as MarkItDown (pdfminer) often prints them: no form feeds, each page's
/// notes right under its last lines of text, a blank line, then the next page's running head
/// (`2031] ORCHARD RIGHTS 103`, `104 NORTHERN LAW JOURNAL [Vol. 9:101`), the body marking notes
/// with digits glued to words. The texts, names and journals are invented.
@Suite("Running heads as the marks of a converted journal's pages")
struct RunningHeadPageTests {
    static func bodyText(_ essay: Essay) -> String {
        essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
    }

    static func markers(_ essay: Essay) -> [String] {
        essay.sections.flatMap(\.blocks).flatMap(\.content.markers).map(\.label)
    }

    /// The head of an even page and of an odd one, each after a blank line.
    static func evenHead(_ page: Int) -> String { "\n\(page) NORTHERN LAW JOURNAL [Vol. 9:101\n" }
    static func oddHead(_ page: Int) -> String { "\n2031] ORCHARD RIGHTS \(page)\n" }

    @Test("notes `N. text` under a page's last lines, the pages parted only by their running heads")
    func dottedNotesUnderThePagesText() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The court heard the case of the orchard in March.1 It held that the\n"
            + "growers kept their “water share.”2 The State appealed, and the\n"
            + "1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "2. Ann Vale, Water Shares, 12 N. L.J. 4 (2020) (discussing the share\n"
            + "rule at length).\n"
            + "101\n"
            + Self.evenHead(102)
            + "appeal was heard in May.3 The panel agreed with the growers and sent\n"
            + "the case back.4\n"
            + "3. See id. at 5.\n"
            + "4. Id.\n"
            + Self.oddHead(103)
            + "On remand the growers settled.5 The orchard is still there.\n"
            + "5. Ann Vale, Orchard Peace, 13 N. L.J. 9 (2021).\n"
            + Self.evenHead(104)
            + "The orchard was sold.6\n"
            + "6. Id. at 10.\n"
            + Self.oddHead(105)
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("2")?.content.text == "Ann Vale, Water Shares, 12 N. L.J. 4 (2020) (discussing the share rule at length).")
        #expect(essay.footnote("4")?.content.text == "Id.")
        #expect(essay.footnote("5")?.content.text == "Ann Vale, Orchard Peace, 13 N. L.J. 9 (2021).")
        #expect(Self.markers(essay) == ["1", "2", "3", "4", "5", "6"])
        let body = Self.bodyText(essay)
        #expect(body.contains("The State appealed, and the appeal was heard in May."))
        #expect(!body.contains("NORTHERN") && !body.contains("ORCHARD") && !body.contains("Vol."))
    }

    @Test("a page's notes and its head as the converter's tables: `|   4.  | text |` rows, a head row over the page")
    func notesAsTableRows() throws {
        func row(_ cells: String...) -> String { "| " + cells.joined(separator: "  | ") + "  |\n" }
        func delimiter(_ count: Int) -> String { "|" + Array(repeating: " --- ", count: count).joined(separator: "|") + "|\n" }
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The court heard the case of the orchard in March.1 It held that the\n"
            + "growers kept their water share.2 The State appealed, and the\n"
            + "1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "2. Ann Vale, Water Shares, 12 N. L.J. 4 (2020).\n\n"
            + row("82", "", "NORTHERN LAW JOURNAL FORUM", "", "") + delimiter(5)
            + "appeal was heard in May.3 The panel agreed with\n"
            + row("the  growers", "and  sent", "the", "case  back.4") + delimiter(4)
            + "\n"
            + row("  3.", "See id. at 5 (noting that the share rule", "", "") + delimiter(4)
            + "had been settled).\n"
            + row("  4.", "Id.", "", "") + delimiter(4)
            + "\n"
            + row("2031:81", "Orchard Rights", "", "", "83") + delimiter(5)
            + "On remand the growers settled.5 The orchard is still there.\n\n"
            + row("  5.", "Ann Vale, Orchard Peace, 13 N. L.J. 9 (2021).", "", "") + delimiter(4)
            + "\n"
            + row("84", "", "NORTHERN LAW JOURNAL FORUM", "", "") + delimiter(5)
            + "The orchard was sold.6\n\n"
            + row("  6.", "Id. at 10.", "", "") + delimiter(4) + "\n"
            + row("2031:81", "Orchard Rights", "", "", "85") + delimiter(5)
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("3")?.content.text == "See id. at 5 (noting that the share rule had been settled).")
        #expect(essay.footnote("4")?.content.text == "Id.")
        #expect(Self.markers(essay) == ["1", "2", "3", "4", "5", "6"])
        let body = Self.bodyText(essay)
        #expect(body.contains("The State appealed, and the appeal was heard in May."))
        #expect(!body.contains("FORUM") && !body.contains("Orchard Rights 8"))
    }

    @Test("a scan's reading: page numbers over the heads, a garbled volume, two spaces after a number, a part numbered `1.` under a head")
    func scannedPagesWithNumberedParts() throws {
        let essay = try Fixture.essay("# Dock Rules\n\n"
            + "The board met on the pier.1 No one kept minutes of the meeting.2\n"
            + "1. Rowe v. Tallis, 12 F.4th 300, 305 (9th Cir. 2031).\n"
            + "2.  See Ivo Sand, Dock Rules, 44 HARBOR L. REV. 10, 12 (2029).\n"
            + "200\n\n"
            + "2031] DOCK RULES 201\n"
            + "The members disagreed about the vote.3 The chair then adjourned.4\n"
            + "3. Id. at 13.\n"
            + "4. See Sand, supra note 2, at 14 (noting that the board\n"
            + "met in secret).\n"
            + "201\n\n"
            + "202 HARBOR LAW REVIEW [Vol. IX\n"
            + "1. Notice\n"
            + "The board must give notice before it votes.5\n"
            + "5. Rowe, 12 F.4th at 306.\n"
            + "202\n\n"
            + "2031] DOCK RULES 203\n"
            + "2. Hearing\n"
            + "The board must hear the growers.6\n"
            + "6. Id. at 307.\n"
            + "203\n\n"
            + "204 HARBOR LAW REVIEW [Vol. IU\n"
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("2")?.content.text == "See Ivo Sand, Dock Rules, 44 HARBOR L. REV. 10, 12 (2029).")
        #expect(essay.footnote("4")?.content.text == "See Sand, supra note 2, at 14 (noting that the board met in secret).")
        #expect(essay.footnote("5")?.content.text == "Rowe, 12 F.4th at 306.")
        let body = Self.bodyText(essay)
        #expect(body.contains("The board must give notice before it votes."))
        #expect(!body.contains("HARBOR LAW REVIEW") && !body.contains("DOCK RULES 2"))
    }

    @Test("the rest of a note the page had no room for, a paragraph of its own above the next page's first note, set wider than the body, goes back to it")
    func restOfANoteAsAParagraphOfItsOwn() throws {
        let lines = LawReviewNoteTests.lines
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + lines(12, 60, "The growers", " sued.1 They won.2 The State\n")
            + "1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030) (holding that the share runs with the land, as\n"
            + lines(5, 80, "the court of appeals", " (2030).\n")
            + "2. See Ann Vale, Water Shares, 12 N. L.J. 4 (2020) (reading the share rule narrowly, as\n"
            + lines(5, 80, "the panel did", " and the\n")
            + Self.evenHead(102)
            + lines(6, 60, "appealed", " at last.3 And it\n")
            + "lost.\n\n"
            + lines(2, 80, "orchard cases", "\n")
            + "collected there.\n"
            + "3. Id.\n"
            + Self.oddHead(103)
            + "The orchard was sold.4\n"
            + "4. Id. at 9.\n"
            + Self.evenHead(104)
            + "The rest of the essay.\n"
            + Self.oddHead(105)
            + "The end.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        let rest = essay.footnote("2")?.content.text ?? ""
        #expect(rest.contains("and the orchard cases 0 field"))
        #expect(rest.hasSuffix("field collected there."))
        let body = Self.bodyText(essay)
        #expect(!body.contains("orchard cases") && !body.contains("collected there"))
        #expect(body.contains("at last. And it lost."))
    }

    @Test("lines opening with a link and ending with rising numbers (a web page's notes, `[\\^](#fn-2){.anchor} 4`) part no pages")
    func linkLinesAreNoHeads() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The growers listed their cases.\n\n"
            + "[\\^](#fn-1){.anchor} 3\nU.S. 1, 2 (1801).\n\n"
            + "[\\^](#fn-2){.anchor} 4\nU.S. 5 (1802).\n\n"
            + "[\\^](#fn-3){.anchor} 5\nU.S. 9 (1803).\n\n"
            + "[\\^](#fn-4){.anchor} 6\nU.S. 7 (1804).\n\n"
            + "The court heard each of them.\n")
        let body = Self.bodyText(essay)
        #expect(body.contains("4 U.S. 5 (1802)."))
        #expect(body.contains("5 U.S. 9 (1803)."))
    }

    @Test("lines opening with rising numbers whose words differ (a numbered list) part no pages")
    func risingNumbersWithDifferentWordsAreNoHeads() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The growers listed their claims.\n\n"
            + "12 Trees planted before the war\n\n"
            + "13 Wells dug by hand in the dry years\n\n"
            + "14 Fences along the river road\n\n"
            + "15 Barns built for the harvest crews\n\n"
            + "The court heard each of them.\n")
        #expect(Self.bodyText(essay).contains("Wells dug by hand in the dry years"))
        #expect(Self.bodyText(essay).contains("Fences along the river road"))
    }
}
