import EssayKit
import Testing

/// Notes at the foot of a law review's pages as pdftotext (default mode) leaves them: after the
/// page's text with no rule, each opening `12. `, a form feed, and the next page's running heads
/// (`2031]`, the short title in capitals, the page number; or the page number, the journal's name
/// and `[Vol. 9:101`), each a paragraph of its own. The texts, names and journals are invented.
@Suite("A law review's notes at its pages' feet, as pdftotext leaves them")
struct LawReviewNoteTests {
    /// The heads of an odd page (`2031]`, the short title, the page number).
    static func oddHead(_ page: Int) -> String { "\u{0C}2031]\n\nORCHARD RIGHTS\n\n\(page)\n\n" }
    /// The heads of an even page (the page number, the journal, the volume and first page).
    static func evenHead(_ page: Int) -> String { "\u{0C}\(page)\n\nNORTHERN LAW JOURNAL\n\n[Vol. 9:101\n\n" }

    static func bodyText(_ essay: Essay) -> String {
        essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
    }

    static func markers(_ essay: Essay) -> [String] {
        essay.sections.flatMap(\.blocks).flatMap(\.content.markers).map(\.label)
    }

    @Test("notes `N. text` after a page's text with no rule, running heads in either order, marks glued to words")
    func notesAtThePageFoot() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The court heard the case of the orchard in March.1 It held that the\n"
            + "growers kept their “water share.”2 The State appealed, and the\n"
            + "1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "2. Ann Vale, Water Shares, 12 N. L.J. 4 (2020) (discussing the share\n"
            + "rule at length).\n\n"
            + Self.evenHead(102)
            + "appeal was heard in May.3 The panel agreed.4\n\n"
            + "3. See id. at 5.\n"
            + "4. Id.\n\n"
            + Self.oddHead(103)
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("2")?.content.text == "Ann Vale, Water Shares, 12 N. L.J. 4 (2020) (discussing the share rule at length).")
        #expect(essay.footnote("4")?.content.text == "Id.")
        #expect(Self.markers(essay) == ["1", "2", "3", "4"])
        let body = Self.bodyText(essay)
        #expect(body.contains("The State appealed, and the appeal was heard in May."))
        #expect(!body.contains("NORTHERN") && !body.contains("ORCHARD") && !body.contains("Vol.") && !body.contains("2031]"))
    }

    @Test("a number alone over its note's text, on the next line or after a blank line")
    func numberAloneOverItsText() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The growers sued.1 The court agreed.2\n\n"
            + "1.\n\n"
            + "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n\n"
            + "2.\n"
            + "Id. at 3.\n\n"
            + Self.evenHead(102)
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).")
        #expect(essay.footnote("2")?.content.text == "Id. at 3.")
    }

    @Test("a column of numbers alone, then the notes' texts in order, wrapped or not")
    func columnOfNumbers() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The growers sued.1 The court agreed.2 So did the panel.3 Then the\n"
            + "1.\n2.\n3.\n\n"
            + "Id.\n"
            + "Doe v. Roe, 1 F.4th 2, 9 (9th Cir. 2030) (holding that the share\n"
            + "runs with the land).\n"
            + "Ann Vale, Water Shares, 12 N. L.J. 4 (2020).\n"
            + "4. This note is not marked yet.\n\n"
            + Self.oddHead(103)
            + "court ruled.4\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("1")?.content.text == "Id.")
        #expect(essay.footnote("2")?.content.text == "Doe v. Roe, 1 F.4th 2, 9 (9th Cir. 2030) (holding that the share runs with the land).")
        #expect(essay.footnote("3")?.content.text == "Ann Vale, Water Shares, 12 N. L.J. 4 (2020).")
    }

    @Test("the author's note and note 1 under the first page's DOI and copyright lines")
    func authorNoteUnderTheNotice() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The growers sued.1\n\n"
            + "DOI: https://doi.org/10.0000/EXAMPLE\n"
            + "Copyright © 2031 Jane Roe\n"
            + "* Professor of Law, Northern University. I thank the\n"
            + "editors.\n"
            + "1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n\n"
            + "101\n\n"
            + Self.evenHead(102)
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["*", "1"])
        #expect(essay.footnote("*")?.content.text == "Professor of Law, Northern University. I thank the editors.")
        #expect(essay.footnote("1")?.content.text == "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).")
        #expect(essay.copyright == "Copyright © 2031 Jane Roe")
    }

    @Test("a numbered list in the body is no run of notes: the page's real notes follow it with the same numbers")
    func numberedListIsNoNote() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The test asks two things.1 The State must show that\n"
            + "1. the grower held the share.2\n"
            + "2. the share was used.\n\n"
            + "1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "2. Id. at 3.\n\n"
            + Self.evenHead(102)
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).")
        #expect(Self.bodyText(essay).contains("the share was used."))
    }

    @Test("a contents line (`1. Title .... 12`), a part heading and a year at a line's start are no notes")
    func contentsHeadingsAndYears() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The essay has parts.1\n"
            + "1. Statutory Requirement ......................... 102\n"
            + "2. Common Law ....................................... 103\n\n"
            + "1. The parts follow.\n\n"
            + Self.evenHead(102)
            + "1. Statutory Requirement\n"
            + "The 1988 case of Doe\n"
            + "1988 case of Roe was the first.2\n\n"
            + "2. Roe, 2 F.4th 3.\n\n"
            + Self.oddHead(103)
            + "The rest.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "The parts follow.")
        #expect(essay.footnote("2")?.content.text == "Roe, 2 F.4th 3.")
    }

    @Test("numbers at lines' starts in a file without form feeds are left to the other rules")
    func onlyWherePagesEndWithFormFeeds() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\nThe growers sued.1 The court agreed.\n1. Not a note here.\n")
        #expect(essay.footnotes.isEmpty)
    }

    @Test("a row of asterisks between parts of the text is an ornament, not a rule over notes")
    func asterisksAreAnOrnament() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The growers sued.1\n\n"
            + "1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n\n"
            + Self.evenHead(102)
            + "The court agreed.\n"
            + "***\n"
            + "The second part opens here and marks a note.2\n\n"
            + "2. Id. at 3.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).")
        #expect(Self.bodyText(essay).contains("The second part opens here"))
    }

    @Test("a note whose mark is glued to a number (`Bill 44022`) is read when the next note, marked, follows it")
    func markLostToANumber() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The growers sued.1\n\n"
            + "1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n\n"
            + Self.evenHead(102)
            + "The senator filed Senate Bill 44022 and the rule.3\n\n"
            + "2. S. 4402, 99th Cong. (2030).\n"
            + "3. Id.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text == "S. 4402, 99th Cong. (2030).")
    }

    @Test("after a lost or misprinted number the notes go on: a note passed over in the run, a run further on that is marked and goes on")
    func misprintedNumbers() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The growers sued.1 The court agreed.2 So did the panel.3\n\n"
            + "1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "3. Id. at 4.\n"
            + "4. Id. at 5.\n\n"
            + Self.evenHead(102)
            + "The State appealed.9 It lost.10\n\n"
            + "9. Roe v. Doe, 3 F.4th 4 (9th Cir. 2031).\n"
            + "10. Id.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "3", "4", "9", "10"])
        #expect(essay.footnote("3")?.content.text == "Id. at 4.")
        #expect(essay.footnote("9")?.content.text == "Roe v. Doe, 3 F.4th 4 (9th Cir. 2031).")
    }
}
