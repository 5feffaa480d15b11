import EssayKit

/// The essay wrapped to a width: rows of pieces that views style and draw.
public struct ReadingLayout: Sendable {
    /// A run of one row: a slice of a block's text, a footnote marker, or decoration.
    public enum Piece: Hashable, Sendable {
        case text(block: Int, range: Range<Int>, column: Int)
        case marker(block: Int, label: String, offset: Int, column: Int)
        case decoration(String, column: Int)

        var column: Int {
            switch self {
            case .text(_, _, let column), .marker(_, _, _, let column), .decoration(_, let column): column
            }
        }
    }

    public struct Row: Hashable, Sendable {
        public var pieces: [Piece]
        /// The reading block the row belongs to; nil for blank rows between blocks.
        public var block: Int?
        public var section: Int
        /// The first text offset on the row, to keep the reader's place across widths.
        public var offset: Int
    }

    public let width: Int
    public let rows: [Row]
    /// The first row of each reading block.
    public let blockRows: [Int]

    /// Wraps `blocks` to `width` columns.
    public init(blocks: [ReadingBlock], width: Int) {
        self.width = max(10, width)
        var rows: [Row] = []
        var blockRows: [Int] = []
        for (index, block) in blocks.enumerated() {
            // A table's rows follow one another with no blank row between.
            if index > 0, !Self.continuesTable(block, after: blocks[index - 1]) {
                rows.append(Row(pieces: [], block: nil, section: block.section, offset: 0))
                if block.kind == .heading { rows.append(Row(pieces: [], block: nil, section: block.section, offset: 0)) }
            }
            blockRows.append(rows.count)
            rows.append(contentsOf: Self.wrap(block, index: index, width: self.width))
        }
        self.rows = rows
        self.blockRows = blockRows
    }

    /// The row that shows `offset` of block `block` (the block's first row if none does).
    public func row(block: Int, offset: Int) -> Int {
        guard blockRows.indices.contains(block) else { return 0 }
        var row = blockRows[block]
        while row + 1 < rows.count, rows[row + 1].block == block, rows[row + 1].offset <= offset { row += 1 }
        return row
    }

    /// The reading block and text offset at the start of `row`, or of the nearest text row below it.
    public func anchor(at row: Int) -> (block: Int, offset: Int)? {
        var probe = max(0, min(row, rows.count - 1))
        while probe < rows.count {
            if let block = rows[probe].block { return (block, rows[probe].offset) }
            probe += 1
        }
        return nil
    }

    /// The reading point just past the last text on `row`; nil for a row without text.
    public func end(ofRow row: Int) -> ReadingPoint? {
        guard rows.indices.contains(row), let block = rows[row].block else { return nil }
        var end: Int?
        for piece in rows[row].pieces {
            switch piece {
            case .text(_, let range, _): end = max(end ?? range.upperBound, range.upperBound)
            case .marker(_, _, let offset, _): end = max(end ?? offset, offset)
            case .decoration: break
            }
        }
        return ReadingPoint(block: block, offset: end ?? rows[row].offset)
    }

    static func indents(_ kind: ReadingBlock.Kind) -> (first: Int, rest: Int, right: Int, decoration: String?) {
        switch kind {
        case .quote: (4, 4, 4, "│")
        case .frontMatter: (2, 2, 2, nil)
        case .item(let label): (2, 2 + TerminalText.width(of: label) + 1, 0, nil)
        default: (0, 0, 0, nil)
        }
    }

    /// A word and the markers glued to its end, as one unbreakable unit.
    struct Word {
        var range: Range<Int>
        var width: Int
        var markers: [(label: String, offset: Int)]
        var markerWidth: Int
    }

    /// Whether `block` is a row of the same table as `previous`.
    static func continuesTable(_ block: ReadingBlock, after previous: ReadingBlock) -> Bool {
        guard case .tableRow = block.kind, case .tableRow = previous.kind, let ref = block.ref, let before = previous.ref else { return false }
        return ref.section == before.section && ref.block == before.block
    }

    /// The columns between a table's cells.
    static let tableGap = 2

