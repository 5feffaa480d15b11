/// A detail document laid out in rows for a width: lines wrapped (or clipped, for overlays), list
/// entries one row each and made only when a row asks for them, and the links counted, so the
/// reducer can move the cursor and the view can draw the rows without either making all of them.
public struct DetailLayout: Sendable {
    /// A run of rows from one part of the document.
    enum Segment: Sendable {
        /// The rows of one line, wrapped.
        case rows([[StyledRun]], target: DetailTarget?)
        case list(DetailList)

        var rowCount: Int {
            switch self {
            case .rows(let rows, _): rows.count
            case .list(let list): list.count
            }
        }

        var targetCount: Int {
            switch self {
            case .rows(_, let target): target == nil ? 0 : 1
            case .list(let list): list.count
            }
        }
    }

    let segments: [Segment]
    /// The first row and first link of each segment.
    let firstRows: [Int]
    let firstTargets: [Int]
    public let rowCount: Int
    /// How many lines can be followed.
    public let targetCount: Int

    /// Lays `document` out `width` columns wide; lines longer than that wrap when `wraps`, else stay one row.
    public init(_ document: DetailDocument, width: Int, wraps: Bool = true) {
        var segments: [Segment] = []
        for part in document.parts {
            switch part {
            case .line(let line):
                segments.append(.rows(wraps ? Self.wrap(line, width: width) : [line.runs], target: line.target))
            case .list(let list):
                segments.append(.list(list))
            }
        }
        var rows = 0
        var targets = 0
        var firstRows: [Int] = []
        var firstTargets: [Int] = []
        for segment in segments {
            firstRows.append(rows)
            firstTargets.append(targets)
            rows += segment.rowCount
            targets += segment.targetCount
        }
        self.segments = segments
        self.firstRows = firstRows
        self.firstTargets = firstTargets
        self.rowCount = rows
        self.targetCount = targets
    }

    /// The segment holding row `row` (or, by `firstTargets`, link `target`).
    private func segment(containing value: Int, in starts: [Int]) -> Int? {
        guard !starts.isEmpty else { return nil }
        var lower = 0
        var upper = starts.count
        while upper - lower > 1 {
            let middle = (lower + upper) / 2
            if starts[middle] <= value { lower = middle } else { upper = middle }
        }
        // Empty segments share their start with the next one: step past them.
        while lower + 1 < starts.count, starts[lower + 1] <= value { lower += 1 }
        return lower
    }

    /// The runs of row `row` and the link it belongs to, if any.
    public func row(_ row: Int) -> (runs: [StyledRun], target: Int?) {
        guard row >= 0, row < rowCount, let index = segment(containing: row, in: firstRows) else { return ([], nil) }
        let offset = row - firstRows[index]
        switch segments[index] {
        case .rows(let rows, let target):
            return (rows[offset], target == nil ? nil : firstTargets[index])
        case .list(let list):
            return (list.item(offset).runs, firstTargets[index] + offset)
        }
    }

    /// Where link `target` leads.
    public func target(_ target: Int) -> DetailTarget? {
        guard target >= 0, target < targetCount, let index = segment(containing: target, in: firstTargets) else { return nil }
        switch segments[index] {
        case .rows(_, let destination): return destination
        case .list(let list): return list.item(target - firstTargets[index]).target
        }
    }

    /// The rows of link `target`.
    public func rows(ofTarget target: Int) -> Range<Int>? {
        guard target >= 0, target < targetCount, let index = segment(containing: target, in: firstTargets) else { return nil }
        switch segments[index] {
        case .rows(let rows, _): return firstRows[index]..<(firstRows[index] + rows.count)
        case .list: return (firstRows[index] + target - firstTargets[index])..<(firstRows[index] + target - firstTargets[index] + 1)
        }
    }

    /// The first row shown in a pane `height` rows high: the top, unless the chosen link would
    /// fall below the pane (when the pane has the focus).
    public func firstRow(selected: Int?, height: Int, focused: Bool = true) -> Int {
        guard focused, let selected, let rows = rows(ofTarget: selected), rows.upperBound > height else { return 0 }
        return max(0, min(rows.upperBound - height + 1, rowCount - height))
    }

    /// `line` wrapped to `width`: at spaces, continuation rows indented under the line's own indent.
    static func wrap(_ line: DetailLine, width: Int) -> [[StyledRun]] {
        var out: [[StyledRun]] = []
        let leading = line.runs.first?.text.prefix { $0 == " " }.count ?? 0
        let indent = min(line.hangingIndent ?? leading + 2, max(0, width / 2))
        var current: [StyledRun] = []
        var column = 0
        for run in line.runs {
            for token in tokens(run.text) {
                let tokenWidth = TerminalText.width(of: token)
                let isSpace = token.first == " "
                if column + tokenWidth > width, column > indent, !isSpace {
                    out.append(current)
                    current = [StyledRun(text: String(repeating: " ", count: indent), role: .plain)]
                    column = indent
                }
                if isSpace, column == indent, current.count == 1, !out.isEmpty { continue }
                if let last = current.last, last.role == run.role {
                    current[current.count - 1].text += token
                } else {
                    current.append(StyledRun(text: token, role: run.role))
                }
                column += tokenWidth
            }
        }
        out.append(current)
        return out
    }

    /// Splits text into runs of spaces and runs of other characters, keeping every character.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inSpace = false
        for character in text {
            let space = character == " "
            if !current.isEmpty, space != inSpace {
                tokens.append(current)
                current = ""
            }
            inSpace = space
            current.append(character)
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
