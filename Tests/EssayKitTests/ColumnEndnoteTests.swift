@testable import EssayKit
import Testing

/// Endnotes of a report set in two columns, as `pdftotext -layout` prints them (`ColumnEndnotes`,
/// `LayoutColumns`): each note's raised number alone on its line over its text, the left column's
/// numbers at the margin and its first lines set in a few spaces, the right column's numbers near
/// column 90 and its first lines set in further; the columns' lines interleave (their baselines
/// differ), the title `ENDNOTES` is glued to the page's form feed, each page ends with its number
/// centred, and the last page is one column. The texts, names and works are invented.
@Suite("Two-column endnotes of pdftotext -layout, numbers alone over their texts")
struct ColumnEndnoteTests {
    static let lines: [String] = [
        "                                  THE FENWICK CLINIC HANDBOOK",
        "",
        "PURPOSE1                                                                                  Reyes returned to it.13 Moe wrote a book on fences.14",
        "The clinic keeps its records in a ledger, and each                                        He came back to it.15 The Lark case is unreported.16",
        "student reads the whole file before the first meeting                                     Penn studied the plains.17 She found few records.18",
        "with a client.2 The rules for maps come later.3 A                                         Moe agreed.19 Others followed Penn.20 Bell is still",
        "student who reads Lyle first will save time.4 Her                                         the leading case.21 The old act had a section on",
        "pinpoint is the register itself.5 The courts agree.6                                      maps.22 It had another on charts.23 Roe wrote of",
        "They have said so more than once.7 Reyes wrote on                                         clinics in 2020.24",
        "harbour rules.8 The civil rights statute applies.9",
        "",
        "HISTORY",
        "Bell settled the question in 1994.10 Lyle wrote",
        "on it again.11 So did others.12",
        "",
        "                                                                      1",
        "",
        "\u{0C}ENDNOTES",
        "1",
        " FENWICK ARCHIVE PROJECT, http://www.fenwickarchive.org/home.html.                          Lyle, supra note 4, at 305.",
        "2                                                                                         12",
        "    Maps drawn for the state follow other rules, not covered in this guide. On                 Id.",
        "those see Lark v. Stone, No. 11-204, 2013 U.S. Lexis 512 (2013).                          13",
        "                                                                                             Reyes, supra note 8, at 15.",
        "3",
        "  17 U.S.C. § 7 (1909).                                                                   14",
        "                                                                                                Carl Moe, The Fence Book 88 (2d ed. 2004).",
        "4",
        "     Ada Lyle, Reading Old Registers, 12 GREEN L. REV. 301, 310 (2009).                   15",
        "                                                                                              Id. at 90.",
        "5",
        "   Id. at 312.                                                                            16",
        "                                                                                            Lark v. Stone, No. 11-204, 2013 U.S. Lexis 512, at *4 (2013).",
        "6",
        " Pell v. Orr, 211 F.Supp. 44, 47 (D. Del. 1961).                                          17",
        "                                                                                               Dora Penn, Water Rights on the Plains, 31 PLAINS L. REV. 77, 80 (2015).",
        "7",
        "    Id. at 49.                                                                            18",
        "                                                                                             Id. at 81.",
        "8",
        "  Tom Reyes, Harbour Rules and Their Keepers, 44 WEST L.J. 12, 19 (2011). The             19",
        "                                                                                                Moe, supra note 14, at 91.",
        "rules he describes were kept by the harbour master and read aloud to each new",
        "                                                                                          20",
        "pilot before the season opened.                                                               See generally Penn, supra note 17.",
        "9                                                                                         21",
        "     42 U.S.C. § 1983 (2018).                                                               Bell, 512 U.S. at 44.",
        "10                                                                                        22",
        "   See Bell v. Crane, 512 U.S. 33, 41 (1994).                                                  17 U.S.C. § 10 (1909).",
        "11                                                                                        23",
        "",
        "                                                                      9",
        "",
        "\u{0C}  Id. § 12.",
        "24",
        "     Eve Roe, Clinics and Their Clients, 9 CAMPUS L.J. 1, 3 (2020).",
        "",
        "                                                                      10",
        "",
    ]
    static let handbook = lines.joined(separator: "\n") + "\n"