    /// A table row: each cell wrapped in its column, the columns as wide as their widest cells
    /// where the width allows (`TableRowShape.fitted`); a word wider than its column is cut with
    /// `…`. The header's last row has a rule under it.
    static func wrapTableRow(_ block: ReadingBlock, shape: TableRowShape, index: Int, width: Int) -> [Row] {
        let widths = TableRowShape.fitted(shape.columnWidths, into: width, gap: tableGap)
        var starts: [Int] = []
        var x = 0
        for columnWidth in widths {
            starts.append(x)
            x += columnWidth + tableGap
        }
        let lines = shape.cells.indices.filter { $0 < widths.count }.map { column in
            cellLines(block.content, range: shape.cells[column], block: index, width: widths[column], x: starts[column])
        }
        let height = max(1, lines.map(\.count).max() ?? 1)
        var rows: [Row] = []
        for line in 0..<height {
            let pieces = lines.flatMap { line < $0.count ? $0[line] : [] }
            let offsets = pieces.compactMap { piece -> Int? in
                if case .text(_, let range, _) = piece { return range.lowerBound }
                return nil
            }
            rows.append(Row(pieces: pieces, block: index, section: block.section, offset: offsets.min() ?? rows.last?.offset ?? shape.cells.first?.lowerBound ?? 0))
        }
        if shape.endsHeader {
            let rule = String(repeating: "─", count: max(1, min(width, x - tableGap)))
            rows.append(Row(pieces: [.decoration(rule, column: 0)], block: index, section: block.section, offset: rows.last?.offset ?? 0))
        }
        return rows
    }

