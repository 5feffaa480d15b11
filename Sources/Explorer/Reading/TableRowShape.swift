import EssayKit

/// One row of an author's table in the reading pane: where its cells lie in the row's text, how
/// wide each column of its table is at most, and whether it belongs to the header.
public struct TableRowShape: Hashable, Sendable {
    /// The row's cells, as ranges of the row's text, in column order.
    public var cells: [Range<Int>]
    /// The widest cell of each column over the table's rows, in terminal columns.
    public var columnWidths: [Int]
    public var isHeader: Bool
    /// Whether this is the header's last row, with a rule under it.
    public var endsHeader: Bool

    /// The shapes of a table block's rows, each column as wide as its widest cell.
    static func rows(of block: Block) -> [TableRowShape] {
        guard let table = block.table else { return [] }
        var widths = Array(repeating: 0, count: table.columnCount)
        for (row, cells) in table.rows.enumerated() where block.items.indices.contains(row) {
            let content = block.items[row].content
            for (column, cell) in cells.enumerated() {
                widths[column] = max(widths[column], width(of: content, in: cell))
            }
        }
        return table.rows.enumerated().map { row, cells in
            TableRowShape(cells: cells, columnWidths: widths, isHeader: row < table.headerRows, endsHeader: row == table.headerRows - 1)
        }
    }

    /// The terminal width of a cell: its text and the superscript labels of its markers.
    static func width(of content: RichText, in cell: Range<Int>) -> Int {
        let markers = content.markers.filter { cell.lowerBound < $0.offset && $0.offset <= cell.upperBound }
        return TerminalText.width(utf8: Array(content.text.utf8)[cell])
            + markers.reduce(0) { $0 + TerminalText.width(of: ReadingLayout.superscript($1.label)) }
    }

    /// The columns' widths within `width` terminal columns, `gap` between columns: as wide as the
    /// widest cell when all fit; else a column narrower than its fair share keeps its width and
    /// the others share what is left.
    static func fitted(_ natural: [Int], into width: Int, gap: Int) -> [Int] {
        guard !natural.isEmpty else { return [] }
        var available = max(natural.count, width - gap * (natural.count - 1))
        if natural.reduce(0, +) <= available { return natural.map { max(1, $0) } }
        var widths = natural
        var open = Array(natural.indices)
        while !open.isEmpty {
            let share = available / open.count
            let narrow = open.filter { natural[$0] <= share }
            if narrow.isEmpty {
                for (position, column) in open.enumerated() {
                    widths[column] = max(1, share + (position < available - share * open.count ? 1 : 0))
                }
                break
            }
            for column in narrow { available -= natural[column] }
            open.removeAll { natural[$0] <= share }
        }
        return widths
    }
}
