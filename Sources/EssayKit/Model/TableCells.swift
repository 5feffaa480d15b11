/// Where the cells of a table block lie: for each row (an item of the block), the range of each
/// cell in the row's text, in column order. An empty cell is an empty range where it would be.
public struct TableCells: Hashable, Sendable {
    /// Each row's cells, as ranges of the row's text (`Block.items[row].content`).
    public var rows: [[Range<Int>]]
    /// How many rows at the top are the header (the rows above the delimiter row).
    public var headerRows: Int

    public init(rows: [[Range<Int>]], headerRows: Int) {
        self.rows = rows
        self.headerRows = headerRows
    }

    /// The number of columns: the most cells any row has.
    public var columnCount: Int {
        rows.map(\.count).max() ?? 0
    }
}