    /// A cell's text wrapped to `width` columns from column `x`: the pieces of each line.
    static func cellLines(_ content: RichText, range: Range<Int>, block: Int, width: Int, x: Int) -> [[Piece]] {
        let utf8 = Array(content.text.utf8)
        let markers = content.markers.filter { range.lowerBound < $0.offset && $0.offset <= range.upperBound }
        var lines: [[Piece]] = []
        var pieces: [Piece] = []
        var column = 0
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start
            while end < range.upperBound, utf8[end] != 0x20 { end += 1 }
            if end > start {
                let wordMarkers = markers.filter { start < $0.offset && $0.offset <= end }
                let textWidth = TerminalText.width(utf8: utf8[start..<end])
                let total = textWidth + wordMarkers.reduce(0) { $0 + TerminalText.width(of: superscript($1.label)) }
                if column > 0, column + 1 + total > width {
                    lines.append(pieces)
                    pieces = []
                    column = 0
                }
                if column > 0 { column += 1 }
                if total > width - column {
                    // A word wider than the column: as much as fits, then `…`.
                    var cut = start
                    var used = 0
                    for character in String(decoding: utf8[start..<end], as: UTF8.self) {
                        let characterWidth = TerminalText.width(of: character)
                        if used + characterWidth > width - column - 1 { break }
                        used += characterWidth
                        cut += character.utf8.count
                    }
                    if cut > start { pieces.append(.text(block: block, range: start..<cut, column: x + column)) }
                    pieces.append(.decoration("…", column: x + column + used))
                    column += used + 1
                } else {
                    pieces.append(.text(block: block, range: start..<end, column: x + column))
                    column += textWidth
                    for marker in wordMarkers {
                        pieces.append(.marker(block: block, label: marker.label, offset: marker.offset, column: x + column))
                        column += TerminalText.width(of: superscript(marker.label))
                    }
                }
            }
            start = end + 1
        }
        if !pieces.isEmpty { lines.append(pieces) }
        return lines
    }

    static func wrap(_ block: ReadingBlock, index: Int, width: Int) -> [Row] {
        if case .tableRow(let shape) = block.kind { return wrapTableRow(block, shape: shape, index: index, width: width) }
        let text = block.content.text
        let utf8 = Array(text.utf8)
        let (first, rest, right, decoration) = indents(block.kind)
        var words: [Word] = []
        var markerIndex = 0
        let markers = block.content.markers
        var start = 0
        var position = 0
        func closeWord(at end: Int) {
            guard end > start else { return }
            words.append(Word(range: start..<end, width: TerminalText.width(utf8: utf8[start..<end]), markers: [], markerWidth: 0))
        }
        while position <= utf8.count {
            let atEnd = position == utf8.count
            if atEnd || utf8[position] == 0x20 {
                closeWord(at: position)
                // Markers at or before this point attach to the word just closed.
                while markerIndex < markers.count, markers[markerIndex].offset <= position {
                    let label = markers[markerIndex].label
                    if words.isEmpty {
                        words.append(Word(range: position..<position, width: 0, markers: [], markerWidth: 0))
                    }
                    words[words.count - 1].markers.append((label, markers[markerIndex].offset))
                    words[words.count - 1].markerWidth += TerminalText.width(of: superscript(label))
                    markerIndex += 1
                }
                start = position + 1
            } else if markerIndex < markers.count, markers[markerIndex].offset == position, position > start {
                // A marker inside a word (“Order²—a”) splits it, so the marker can sit mid-line.
                closeWord(at: position)
                start = position
                let label = markers[markerIndex].label
                words[words.count - 1].markers.append((label, position))
                words[words.count - 1].markerWidth += TerminalText.width(of: superscript(label))
                markerIndex += 1
                continue
            }
            position += 1
        }

        var rows: [Row] = []
        var pieces: [Piece] = []
        var column = first
        var lineStart = first
        var rowOffset = 0
        var previousEnd: Int?
        let limit = width - right
        func startRow(indent: Int, offset: Int) {
            pieces = []
            // About one piece a word, and words average some six columns with their spaces.
            pieces.reserveCapacity(limit / 6 + 2)
            if let decoration { pieces.append(.decoration(decoration, column: max(0, indent - 2))) }
            column = indent
            lineStart = indent
            rowOffset = offset
            previousEnd = nil
        }
        func endRow() {
            rows.append(Row(pieces: pieces, block: index, section: block.section, offset: rowOffset))
        }
        startRow(indent: first, offset: 0)
        if case .item(let label) = block.kind { pieces.append(.decoration(label, column: first)); column = rest; lineStart = rest }
        for word in words {
            let total = word.width + word.markerWidth
            let gap = column > lineStart && previousEnd != word.range.lowerBound ? 1 : 0
            if column + gap + total > limit, column > lineStart {
                endRow()
                startRow(indent: rest, offset: word.range.lowerBound)
            }
            let space = column > lineStart && previousEnd != word.range.lowerBound ? 1 : 0
            column += space
            if word.width > limit - column {
                // A word longer than the line: cut it by characters.
                var chunkStart = word.range.lowerBound
                var chunkWidth = 0
                var cursor = word.range.lowerBound
                let characters = String(decoding: utf8[word.range], as: UTF8.self)
                for character in characters {
                    let characterWidth = TerminalText.width(of: character)
                    if column + chunkWidth + characterWidth > limit, chunkWidth > 0 {
                        pieces.append(.text(block: index, range: chunkStart..<cursor, column: column))
                        endRow()
                        startRow(indent: rest, offset: cursor)
                        chunkStart = cursor
                        chunkWidth = 0
                    }
                    chunkWidth += characterWidth
                    cursor += character.utf8.count
                }
                pieces.append(.text(block: index, range: chunkStart..<word.range.upperBound, column: column))
                column += chunkWidth
            } else if !word.range.isEmpty {
                pieces.append(.text(block: index, range: word.range, column: column))
                column += word.width
            }
            for marker in word.markers {
                pieces.append(.marker(block: index, label: marker.label, offset: marker.offset, column: column))
                column += TerminalText.width(of: superscript(marker.label))
            }
            previousEnd = word.range.upperBound
        }
        endRow()
        return rows
    }

    /// A footnote label in superscript digits (`12` → `¹²`); other labels as `[*]`.
    public static func superscript(_ label: String) -> String {
        guard !label.isEmpty, label.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return "[\(label)]" }
        var result = ""
        for byte in label.utf8 { result.unicodeScalars.append(superscriptDigits[Int(byte - 0x30)]) }
        return result
    }

    private static let superscriptDigits: [Unicode.Scalar] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
}
