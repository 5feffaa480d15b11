/// Mouse clicks and the wheel: select or follow what is under the pointer, scroll the pane.
enum Pointer {
    static func click(x: Int, y: Int, in state: inout ExplorerState) {
        let screen = state.screen
        guard screen.mode != .tooSmall, state.overlays.isEmpty, state.prompt == nil else { return }
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
                        if let claim = (state.claimsByBlock[block] ?? []).first(where: { $0.isClaim && $0.textRange.overlaps(offset..<range.upperBound) }) {
                            Navigation.select(claim: claim.id, in: &state)
                        } else if let sentence = Navigation.sentences(inBlock: block, state).first(where: { $0.range.contains(offset) }) {
                            // Text no claim covers: its sentence, what annotating starts from.
                            Navigation.select(sentence: sentence.locator, in: &state)
                        }
                        return
                    }
                case .decoration:
                    continue
                }
            }
        } else if screen.outline.contains(x: x, y: y), y > screen.outline.y {
            state.focus = .outline
            let index = OutlineLayout.firstVisible(state, height: screen.outline.height - 1) + (y - screen.outline.y - 1)
            guard state.outline.entries.indices.contains(index) else { return }
            state.outline.cursor = index
            Navigation.follow(in: &state)
        } else if screen.detail.contains(x: x, y: y), y > screen.detail.y {
            let wasFocused = state.focus == .detail
            state.focus = .detail
            let layout = Navigation.detailLayout(state)
            let first = layout.firstRow(selected: state.detail.cursor, height: screen.detail.height - 1, focused: wasFocused)
            guard let target = layout.row(first + (y - screen.detail.y - 1)).target else { return }
            state.detail.cursor = target
            Navigation.follow(in: &state)
        }
    }

    static func scroll(x: Int, y: Int, lines: Int, in state: inout ExplorerState) {
        let screen = state.screen
        if var frame = state.overlays.top {
            let layout = OverlayLayout(frame, state: state)
            frame.cursor = max(0, min(layout.cursorLimit, frame.cursor + lines))
            state.overlays.top = frame
        } else if screen.outline.contains(x: x, y: y) {
            state.outline.cursor = max(0, min(state.outline.entries.count - 1, state.outline.cursor + lines))
        } else if screen.detail.contains(x: x, y: y) {
            state.detail.cursor = max(0, min(max(0, Navigation.detailLayout(state).targetCount - 1), state.detail.cursor + lines))
        } else {
            state.scrollReading(toRow: state.top + lines * 3)
        }
    }
}
