import EssayKit
import Testing

/// Part headings of a law review converted to plain text (pdftotext), run into the text with no
/// blank line: read as sections by their form and their numbers' order. The texts are invented.
@Suite("Part headings of a law review in plain text")
struct PartHeadingTests {
    /// A first page (title, author), the text given, and a page's end and the next page's head.
    static func article(_ body: String) throws -> Essay {
        try Fixture.essay("THE LEDGER AND THE LAW\nJANE Q. ROE*\n\n" + body + "\n\u{0C}2031] THE LEDGER AND THE LAW\n\nThe end of the text comes here.\n",
                          path: "article.md")
    }

    static func outline(_ essay: Essay) -> [String] {
        essay.sections.map { "\($0.level) \($0.displayTitle)" }
    }

    @Test("headings glued to the text are sections, nested by their numbers: I > A > 1, with INTRODUCTION and CONCLUSION")
    func nestedHeadings() throws {
        let essay = try Self.article("""
            INTRODUCTION
            Grant boards keep ledgers that no one reads, and this Article reads them closely.
            The boards decide most grants before they meet.
            I. THE BOARDS AND THEIR LEDGERS
            This Part describes the boards and the ledgers they keep, year after year.
            A. The Ledgers of the Boards
            Each board keeps a ledger of the grants it makes, in the order it makes them.
            1. The First Entries
            The first entries name the grant, the grantee and the sum that was given.
            2. The Later Entries
            Later entries record what the grantee did with the sum, if anything at all.
            B. Reading the Ledgers
            Reading the ledgers shows that the boards decide most grants in advance.
            II. WHAT THE LEDGERS SHOW
            The ledgers show that the meetings are a form, and the grants are settled.
            CONCLUSION
            The boards should publish their ledgers, so that anyone may read them.
            """)
        #expect(Self.outline(essay) == ["1 INTRODUCTION", "1 I. THE BOARDS AND THEIR LEDGERS", "2 A. The Ledgers of the Boards",
                                         "3 1. The First Entries", "3 2. The Later Entries", "2 B. Reading the Ledgers",
                                         "1 II. WHAT THE LEDGERS SHOW", "1 CONCLUSION"])
        #expect(essay.sections[2].blocks.first?.content.text == "Each board keeps a ledger of the grants it makes, in the order it makes them.")
    }

    @Test("a number alone over its title, and a title over two lines, in capitals or in title case")
    func headingOverLines() throws {
        let essay = try Self.article("""
            The boards decide most grants before they meet, as this Article shows.
            I.
            THE BOARDS AND THEIR LEDGERS IN THE YEARS OF THE GREAT
            EXPANSION OF GRANTS
            This Part describes the boards and the ledgers they keep, year after year.
            A. The Ledgers That the Boards Kept While the Grants Grew and
            the Meetings Grew Shorter
            Each board keeps a ledger of the grants it makes, in the order it makes them.
            """)
        #expect(Self.outline(essay) == ["1 Introduction", "1 I. THE BOARDS AND THEIR LEDGERS IN THE YEARS OF THE GREAT EXPANSION OF GRANTS",
                                         "2 A. The Ledgers That the Boards Kept While the Grants Grew and the Meetings Grew Shorter"])
    }

    @Test("no heading: a contents line, a sentence a line break cut, numbers out of order, a list, a heading run into its text or marking a note")
    func notHeadings() throws {
        let essay = try Self.article("""
            Introduction ........................................................ 1
            I. The Boards ....................................................... 3
            The boards decide most grants before they meet, as this Article shows.
            The grant was signed by Justice
            A. Roe Smith and then sent on to the board, which kept it in its ledger.
            The next grant went to a school that no one had heard of before that year.
            C. The Ledgers of the Boards
            Each board keeps a ledger of the grants it makes, in the order it makes them.
            III. The Meetings
            The meetings are short, and the grants are settled before they begin.
            I. The Ledgers “Read Together.” — In 2031, the
            Board of Roads was the first to be sued, and it lost in every court.
            A. The Kinds of Grant
            The boards list three kinds of grant in their rules, and no others at all.
            1. Grants for Schools
            2. Grants for Roads
            Each kind has its own form, which the grantee fills in and signs once.
            B. Reading the Ledgers1
            Reading the ledgers shows that the boards decide most grants in advance.
            """)
        // Only `A.`, the first letter, over text; the list under it stays text, and so does a
        // heading marking a note (its mark is read in the text: a heading holds none).
        #expect(Self.outline(essay) == ["1 Introduction", "2 A. The Kinds of Grant"])
        #expect(essay.sections.last?.blocks.first?.content.text.contains("Grants for Schools") == true)
    }

    @Test("an unnumbered title-case line is a heading where it is sure: after a paragraph's short last line, over a paragraph's full line")
    func titleCaseHeadingAfterAParagraph() throws {
        let essay = try Self.article("""
            The boards decide most grants before they meet, as this Article shows it.
            The boards meet twice a year.
            The Problem of Notice
            The boards give no notice of their meetings, and few grantees ever attend them.
            Grant boards keep ledgers that no one reads, and this Article reads them closely.
            Grant Boards
            The boards keep ledgers of the grants they make, in the order they make them.
            Each board keeps its ledger at its office, where any person may read it.
            Introduction to the Ledgers
            the boards say, is open to all.
            The ledgers are kept at the office.
            Grant Office
            Board Office Roads and Schools maintain their own ledgers, as do the courts.
            The ledgers are kept at the office.
            The Ledgers of the Boards of
            the Northern Counties are kept apart from the others, in a room of their own.
            """)
        // `Grant Boards` follows a full line, `Introduction to the Ledgers` and `The Ledgers of the
        // Boards of` a sentence going on in lower case, and `Grant Office` a line of capitalised
        // words (a table's row, a title's next line): all stay text.
        #expect(Self.outline(essay) == ["1 Introduction", "1 The Problem of Notice"])
        #expect(essay.sections.last?.blocks.first?.content.text.hasPrefix("The boards give no notice") == true)
    }

    @Test("a report by pdftotext keeps its unnumbered title-case lines in its paragraphs: only numbered or capitals lines are read")
    func titleCaseLinesStayText() throws {
        let essay = try Self.article("""
            The boards decide most grants before they meet, as this Article shows.
            Grant Boards
            The boards keep ledgers of the grants they make, in the order they make them.
            """)
        #expect(Self.outline(essay) == ["1 Introduction"])
    }
}
