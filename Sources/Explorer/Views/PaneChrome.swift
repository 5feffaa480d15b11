/// The frame pieces every pane shares.
enum PaneChrome {
    /// A one-row header with the pane's title; the focused pane's stands out.
    static func header(_ title: String, rect: Rect, focused: Bool, theme: Theme, into grid: inout Grid) {
        guard rect.height > 0, rect.width > 0 else { return }
        let style = focused ? theme.focusedTitle : theme.border
        if focused {
            grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        } else {
            grid.put(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: style, limit: rect.x + rect.width)
        }
        grid.put(" " + title + " ", x: rect.x + (focused ? 0 : 1), y: rect.y, style: style, limit: rect.x + rect.width)
    }

    /// A framed, cleared box with a title on its top edge and, on its bottom edge, how far it is
    /// scrolled (when `scroll` is given) and how to close it.
    static func box(_ box: Rect, title: String, scroll: String? = nil, theme: Theme, into grid: inout Grid) {
        grid.fill(box)
        for x in box.x..<(box.x + box.width) {
            grid.put("─", x: x, y: box.y, style: theme.border)
            grid.put("─", x: x, y: box.y + box.height - 1, style: theme.border)
        }
        for y in box.y..<(box.y + box.height) {
            grid.put("│", x: box.x, y: y, style: theme.border)
            grid.put("│", x: box.x + box.width - 1, y: y, style: theme.border)
        }
        grid.put("┌", x: box.x, y: box.y, style: theme.border)
        grid.put("┐", x: box.x + box.width - 1, y: box.y, style: theme.border)
        grid.put("└", x: box.x, y: box.y + box.height - 1, style: theme.border)
        grid.put("┘", x: box.x + box.width - 1, y: box.y + box.height - 1, style: theme.border)
        grid.put(" " + title + " ", x: box.x + 2, y: box.y, style: theme.focusedTitle, limit: box.x + box.width - 2)
        let closing = " q or Esc closes "
        let closingX = max(box.x + 2, box.x + box.width - 2 - TerminalText.width(of: closing))
        if let scroll { grid.put(" " + scroll + " ", x: box.x + 2, y: box.y + box.height - 1, style: theme.focusedTitle, limit: closingX - 1) }
        grid.put(closing, x: closingX, y: box.y + box.height - 1, style: theme.border, limit: box.x + box.width - 1)
    }

    /// A vertical rule at column `x` from `y` for `height` rows.
    static func verticalRule(x: Int, y: Int, height: Int, theme: Theme, into grid: inout Grid) {
        for row in y..<(y + height) { grid.put("│", x: x, y: row, style: theme.border) }
    }

    /// Draws `runs` from column `x` of row `y`, styled by `style`, up to `right`; a line cut at
    /// `right` ends in `…`, so the reader knows there is more.
    static func runs(_ runs: [StyledRun], x: Int, y: Int, right: Int, into grid: inout Grid, style: (StyledRun) -> CellStyle) {
        var column = x
        for run in runs {
            let runStyle = style(run)
            let start = column
            column = grid.put(run.text, x: column, y: y, style: runStyle, limit: right)
            if column - start < TerminalText.width(of: run.text) {
                // Put, not set: a wide cluster under the ellipsis goes whole, not half.
                if right - 1 >= x { grid.put("…", x: right - 1, y: y, style: runStyle, limit: right) }
                return
            }
        }
    }
}
