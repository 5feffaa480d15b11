/// Renders the whole screen for a state into a grid: panes, status line, overlays.
public enum ExplorerView {
    public static func render(_ state: ExplorerState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        let theme = Theme(colors: state.colors)
        let screen = state.screen
        if screen.mode == .tooSmall { return tooSmall(width: state.width, height: state.height) }
        OutlinePane.render(state, theme: theme, into: &grid)
        ReadingPane.render(state, theme: theme, into: &grid)
        DetailPane.render(state, theme: theme, into: &grid)
        if screen.mode != .narrow {
            PaneChrome.verticalRule(x: screen.outline.x + screen.outline.width, y: 0, height: screen.outline.height, theme: theme, into: &grid)
            if screen.mode == .wide {
                PaneChrome.verticalRule(x: screen.detail.x - 1, y: 0, height: screen.detail.height, theme: theme, into: &grid)
            }
        }
        StatusLine.render(state, theme: theme, into: &grid)
        // Only the overlay on top shows: the others wait under it.
        if let frame = state.overlays.top { OverlayView.render(frame, state: state, theme: theme, into: &grid) }
        if let dialog = state.annotating.dialog { AnnotationDialogView.render(dialog, state: state, theme: theme, into: &grid) }
        return grid
    }

    /// The screen shown when the terminal is smaller than legit needs: the longest wording that
    /// fits, each line's words wrapped to the width, so even a 10×5 terminal reads whole words.
    static func tooSmall(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        let needs = "\(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)"
        let wordings = [
            ["Terminal too small", "legit needs \(needs)", "(now \(width)×\(height))", "q quits"],
            ["Too small", "need \(needs)", "now \(width)×\(height)", "q quits"],
            ["need \(needs)", "q quits"],
        ]
        let fitting = wordings.lazy.map { wording in wording.map { wrap($0, width: width) } }
            .first { lines in lines.joined().count <= height && lines.joined().allSatisfy { TerminalText.width(of: $0) <= width } }
        let lines = fitting ?? wordings[wordings.count - 1].map { wrap($0, width: width) }
        let rows = lines.flatMap { $0 }
        let top = max(0, (height - rows.count) / 2)
        var row = 0
        for (index, wrapped) in lines.enumerated() {
            for line in wrapped {
                let x = max(0, (width - TerminalText.width(of: line)) / 2)
                grid.put(line, x: x, y: top + row, style: index == 0 ? CellStyle(bold: true) : .plain)
                row += 1
            }
        }
        return grid
    }

    /// `text` broken at spaces into lines of at most `width` columns where its words allow.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, TerminalText.width(of: last) + 1 + TerminalText.width(of: word) <= width {
                lines[lines.count - 1] += " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines
    }
}
