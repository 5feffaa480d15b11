/// Keys while an overlay is open: move, choose, close one level.
enum OverlayInput {
    static func handle(_ key: Key, frame: OverlayFrame, in state: inout ExplorerState) {
        let layout = OverlayLayout(frame, state: state)
        let command = Keymap.standard.command(for: key)
        var frame = frame
        let page = max(1, layout.innerHeight - 1)
        switch (key, command) {
        case (.escape, _), (_, .quit?), (_, .back?):
            state.overlays.pop()
            return
        case (_, .moveDown?): frame.cursor += 1
        case (_, .moveUp?): frame.cursor -= 1
        case (_, .pageDown?): frame.cursor += page
        case (_, .pageUp?): frame.cursor -= page
        case (_, .top?): frame.cursor = 0
        case (_, .bottom?): frame.cursor = layout.cursorLimit
        case (_, .follow?):
            guard layout.rows.targetCount > 0, let target = layout.rows.target(frame.cursor) else { return }
            choose(target, overlay: frame.overlay, in: &state)
            return
        case (_, let command?) where [.scorecard, .authorities, .help, .legend, .searchResults, .suspend, .redraw].contains(command):
            ExplorerReducer.perform(command, in: &state)
            return
        default:
            state.message = "\(key) does nothing in this view; q or Esc closes it"
            return
        }
        frame.cursor = max(0, min(frame.cursor, layout.cursorLimit))
        state.overlays.top = frame
    }

    /// Enter on a line: a scorecard cell lists its claims, a work in the table its citing notes, over
    /// the overlay; anything else goes there, closing the overlays (Backspace brings them back).
    static func choose(_ target: DetailTarget, overlay: Overlay, in state: inout ExplorerState) {
        switch target {
        case .cell(let subject, let factor):
            state.overlays.push(.cell(subject: subject, factor: factor))
        case .subject(.authority(let id)) where overlay == .authorities:
            state.overlays.push(.citing(authority: id))
        default:
            Navigation.go(to: target, in: &state)
        }
    }
}
