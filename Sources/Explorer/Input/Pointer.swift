/// Mouse clicks and the wheel: select or follow what is under the pointer, scroll the pane.
enum Pointer {
    static func click(x: Int, y: Int, in state: inout ExplorerState) {
        let screen = state.screen
        guard screen.mode != .tooSmall, state.overlay == nil, state.prompt == nil else { return }
        if screen.reading.contains(x: x, y: y) {
            state.focus = .reading
            let content = state.readingContent
            let row = state.top + (y - content.y)
            let column = x - content.x
            guard state.layout.rows.indices.contains(row) else { return }
            for piece in state.layout.rows[row].pieces {
                switch piece {
                case .marker(let block, let label, let offset, let start):
                    let width = TerminalText.width(of: ReadingLayout.superscript(label))
                    if column >= start - 1, column < start + width {
                        state.selection = .marker(block: block, label: label, offset: offset)
                        Navigation.follow(in: &state)
                        return
                    }
                case .text(let block, let range, let start):
                    let width = TerminalText.width(of: state.blocks[block].content.substring(range))
                    if column >= start, column < start + width {
                        let offset = range.lowerBound
                        if let claim = (state.claimsByBlock[block] ?? []).first(where: { $0.isAnnotated && $0.textRange.overlaps(offset..<range.upperBound) }) {
                            Navigation.select(claim: claim.id, in: &state)
                        }
                        return
                    }
                case .decoration:
                    continue
                }
            }
        } else if screen.outline.contains(x: x, y: y), y > screen.outline.y {
            state.focus = .outline
            let index = OutlinePane.firstVisible(state, height: screen.outline.height - 1) + (y - screen.outline.y - 1)
            guard state.outline.indices.contains(index) else { return }
            state.outlineCursor = index
            Navigation.follow(in: &state)
        } else if screen.detail.contains(x: x, y: y), y > screen.detail.y {
            let wasFocused = state.focus == .detail
            state.focus = .detail
            let lines = DetailContent.lines(for: state.detail, state: state)
            let targets = lines.enumerated().compactMap { $0.element.target == nil ? nil : $0.offset }
            let rows = DetailPane.wrapped(lines, width: screen.detail.width - 2)
            let selected = targets.indices.contains(state.detailCursor) ? targets[state.detailCursor] : nil
            let first = DetailPane.firstRow(rows, selected: selected, height: screen.detail.height - 1, focused: wasFocused)
            let index = first + (y - screen.detail.y - 1)
            guard rows.indices.contains(index), let target = targets.firstIndex(of: rows[index].source) else { return }
            state.detailCursor = target
            Navigation.follow(in: &state)
        }
    }

    static func scroll(x: Int, y: Int, lines: Int, in state: inout ExplorerState) {
        if state.overlay != nil {
            state.overlayCursor = max(0, state.overlayCursor + lines)
            return
        }
        let screen = state.screen
        if screen.outline.contains(x: x, y: y) {
            state.outlineCursor = max(0, min(state.outline.count - 1, state.outlineCursor + lines))
        } else if screen.detail.contains(x: x, y: y) {
            state.detailCursor = max(0, min(max(0, DetailPane.targets(state).count - 1), state.detailCursor + lines))
        } else {
            state.scrollReading(toRow: state.top + lines * 3)
        }
    }
}
