/// Draws the detail of the selected claim, footnote, authority or section.
enum DetailPane {
    static func title(_ state: ExplorerState) -> String {
        switch state.detail.subject {
        case .claim: "Claim"
        case .footnote(let label):
            (label == "*" ? "Author's note" : "Footnote \(label)")
                + (state.model.essay.footnote(label).map { " · line \($0.range.start.line)" } ?? "")
        case .authority: "Authority"
        case .section: "Section"
        case .sentence(let locator): "Sentence" + (state.model.essay.sentence(at: locator).map { " · line \($0.range.start.line)" } ?? "")
        case nil: "Detail"
        }
    }

    static func render(_ state: ExplorerState, theme: Theme, into grid: inout Grid) {
        let pane = state.screen.detail
        guard pane.width > 2, pane.height > 1 else { return }
        PaneChrome.header(title(state), rect: pane, focused: state.focus == .detail, theme: theme, into: &grid)
        let layout = Navigation.detailLayout(state)
        let height = pane.height - 1
        let focused = state.focus == .detail
        let first = layout.firstRow(selected: state.detail.cursor, height: height, focused: focused)
        for line in 0..<height {
            let index = first + line
            guard index < layout.rowCount else { break }
            let row = layout.row(index)
            let selected = row.target != nil && row.target == state.detail.cursor
            PaneChrome.runs(row.runs, x: pane.x + 1, y: pane.y + 1 + line, right: pane.x + pane.width, into: &grid) { run in
                var style = theme.style(run.role)
                if selected, run.role == .link { style = style.merged(with: focused ? theme.selection : CellStyle(underline: true)) }
                return style
            }
        }
    }
}
