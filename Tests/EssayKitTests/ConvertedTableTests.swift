import EssayKit
import Testing

/// Pipe tables that MarkItDown (pdfminer) makes of justified lines of a PDF: a line cut into cells
/// mid-phrase, a delimiter row under it, rows run into the paragraph around them, page heads and
/// empty rows as tables of their own. The fixtures are written in that form, as it prints a Supreme
/// Court slip opinion (`Fixtures/real/dobbs-*`: public domain).
@Suite("Pipe tables a converter made of lines of text")
struct ConvertedTableTests {
    /// A row of cells, as MarkItDown pads them, and the delimiter row it prints under a row.
    static func row(_ cells: String...) -> String {
        "| " + cells.joined(separator: "  | ") + "  |"
    }

    static func delimiter(_ count: Int) -> String {
        "|" + Array(repeating: " --- ", count: count).joined(separator: "|") + "|"
    }

    @Test("a note whose first line the converter made a table row starts its note, and the notes after it are found")
    func noteOpeningWithARow() throws {
        let essay = try Fixture.essay("""
            # T

            The rate is the highest in the Nation.1 Another State
            ranks next,2 and a third after it.3
            ——————
            1 Roe v. Wade, 410 U. S. 113, 163 (1973).
            \(Self.row("2See  ", "CDC,", "Infant", "Mortality ", "Rates", "by  State", "(Mar. ", "3,  2022),"))
            \(Self.delimiter(8))
            https://www.cdc.gov/nchs/pressroom/sosmap/infant_mortality_rates.
            3 Id., at 2.

            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text
            == "See CDC, Infant Mortality Rates by State (Mar. 3, 2022), https://www.cdc.gov/nchs/pressroom/sosmap/infant_mortality_rates.")
        #expect(essay.footnote("3")?.content.text == "Id., at 2.")
    }

    /// A page head as MarkItDown reads it: a table of its own, between blank lines. (A court prints
    /// it on every page; the fixtures print it three times or more, as a head is known by.)
    static func head(_ page: Int) -> String {
        "\n" + row("", "", "Cite as:  597 U. S. ____ (2022)", "", "", "\(page) ") + "\n" + delimiter(6) + "\n\nOpinion of the Court\n"
    }

    @Test("rows inside a paragraph are its lines: cells joined by one space, empty cells, delimiter rows and page heads gone")
    func rowsInAParagraph() throws {
        let essay = try Fixture.essay("""
            # T

            The Court held that the right is part of a right
            \(Self.row("to privacy, which is also not mentioned.", "", "", "See 410 U. S., at ", ""))
            \(Self.delimiter(5))
            \(Self.row("152–153.", "And  that  privacy right had been ", "", "", ""))
            found to spring from five provisions, as Black-
            \(Self.head(9))\(Self.row("stone", "wrote.", "", ""))
            \(Self.delimiter(4))
            It goes on.

            10  DOBBS v. JACKSON WOMEN’S HEALTH ORGANIZATION
            \(Self.row("", "", "", "", ""))
            \(Self.delimiter(5))
            Opinion of the Court
            \(Self.row("See Brief for 547 Deans 9–10.", "", "", "We do not say that every", "", ""))
            \(Self.delimiter(6))
            case is alike.
            \(Self.head(11))The last page.

            12  DOBBS v. JACKSON WOMEN’S HEALTH ORGANIZATION
            Opinion of the Court
            \(Self.row("And the very last", "", "", "line.", ""))
            \(Self.delimiter(5))
            \(Self.head(13))
            """)
        let texts = essay.sections.flatMap(\.blocks).map(\.content.text)
        #expect(texts == [
            "The Court held that the right is part of a right to privacy, which is also not mentioned. See 410 U. S., at 152–153. "
                + "And that privacy right had been found to spring from five provisions, as Blackstone wrote. It goes on.",
            "See Brief for 547 Deans 9–10. We do not say that every case is alike.",
            "The last page.",
            "And the very last line.",
        ])
    }

    @Test("a label glued to the first cell (20See) starts the note as on a plain line; a body row after the notes ends them")
    func gluedLabelInACellAmongPages() throws {
        let essay = try Fixture.essay("""
            # T

            The first page marks a note.1
            ——————
            1 See the first source, at 4.
            \(Self.head(3))The second page marks another,2 and the text goes
            \(Self.row("on to its end.", "", "And a third", "", ""))
            \(Self.delimiter(5))
            note is marked here.3
            ——————
            \(Self.row("2See", "Brief", "for", "Petitioners", "12–13,"))
            \(Self.delimiter(5))
            and the cases it cites.
            3Id., at 14.
            \(Self.head(4))The third page has no note.
            \(Self.head(5))The fourth has none either.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text == "See Brief for Petitioners 12–13, and the cases it cites.")
        #expect(essay.footnote("3")?.content.text == "Id., at 14.")
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " / ")
        #expect(body.contains("the text goes on to its end. And a third note is marked here."))
        #expect(!body.contains("|") && !body.contains("Cite as") && !body.contains("Opinion of the Court"))
    }

    @Test("a cell that holds only a number is no note's start in the middle of a row")
    func numberCellInARow() throws {
        let essay = try Fixture.essay("""
            # T

            The text marks a note.1 And it cites pages
            \(Self.row("of the brief,", "2", "and", "3."))
            \(Self.delimiter(4))
            Then it marks a second note.2
            ——————
            1 Id., at 4.
            2 Id., at 5.

            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text)
            == ["The text marks a note. And it cites pages of the brief, 2 and 3. Then it marks a second note."])
    }

    @Test("a table of one row over its delimiter, standing alone, is a converter's line of text too")
    func headerOnlyTableAlone() throws {
        let essay = try Fixture.essay("""
            # T

            The text marks a note.1

            \(Self.row("1See", "Brief", "for", "Petitioners", "12–13."))
            \(Self.delimiter(5))

            """)
        #expect(essay.footnotes.map(\.label) == ["1"])
        #expect(essay.footnote("1")?.content.text == "See Brief for Petitioners 12–13.")
        #expect(!essay.sections.flatMap(\.blocks).contains { $0.kind == .table })
    }

    @Test("in an essay with Markdown notes, a table right before text is still an author's table")
    func markdownNotesKeepTables() throws {
        let essay = try Fixture.essay("""
            # T

            The factors compare.[^1]

            | Factor | Met |
            | --- | --- |
            | Independence | yes |
            The table shows it.

            [^1]: A note.

            """)
        #expect(essay.sections.flatMap(\.blocks).map(\.kind) == [.paragraph, .table, .paragraph])
    }

    @Test("an author's table (apart from the text, one delimiter row under its header) is a table block: rows of cells, markers linked")
    func authorsTableIsATable() throws {
        let essay = try Fixture.essay("""
            # T

            The factors compare as follows.[^1]

            | Factor | Met |
            | --- | :---: |
            | Independence[^2] | yes |
            | Oversight |  |

            The table shows it.

            [^1]: A note.
            [^2]: Another.

            """)
        let blocks = essay.sections.flatMap(\.blocks)
        #expect(blocks.map(\.kind) == [.paragraph, .table, .paragraph])
        let table = try #require(blocks.first { $0.kind == .table })
        #expect(table.items.map(\.content.text) == ["Factor Met", "Independence yes", "Oversight "])
        let cells = try #require(table.table)
        #expect(cells.headerRows == 1 && cells.columnCount == 2)
        let texts = zip(table.items, cells.rows).map { item, row in row.map { item.content.substring($0) } }
        #expect(texts == [["Factor", "Met"], ["Independence", "yes"], ["Oversight", ""]])
        #expect(table.footnoteLabels == ["2"])
        #expect(essay.footnote("2")?.citedBy.count == 1)
        #expect(!essay.diagnostics.contains { $0.severity == .error })
    }
}
