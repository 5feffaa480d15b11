/// Renders the whole screen for a state into a grid: panes, status line, overlay.
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
        if let overlay = state.overlay {
            OverlayView.render(overlay, state: state, theme: theme, into: &grid)
        }
        return grid
    }

    /// The screen shown when the terminal is smaller than legit needs.
    static func tooSmall(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        let lines = ["Terminal too small", "legit needs \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)", "(now \(width)×\(height))", "q quits"]
        let top = max(0, (height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (width - TerminalText.width(of: line)) / 2)
            grid.put(line, x: x, y: top + index, style: index == 0 ? CellStyle(bold: true) : .plain)
        }
        return grid
    }
}
