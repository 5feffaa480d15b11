import LowLevel

/// Markdown pipe tables (`| a | b |` rows, a `| --- | --- |` delimiter row), as an author writes
/// them and as a PDF converter (MarkItDown's pdfminer) makes them of justified lines of text.
///
/// A converter that reads a justified line as a table cuts it into cells mid-phrase
/// (`| 20See | CDC, | Infant | Mortality |`), prints a delimiter row under each such "table" of one
/// or two rows, page furniture as rows of empty cells, and runs the rows into the paragraph around
/// them. An author's table stands apart (a blank line after it: Markdown reads a line after a table
/// as one more row), with one delimiter row, under its header. So a file whose tables show the
/// converter's form is read as the text it was: each row a line of its cells, joined by single
/// spaces, empty cells dropped; delimiter rows and rows of empty cells are furniture.
enum PipeTableRows {
    /// The cells of a row, each without the spaces around it; nil when the line is no table row
    /// (its first byte that is not a space is not `|`). A `\|` is text, not a cell's edge.
    static func cells(of line: Range<Int>, in bytes: [UInt8]) -> [Range<Int>]? {
        var index = line.lowerBound
        while index < line.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index < line.upperBound, bytes[index] == UInt8(ascii: "|") else { return nil }
        var end = line.upperBound
        while end > index + 1, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
        // A closing `|` ends the last cell; without one, the line's end does.
        if end > index + 1, bytes[end - 1] == UInt8(ascii: "|"), bytes[end - 2] != UInt8(ascii: "\\") { end -= 1 }
        var cells: [Range<Int>] = []
        var cellStart = index + 1
        var cursor = cellStart
        while cursor <= end {
            if cursor == end || (bytes[cursor] == UInt8(ascii: "|") && bytes[cursor - 1] != UInt8(ascii: "\\")) {
                var lower = cellStart
                var upper = cursor
                while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
                while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
                cells.append(lower..<upper)
                cellStart = cursor + 1
            }
            cursor += 1
        }
        return cells
    }

    /// Whether the cells make a delimiter row: each cell dashes, perhaps with a colon at either end
    /// (`---`, `:--`, `:-:`).
    static func isDelimiterRow(_ cells: [Range<Int>], in bytes: [UInt8]) -> Bool {
        !cells.isEmpty && cells.allSatisfy { cell in
            var lower = cell.lowerBound
            var upper = cell.upperBound
            if lower < upper, bytes[lower] == UInt8(ascii: ":") { lower += 1 }
            if upper > lower, bytes[upper - 1] == UInt8(ascii: ":") { upper -= 1 }
            return lower < upper && bytes[lower..<upper].allSatisfy { $0 == UInt8(ascii: "-") }
        }
    }

    /// Whether every cell of the row is empty.
    static func isEmptyRow(_ cells: [Range<Int>]) -> Bool {
        cells.allSatisfy(\.isEmpty)
    }

    /// The runs of table rows in a unit that are tables (a delimiter row among them), as ranges of
    /// the unit's line indices, each with whether the text after it follows with no blank line.
    static func tables(in unit: [Range<Int>], bytes: [UInt8]) -> [(rows: Range<Int>, cells: [[Range<Int>]], textAfter: Bool)] {
        var found: [(rows: Range<Int>, cells: [[Range<Int>]], textAfter: Bool)] = []
        var runStart = -1
        var runCells: [[Range<Int>]] = []
        func close(at end: Int) {
            if runStart >= 0, runCells.contains(where: { isDelimiterRow($0, in: bytes) }) {
                found.append((runStart..<end, runCells, end < unit.count))
            }
            runStart = -1
            runCells = []
        }
        for (index, line) in unit.enumerated() {
            guard let cells = cells(of: line, in: bytes) else {
                close(at: index)
                continue
            }
            if runStart < 0 { runStart = index }
            runCells.append(cells)
        }
        close(at: unit.count)
        return found
    }

    /// Whether the file's pipe tables are a converter's reading of lines of text: some table runs
    /// into the text after it with no blank line (Markdown would read that text as one more row),
    /// has no row under its delimiter row (a line of text over the delimiter the converter adds),
    /// prints a delimiter row under a row other than its first, or has a row of empty cells.
    /// `units` are runs of non-blank lines.
    static func areConversionArtefacts(_ units: [[Range<Int>]], in bytes: [UInt8]) -> Bool {
        units.contains { unit in
            tables(in: unit, bytes: bytes).contains { table in
                table.textAfter || table.cells.count <= 2 || table.cells.enumerated().contains { row, cells in
                    isEmptyRow(cells) || (row != 1 && isDelimiterRow(cells, in: bytes))
                }
            }
        }
    }

    /// Reads the rows of every pipe table in `units` as the lines of text they were: each row is
    /// written over in `bytes` as its cells joined by single spaces (runs of spaces inside a cell
    /// made one, empty cells dropped), from the row's start, and its line in `units` ends there;
    /// delimiter rows and rows of empty cells leave `units`. A unit left with no line goes. A row's
    /// text never outgrows its line, so every other byte keeps its offset.
    static func readAsText(_ units: inout [[Range<Int>]], in bytes: inout [UInt8]) {
        for index in units.indices {
            let tables = tables(in: units[index], bytes: bytes)
            guard !tables.isEmpty else { continue }
            var lines = Array(units[index][..<tables[0].rows.lowerBound])
            for (number, table) in tables.enumerated() {
                for (row, cells) in zip(table.rows, table.cells) where !isDelimiterRow(cells, in: bytes) && !isEmptyRow(cells) {
                    let line = units[index][row]
                    lines.append(line.lowerBound..<writeText(of: cells, over: line, in: &bytes))
                }
                let next = number + 1 < tables.count ? tables[number + 1].rows.lowerBound : units[index].count
                lines.append(contentsOf: units[index][table.rows.upperBound..<next])
            }
            units[index] = lines
        }
        units.removeAll(where: \.isEmpty)
    }

    /// Writes the row's text over `line` (spaces after it) and returns where the text ends.
    private static func writeText(of cells: [Range<Int>], over line: Range<Int>, in bytes: inout [UInt8]) -> Int {
        var text: [UInt8] = []
        text.reserveCapacity(line.count)
        for cell in cells where !cell.isEmpty {
            if !text.isEmpty { text.append(0x20) }
            for byte in bytes[cell] {
                let isSpace = byte == 0x20 || byte == 0x09
                if isSpace, text.last == 0x20 { continue }
                text.append(isSpace ? 0x20 : byte)
            }
        }
        let end = line.lowerBound + text.count
        bytes.replaceSubrange(line.lowerBound..<end, with: text)
        for offset in end..<line.upperBound { bytes[offset] = 0x20 }
        return end
    }
}
