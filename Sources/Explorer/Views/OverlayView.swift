/// Draws the overlay on top: its box, its rows, the chosen line, and how far it is scrolled.
enum OverlayView {
    static func render(_ frame: OverlayFrame, state: ExplorerState, theme: Theme, into grid: inout Grid) {
        let layout = OverlayLayout(frame, state: state)
        let box = layout.box
        let inner = layout.innerHeight
        let rows = layout.rows
        let scroll = rows.rowCount > inner
            ? "\(layout.first + 1)–\(min(rows.rowCount, layout.first + inner)) of \(rows.rowCount)" + (layout.first + inner < rows.rowCount ? " ↓" : " ↑")
            : nil
        PaneChrome.box(box, title: layout.content.title, scroll: scroll, theme: theme, into: &grid)
        let chosen = rows.targetCount > 0 ? min(frame.cursor, rows.targetCount - 1) : nil
        for line in 0..<inner {
            let index = layout.first + line
            guard index < rows.rowCount else { break }
            let row = rows.row(index)
            let selected = chosen != nil && row.target == chosen
            PaneChrome.runs(row.runs, x: box.x + 2, y: box.y + 1 + line, right: box.x + box.width - 1, into: &grid) { run in
                var style = theme.style(run.role)
                if selected, run.role == .link { style = style.merged(with: theme.selection) }
                return style
            }
        }
    }
}
