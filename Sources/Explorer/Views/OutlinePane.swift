/// Draws the sections and, under each, its claims with factor badges coloured by stance.
enum OutlinePane {
    /// The first entry shown, so the cursor (or the current section) stays in view.
    static func firstVisible(_ state: ExplorerState, height: Int) -> Int {
        var cursor = state.focus == .outline ? state.outlineCursor : currentEntry(state)
        if state.focus != .outline, case .claim(let id)? = state.selection,
           let entry = state.outline.firstIndex(where: { $0.kind == .claim(id) }) {
            cursor = entry
        }
        return max(0, min(cursor - height / 3, state.outline.count - height))
    }

    static func currentEntry(_ state: ExplorerState) -> Int {
        state.outline.firstIndex { $0.kind == .section(state.currentSection) } ?? 0
    }

    static func render(_ state: ExplorerState, theme: Theme, into grid: inout Grid) {
        let pane = state.screen.outline
        guard pane.width > 0, pane.height > 1 else { return }
        let filterName = state.factorFilter.flatMap { id in state.model.factors.first { $0.id == id }?.name }
        PaneChrome.header(filterName.map { "Outline · \($0)" } ?? "Outline", rect: pane, focused: state.focus == .outline, theme: theme, into: &grid)
        let height = pane.height - 1
        let first = firstVisible(state, height: height)
        let current = state.currentSection
        let right = pane.x + pane.width
        for line in 0..<height {
            let index = first + line
            guard state.outline.indices.contains(index) else { break }
            let entry = state.outline[index]
            let y = pane.y + 1 + line
            let cursor = state.focus == .outline && index == state.outlineCursor
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
                    if let stance = claim.factors.first(where: { $0.factor == factor.id }) {
                        grid.put(factor.badge, x: column, y: y, style: theme.style(.stance(stance.stance, suggested: stance.suggested)), limit: right)
                    } else {
                        grid.put("·", x: column, y: y, style: theme.border, limit: right)
                    }
                    column += 1
                }
                var style = theme.style(.kind(claim.kind))
                if let filter = state.factorFilter, !claim.factors.contains(where: { $0.factor == filter }) { style = CellStyle(dim: true) }
                if cursor || state.selection == .claim(id) { style = style.merged(with: theme.selection) }
                grid.put(" " + id, x: column, y: y, style: style, limit: right)
            }
        }
    }
}

/// Draws the detail of the selected claim, footnote, authority or section.
enum DetailPane {
    /// The detail lines wrapped to `width`, each with the index of the line it came from.
    static func wrapped(_ lines: [DetailLine], width: Int) -> [(line: DetailLine, source: Int)] {
        var out: [(DetailLine, Int)] = []
        for (index, line) in lines.enumerated() {
            let leading = line.runs.first?.text.prefix { $0 == " " }.count ?? 0
            let indent = min(leading + 2, max(0, width / 3))
            var current: [StyledRun] = []
            var column = 0
            for run in line.runs {
                for token in tokens(run.text) {
                    let tokenWidth = TerminalText.width(of: token)
                    let isSpace = token.first == " "
                    if column + tokenWidth > width, column > indent, !isSpace {
                        out.append((DetailLine(current, target: line.target), index))
                        current = [StyledRun(text: String(repeating: " ", count: indent), role: .plain)]
                        column = indent
                    }
                    if isSpace, column == indent, current.count == 1, out.last?.1 == index { continue }
                    if let last = current.last, last.role == run.role {
                        current[current.count - 1].text += token
                    } else {
                        current.append(StyledRun(text: token, role: run.role))
                    }
                    column += tokenWidth
                }
            }
            out.append((DetailLine(current, target: line.target), index))
        }
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

    /// The first wrapped row shown: the top, unless the selected line would fall below the pane.
    static func firstRow(_ rows: [(line: DetailLine, source: Int)], selected: Int?, height: Int, focused: Bool = true) -> Int {
        guard focused, let selected, let row = rows.lastIndex(where: { $0.source == selected }), row >= height else { return 0 }
        return min(row - height + 2, max(0, rows.count - height))
    }

    /// The indices (into the unwrapped lines) of the lines that can be followed.
    static func targets(_ state: ExplorerState) -> [Int] {
        DetailContent.lines(for: state.detail, state: state).enumerated().compactMap { $0.element.target == nil ? nil : $0.offset }
    }

    static func title(_ state: ExplorerState) -> String {
        switch state.detail {
        case .claim: "Claim"
        case .footnote(let label):
            (label == "*" ? "Author's note" : "Footnote \(label)")
                + (state.model.essay.footnote(label).map { " · line \($0.range.start.line)" } ?? "")
        case .authority: "Authority"
        case .section: "Section"
        case nil: "Detail"
        }
    }

    static func render(_ state: ExplorerState, theme: Theme, into grid: inout Grid) {
        let pane = state.screen.detail
        guard pane.width > 2, pane.height > 1 else { return }
        PaneChrome.header(title(state), rect: pane, focused: state.focus == .detail, theme: theme, into: &grid)
        let lines = DetailContent.lines(for: state.detail, state: state)
        let targets = lines.enumerated().compactMap { $0.element.target == nil ? nil : $0.offset }
        let selected = targets.indices.contains(state.detailCursor) ? targets[state.detailCursor] : nil
        let rows = wrapped(lines, width: pane.width - 2)
        let height = pane.height - 1
        let first = firstRow(rows, selected: selected, height: height, focused: state.focus == .detail)
        for line in 0..<height {
            let index = first + line
            guard rows.indices.contains(index) else { break }
            let (row, source) = rows[index]
            var column = pane.x + 1
            for run in row.runs {
                var style = theme.style(run.role)
                if source == selected, run.role == .link { style = style.merged(with: state.focus == .detail ? theme.selection : CellStyle(underline: true)) }
                column = grid.put(run.text, x: column, y: pane.y + 1 + line, style: style, limit: pane.x + pane.width)
            }
        }
    }
}
