import EssayKit
@testable import Explorer
import Testing

/// An author's Markdown table in the reading pane: columns aligned to the widest cell within the
/// pane, cells wrapped (a word too wide cut with `…`), the header styled with a rule under it, no
/// pipes; the rows' text stays the essay's for search and export.
@Suite("Tables in the reading pane")
struct TableScreenTests {
    static let text = """
        # Tables

        The factors compare as follows.

        | Factor | Met | Why |
        | --- | :---: | --- |
        | Independence | yes | Chosen by a body that does not answer to the ministry.¹ |
        | Oversight | no | None |
        | Review | no | https://example.org/review/of/the/council |

        After the table.

        """

    static func state(width: Int, height: Int = 20) throws -> ExplorerState {
        let essay = try EssayParser().parse(SourceFile.decode(path: "tables.md", data: Array(text.utf8)))
        return ExplorerState(model: ExplorerModel(essay: essay, path: "tables.md"), width: width, height: height)
    }

    /// The reading pane's rows (right of the outline), trailing spaces gone.
    static func reading(_ screen: ScreenSnapshot, _ rows: Range<Int>, from column: Int) -> [String] {
        screen.text(rows).map { line in
            var text = String(line.dropFirst(column))
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// The rows from the table's header on, read from the header's first column.
    static func table(_ screen: ScreenSnapshot, rows: Int) throws -> (lines: [String], row: Int, column: Int) {
        let lines = screen.text(0..<screen.grid.height)
        let row = try #require(lines.firstIndex { $0.contains("Factor") })
        let column = try #require(lines[row].range(of: "Factor").map { lines[row].distance(from: lines[row].startIndex, to: $0.lowerBound) })
        return (reading(screen, row..<(row + rows), from: column), row, column)
    }

    @Test("wide enough: each column as wide as its widest cell, two spaces apart; the header styled, a rule under it")
    func columnsAtTheirWidth() throws {
        let screen = ScreenSnapshot(try Self.state(width: 100, height: 30))
        let table = try Self.table(screen, rows: 5)
        #expect(table.lines == [
            "Factor        Met  Why",
            "───────────────────────────────────────────────────────────────────────",
            "Independence  yes  Chosen by a body that does not answer to the",
            "                   ministry.¹",
            "Oversight     no   None",
        ])
        #expect(screen.styles(row: table.row, from: table.column, count: 22, Styles.legend) == "HHHHHH........HHH..HHH")
        #expect(screen.styles(row: table.row + 2, from: table.column, count: 12, Styles.legend) == "............")
        #expect(!screen.text(0..<30).contains { $0.contains("| ") })
    }

    @Test("narrow: the wide column wraps in its place, the narrow ones keep their width; a word wider than its column is cut with …")
    func narrowPane() throws {
        let screen = ScreenSnapshot(try Self.state(width: 48, height: 30))
        let table = try Self.table(screen, rows: 7)
        #expect(table.lines == [
            "Factor        Met  Why",
            "─────────────────────────────────────────────",
            "Independence  yes  Chosen by a body that does",
            "                   not answer to the",
            "                   ministry.¹",
            "Oversight     no   None",
            "Review        no   https://example.org/revie…",
        ])
    }
}
