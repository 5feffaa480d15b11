/// Draws the sections and, under each, its claims with factor badges coloured by stance (and
/// marked, without colour).
enum OutlinePane {
    static func render(_ state: ExplorerState, theme: Theme, into grid: inout Grid) {
        let pane = state.screen.outline
        guard pane.width > 0, pane.height > 1 else { return }
        let lens = state.filter.isActive ? " · " + StatusLine.lensName(state) : ""
        PaneChrome.header("Outline" + lens, rect: pane, focused: state.focus == .outline, theme: theme, into: &grid)
        let height = pane.height - 1
        let first = OutlineLayout.firstVisible(state, height: height)
        let current = state.currentSection
        let right = pane.x + pane.width
        let marks = state.colors == .none
        for line in 0..<height {
            let index = first + line
            guard state.outline.entries.indices.contains(index) else { break }
            let entry = state.outline.entries[index]
            let y = pane.y + 1 + line
            let cursor = state.focus == .outline && index == state.outline.cursor
            switch entry.kind {
            case .section(let section):
                let title = state.model.essay.sections[section].displayTitle
                var style = theme.style(.heading)
                if section != current { style = CellStyle(bold: true) }
                if cursor { style = style.merged(with: theme.selection) }
                let mark = section == current ? "▸ " : "  "
                grid.put(mark + title, x: pane.x, y: y, style: style, limit: right)
            case .claim(let id):
                guard let claim = state.model.claim(id) else { continue }
                var column = pane.x + 2
                for factor in state.model.factors {
                    if let assessment = claim.assessment(of: factor.id) {
                        let suggested = assessment.source == .suggested
                        var style = theme.style(.stance(assessment.stance, suggested: suggested))
                        if state.filter.isActive, !state.filter.matches(assessment) { style = CellStyle(dim: true) }
                        let text = factor.badge + (marks ? StanceMark.mark(assessment.stance, suggested: suggested) : "")
                        column = grid.put(text, x: column, y: y, style: style, limit: right)
                    } else {
                        column = grid.put(marks ? "· " : "·", x: column, y: y, style: theme.border, limit: right)
                    }
                }
                var style = claim.isSuggested ? theme.suggested : theme.style(.kind(claim.kind))
                if state.filter.isActive, !state.filter.matches(claim) { style = CellStyle(dim: true) }
                if cursor || state.selection == .claim(id) { style = style.merged(with: theme.selection) }
                // A suggested claim says so: `~` before its id.
                grid.put((claim.isSuggested ? "~" : " ") + id, x: column, y: y, style: style, limit: right)
            }
        }
    }
}
