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

    @Test("a lettered heading whose letter a converter glued to its title (`A.The Ledgers`) is a lettered part; `U.S. Grants` is none")
    func letterGluedToTitle() throws {
        let essay = try Self.article("""
            I. THE BOARDS AND THEIR LEDGERS
            This Part describes the boards and the ledgers they keep, year after year.
            A.The Ledgers of the Boards
            Each board keeps a ledger of the grants it makes, in the order it makes them.
            B.Reading the Ledgers
            Reading the ledgers shows that the boards decide most grants in advance.
            U.S. Grants in the Ledgers
            The ledgers also record what the boards gave abroad, in the same order.
            """)
        #expect(Self.outline(essay) == ["1 I. THE BOARDS AND THEIR LEDGERS", "2 A. The Ledgers of the Boards", "2 B. Reading the Ledgers"])
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

    @Test("a part in capitals or a lettered part ends a run of numbered lines (a quoted verse), which stays text")
    func headingAfterNumberedLines() throws {
        let essay = try Self.article("""
            I. THE SONG AND ITS WORDS
            The song was sung at every meeting of the board, and its words were these.
            1. When you walk down the long road
            2. And the rain is on your coat
            3. You will find the ledger open
            4. Nobody asks what was given
            II. ANALYSIS
            The song tells us what the boards did, and the ledgers show that it was so.
            A. The Search
            The search of the ledgers began in the spring and ended in the autumn.
            1. The first page is torn
            2. The second page is blank
            B. The Finding
            The finding was that the boards decided the grants before they met.
            """)
        #expect(Self.outline(essay) == ["1 I. THE SONG AND ITS WORDS", "1 II. ANALYSIS", "2 A. The Search", "2 B. The Finding"])
        #expect(essay.sections[0].blocks.first?.content.text.hasSuffix("4. Nobody asks what was given") == true)
        #expect(essay.sections[1].blocks.first?.content.text.hasPrefix("The song tells us") == true)
    }

    @Test("a numbered line's run goes on into a line that is no part: a number out of order, a title in lower case, one numbered line alone")
    func numberedLinesRunOn() throws {
        let essay = try Self.article("""
            I. THE SONG AND ITS WORDS
            The song was sung at every meeting of the board, and its words were these.
            1. When you walk down the long road
            2. And the rain is on your coat
            IV. ANALYSIS
            The song tells us what the boards did, and the ledgers show that it was so.
            1. When you walk down the long road
            2. And the rain is on your coat
            II. The meaning of the rain and of the road that the song names
            The song tells us what the boards did, and the ledgers show that it was so.
            The song was sung at every meeting of the board, and it ended with this.
            3. Nobody asks what was given
            A. The Search
            The search of the ledgers began in the spring and ended in the autumn.
            """)
        #expect(Self.outline(essay) == ["1 I. THE SONG AND ITS WORDS"])
    }

    /// Two pages whose second holds the part heading `heading`, the marks before it running to 6
    /// and the mark after it `after`; the notes 1 to 9 at the pages' feet.
    static func markedPages(heading: String, after: Int) throws -> Essay {
        try Fixture.essay("""
            THE LEDGER AND THE LAW
            JANE Q. ROE*

            INTRODUCTION
            The song was sung at every meeting of the board, as the record shows.1 It was long.2
            The board kept the words in its ledger, beside the grants of the year.3

            1 See Roe, The Ledger, 12 J. LEDGERS 1 (2030).
            2 Id. at 4.
            3 Id. at 5.
            \u{0C}2031] THE LEDGER AND THE LAW 3

            The board sang it again in the spring, and once more in the autumn.4
            Each verse names a grant that the board made that year.5 The last names none.6
            \(heading)
            The second verse tells us what the boards did, and the ledgers show it.\(after)
            A. The Search
            The search of the ledgers began in the spring and ended in the autumn.9

            4 Id. at 6.
            5 Id. at 7.
            6 Id. at 8.
            7 The verse is quoted from the record of the board.
            8 Id. at 9.
            9 Id. at 10.
            \u{0C}2031] THE LEDGER AND THE LAW 4

            The end of the text comes here.
            """, path: "article.md")
    }

    @Test("a note's mark glued to a heading's last number is the note's where the numbering agrees: `VERSE 27` is `VERSE 2` and note 7")
    func markGluedToAHeadingsNumber() throws {
        let essay = try Self.markedPages(heading: "I. LYRICS, VERSE 27", after: 8)
        #expect(Self.outline(essay) == ["1 INTRODUCTION", "1 I. LYRICS, VERSE 2", "2 A. The Search"])
        #expect(essay.sections[1].heading?.markers.map(\.label) == ["7"])
        #expect(!essay.diagnostics.contains { $0.message.contains("footnote 7 is never marked") })
    }

    @Test("a heading's last number stays whole where the numbering does not agree: the next mark is not the one after")
    func headingsNumberThatIsNoMark() throws {
        let essay = try Self.markedPages(heading: "I. LYRICS, VERSE 27", after: 7)
        #expect(Self.outline(essay) == ["1 INTRODUCTION", "1 I. LYRICS, VERSE 27", "2 A. The Search"])
        #expect(essay.sections[1].heading?.markers.isEmpty == true)
    }
}
