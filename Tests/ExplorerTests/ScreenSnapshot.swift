@testable import Explorer

/// A rendered screen read as ratatui's test buffers are: the text of each row, and beside it the
/// style of each cell as a letter from a legend, so a test states both exactly.
struct ScreenSnapshot {
    let grid: Grid

    init(_ state: ExplorerState) {
        grid = ExplorerView.render(state)
    }

    init(_ grid: Grid) {
        self.grid = grid
    }

    /// The text of rows `rows`, trailing spaces removed.
    func text(_ rows: Range<Int>) -> [String] {
        Array(grid.lines[rows])
    }

    /// The style of every cell of rows `rows`, one letter a cell: the legend's letter for the
    /// style, `.` for the plain style, `?` for a style the legend does not name. Trailing plain
    /// cells are dropped.
    func styles(_ rows: Range<Int>, _ legend: [Character: CellStyle]) -> [String] {
        let letters = Dictionary(legend.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        return rows.map { row in
            var line = ""
            for column in 0..<grid.width {
                let style = grid[column, row].style
                line.append(style == .plain ? "." : letters[style] ?? "?")
            }
            while line.last == "." { line.removeLast() }
            return line
        }
    }

    /// The styles of row `row` from column `from` for `count` cells, as `styles` writes them.
    func styles(row: Int, from: Int, count: Int, _ legend: [Character: CellStyle]) -> String {
        let letters = Dictionary(legend.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        return String((from..<min(grid.width, from + count)).map { column in
            let style = grid[column, row].style
            return style == .plain ? "." : letters[style] ?? "?"
        })
    }
}
