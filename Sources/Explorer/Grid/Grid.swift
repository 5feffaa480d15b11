/// One cell of the screen: the character drawn there and its style.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn in the cell; empty for the right half of a wide character.
    public var text: String
    public var style: CellStyle

    public init(text: String = " ", style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
}

/// A row-major grid of cells that views draw into; the terminal backend only copies it out.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` from column `x` of row `y`, clipped at `limit` columns (default: the grid's
    /// right edge); returns the column after the last one written. Each grapheme cluster takes the
    /// columns the terminal gives it (`TerminalText.width`), its first cell holding it whole and
    /// the others left empty; a cluster that does not fit before the limit is not written at all,
    /// and neither is what follows it. Control characters are shown as visible symbols, never passed on.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let right = min(width, limit ?? width)
        var column = x
        for character in text {
            let shown = TerminalText.visible(character)
            let columns = TerminalText.width(of: shown)
            if columns == 0 { continue }
            if column + columns > right { break }
            if column >= 0 {
                // A wide cluster written over the middle of another leaves no half of that one behind.
                clearCluster(at: column, y)
                clearCluster(at: column + columns - 1, y)
                self[column, y] = Cell(text: String(shown), style: style)
                for extra in 1..<columns { self[column + extra, y] = Cell(text: "", style: style) }
            }
            column += columns
        }
        return column
    }

    /// Blanks the whole cluster that covers cell `x` of row `y`, when it spans several cells.
    private mutating func clearCluster(at x: Int, _ y: Int) {
        guard x >= 0, x < width else { return }
        var start = x
        while start > 0, self[start, y].text.isEmpty { start -= 1 }
        var end = x + 1
        while end < width, self[end, y].text.isEmpty { end += 1 }
        guard end - start > 1 else { return }
        for column in start..<end { self[column, y] = Cell(text: " ", style: self[column, y].style) }
    }

    /// Fills a rectangle with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: CellStyle = .plain) {
        for y in max(0, rect.y)..<min(height, rect.y + rect.height) {
            for x in max(0, rect.x)..<min(width, rect.x + rect.width) {
                self[x, y] = Cell(text: " ", style: style)
            }
        }
    }

    /// Changes the style of the cells in a row range, keeping their text.
    public mutating func restyle(y: Int, from x: Int, to end: Int, _ transform: (CellStyle) -> CellStyle) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, end) {
            self[column, y].style = transform(self[column, y].style)
        }
    }

    /// The text of each row, trailing spaces removed: what tests compare.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width { line += cells[row * width + column].text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}

/// A rectangle of the screen, in cells.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public func contains(x column: Int, y row: Int) -> Bool {
        column >= x && column < x + width && row >= y && row < y + height
    }
}