    /// Each note's text as the handbook prints it, words joined by single spaces.
    static let texts = [
        "FENWICK ARCHIVE PROJECT, http://www.fenwickarchive.org/home.html.",
        "Maps drawn for the state follow other rules, not covered in this guide. On those see Lark v. Stone, No. 11-204, 2013 U.S. Lexis 512 (2013).",
        "17 U.S.C. § 7 (1909).",
        "Ada Lyle, Reading Old Registers, 12 GREEN L. REV. 301, 310 (2009).",
        "Id. at 312.",
        "Pell v. Orr, 211 F.Supp. 44, 47 (D. Del. 1961).",
        "Id. at 49.",
        "Tom Reyes, Harbour Rules and Their Keepers, 44 WEST L.J. 12, 19 (2011). The rules he describes were kept by the harbour master and read aloud to each new pilot before the season opened.",
        "42 U.S.C. § 1983 (2018).",
        "See Bell v. Crane, 512 U.S. 33, 41 (1994).",
        "Lyle, supra note 4, at 305.",
        "Id.",
        "Reyes, supra note 8, at 15.",
        "Carl Moe, The Fence Book 88 (2d ed. 2004).",
        "Id. at 90.",
        "Lark v. Stone, No. 11-204, 2013 U.S. Lexis 512, at *4 (2013).",
        "Dora Penn, Water Rights on the Plains, 31 PLAINS L. REV. 77, 80 (2015).",
        "Id. at 81.",
        "Moe, supra note 14, at 91.",
        "See generally Penn, supra note 17.",
        "Bell, 512 U.S. at 44.",
        "17 U.S.C. § 10 (1909).",
        "Id. § 12.",
        "Eve Roe, Clinics and Their Clients, 9 CAMPUS L.J. 1, 3 (2020).",
    ]

    @Test("every note is read with its text, across the column break and the page break")
    func notesAreRead() throws {
        let essay = try Fixture.essay(Self.handbook)
        #expect(essay.footnotes.map(\.label) == (1...Self.texts.count).map(String.init))
        for (index, text) in Self.texts.enumerated() {
            #expect(essay.footnote(String(index + 1))?.content.text == text)
        }
    }

    @Test("a note's text opening with a number (a code's title) stays the note's; page numbers are no note's text")
    func numbersInTextAreNotNotes() throws {
        let essay = try Fixture.essay(Self.handbook)
        #expect(essay.footnote("9")?.content.text == "42 U.S.C. § 1983 (2018).")
        #expect(essay.footnote("22")?.content.text == "17 U.S.C. § 10 (1909).")
        #expect(essay.footnotes.allSatisfy { !$0.content.text.hasSuffix(" 9") && !$0.content.text.hasPrefix("10 ") })
    }

    /// A page of notes whose columns share a quarter of their lines: numbers alone on each side,
    /// left lines alone, lines holding both columns.
    static let interleavedPage: [String] = (0..<10).flatMap { (k: Int) -> [String] in
        let gap = String(repeating: " ", count: 38)
        let margin = String(repeating: " ", count: 90)
        let left: String = " Ada Lyle, Reading Old Registers, 12 GREEN L. REV. 301, " + String(310 + k) + " (2009)."
        let shared: String = "See the register of deeds kept at the county office." + gap + "Id. at " + String(30 + k) + ", the clerk's own list."
        return [String(k + 1), left, shared, margin + String(k + 11)]
    }

