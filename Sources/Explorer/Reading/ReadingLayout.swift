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
            if index > 0 {
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

    static func wrap(_ block: ReadingBlock, index: Int, width: Int) -> [Row] {
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
