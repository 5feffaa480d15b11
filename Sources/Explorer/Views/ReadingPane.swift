/// Draws the essay, reflowed, with claims marked by kind, markers selectable, matches highlighted.
enum ReadingPane {
    static func render(_ state: ExplorerState, theme: Theme, into grid: inout Grid) {
        let pane = state.screen.reading
        guard pane.height > 1 else { return }
        let section = state.model.essay.sections.indices.contains(state.currentSection)
            ? state.model.essay.sections[state.currentSection].displayTitle : ""
        PaneChrome.header(section, rect: pane, focused: state.focus == .reading, theme: theme, into: &grid)
        let content = state.readingContent
        let layout = state.layout
        for line in 0..<content.height {
            let rowIndex = state.top + line
            guard layout.rows.indices.contains(rowIndex) else { break }
            let row = layout.rows[rowIndex]
            let y = content.y + line
            for piece in row.pieces {
                switch piece {
                case .decoration(let text, let column):
                    grid.put(text, x: content.x + column, y: y, style: theme.border, limit: content.x + content.width)
                case .marker(let block, let label, let offset, let column):
                    var style = theme.marker
                    if state.selection == .marker(block: block, label: label, offset: offset) { style = style.merged(with: theme.selection) }
                    grid.put(ReadingLayout.superscript(label), x: content.x + column, y: y, style: style, limit: content.x + content.width)
                case .text(let block, let range, let column):
                    drawText(state, theme: theme, block: block, range: range, x: content.x + column, y: y, limit: content.x + content.width, into: &grid)
                }
            }
        }
    }

    static func baseStyle(_ kind: ReadingBlock.Kind, theme: Theme) -> CellStyle {
        switch kind {
        case .title: theme.style(.title)
        case .byline: theme.style(.byline)
        case .heading: theme.style(.heading)
        case .quote: CellStyle(italic: false)
        default: .plain
        }
    }

    static func drawText(_ state: ExplorerState, theme: Theme, block: Int, range: Range<Int>, x: Int, y: Int, limit: Int, into grid: inout Grid) {
        let readingBlock = state.blocks[block]
        let rich = readingBlock.content
        let base = baseStyle(readingBlock.kind, theme: theme)
        let claims = state.claimsByBlock[block] ?? []
        let matches = state.search.matches.enumerated().filter { $0.element.block == block && $0.element.range.overlaps(range) }
        let filter = state.factorFilter
        var column = x
        var offset = range.lowerBound
        for character in rich.substring(range) {
            var style = base
            for span in rich.spans where span.range.contains(offset) {
                switch span.style {
                case .emphasis: style = style.merged(with: theme.emphasis)
                case .link: style = style.merged(with: theme.style(.link))
                }
            }
            for claim in claims where claim.textRange.contains(offset) {
                if claim.isAnnotated {
                    style = style.merged(with: theme.style(.kind(claim.kind)))
                }
                if let filter {
                    if claim.factors.contains(where: { $0.factor == filter }) {
                        style = style.merged(with: CellStyle(bold: true, underline: true))
                    } else if claim.isAnnotated {
                        style = CellStyle(dim: true)
                    }
                }
                if state.selection == .claim(claim.id) { style = style.merged(with: theme.selection) }
            }
            for (index, match) in matches where match.range.contains(offset) {
                style = index == state.search.current ? theme.currentMatch : style.merged(with: theme.match)
            }
            column = grid.put(String(character), x: column, y: y, style: style, limit: limit)
            offset += character.utf8.count
        }
    }
}

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

    /// A framed, cleared box with a title on its top edge and how to close it on its bottom edge.
    static func box(_ box: Rect, title: String, theme: Theme, into grid: inout Grid) {
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
        grid.put(" q or Esc closes ", x: max(box.x + 2, box.x + box.width - 19), y: box.y + box.height - 1, style: theme.border)
    }

    /// A vertical rule at column `x` from `y` for `height` rows.
    static func verticalRule(x: Int, y: Int, height: Int, theme: Theme, into grid: inout Grid) {
        for row in y..<(y + height) { grid.put("│", x: x, y: row, style: theme.border) }
    }
}