    @Test("a notes page is parted at its gutter though most of its lines hold one column, and its blank cells part nothing")
    func interleavedPageHasAGutter() throws {
        let page = Self.interleavedPage.map { LayoutColumns.Line(Array($0.utf8), 0..<$0.utf8.count) }
        // A quarter of its lines hold both columns: the test of a third finds no gutter.
        #expect(page.filter { $0.runs.count >= 2 }.count * 3 < page.count)
        let gutters = try #require(LayoutColumns.gutters(of: page))
        #expect(gutters.count == 1)
        #expect((53...89).contains(gutters[0]))
        let file = "\u{0C}" + Self.interleavedPage.joined(separator: "\n") + "\n"
        let read = try #require(LayoutColumns.read(Array(file.utf8)))
        let text = String(decoding: read.bytes, as: UTF8.self)
        #expect(text.contains("1\n Ada Lyle, Reading Old Registers, 12 GREEN L. REV. 301, 310 (2009).\nSee the register of deeds kept at the county office.\n2\n"))
        #expect(text.contains("Id. at 30, the clerk's own list.\n11\nId. at 31, the clerk's own list.\n12\n"))
    }

    @Test("a page's number is read after its columns, where it stood")
    func pageNumberComesAfterTheColumns() throws {
        let read = try #require(LayoutColumns.read(Array(Self.handbook.utf8)))
        let text = String(decoding: read.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let number = try #require(text.firstIndex { $0.hasPrefix(String(repeating: " ", count: 30)) && $0.split(separator: " ") == ["9"] })
        let lastRightNote = try #require(text.firstIndex { $0.contains("17 U.S.C. § 10 (1909).") })
        #expect(number > lastRightNote)
    }

    @Test("ENDNOTES glued to a page's form feed opens the notes in one column too")
    func formFeedTitleOpensTheNotes() throws {
        let file = "Keeping Old Registers\n\nThe clinic keeps its registers in the order the county wrote them, and the rule is old.1 It was kept by the first students.2\n\n                                     1\n"
            + "\u{0C}ENDNOTES\n1\n  Ada Lyle, Reading Old Registers, 12 GREEN L. REV. 301, 310 (2009).\n2\n\n   Id. at 312.\n"
        let essay = try Fixture.essay(file)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "Ada Lyle, Reading Old Registers, 12 GREEN L. REV. 301, 310 (2009).")
        #expect(essay.footnote("2")?.content.text == "Id. at 312.")
        // The body's plain digits glued to its words mark the endnotes, in reading order.
        let first = try #require(essay.footnote("1")?.citedBy.first)
        #expect(essay.sentence(at: first)?.text == "The clinic keeps its registers in the order the county wrote them, and the rule is old.")
        #expect(essay.footnote("2")?.citedBy.count == 1)
    }

    @Test("a number set far in among the notes opens none, and a number alone outside the notes is no note")
    func centredNumbersOpenNoNote() throws {
        let file = "A GUIDE\n\nThe rule is old.1 It was kept.2\n\n\u{0C}ENDNOTES\n1\n  Ada Lyle, Reading Old Registers, 12 GREEN L. REV. 301 (2009).\n"
            + "\n" + String(repeating: " ", count: 70) + "2\n\n\u{0C}2\n   Id. at 305.\n"
        let essay = try Fixture.essay(file)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "Ada Lyle, Reading Old Registers, 12 GREEN L. REV. 301 (2009).")
        #expect(essay.footnote("2")?.content.text == "Id. at 305.")
    }

    @Test("two columns whose lines share their baselines keep each column's blank cells as breaks")
    func alignedColumnsKeepTheirBreaks() throws {
        let essay = try Fixture.essay(LayoutColumnTests.article)
        let body = essay.sections.flatMap(\.blocks).map(\.content.text)
        #expect(body.contains { $0.hasPrefix("None of them is new.") })
    }

    @Test("endnotes whose numbers open their lines' text go on by the other rules past a page break: no note swallows the rest")
    func numbersBeforeTextAreNotNumbersAlone() throws {
        let text = """
            THE FENWICK LEDGERS

            The ledgers were kept for a century.1 Their keepers changed often.2 The last of them wrote a
            history of the office.3 It closed in the end.4

            NOTES

            1 Ada Lyle, The Ledger Office 12 (Boston, 1970).
            2 Carl Moe, "Keepers of the Books", Harbour Review 4 (1966),
            10-22.

            \u{0C}- 12 -

            3 (Boston, 1971).
            4 Lyle, The Ledger Office, p. 40.

            """
        let essay = try Fixture.essay(text)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("2")?.content.text.contains("Lyle") == false)
    }
}
