/// Which outline entries the pane shows: the cursor's (or the current section's, or the selected
/// claim's) stays in view, a third of the way down.
enum OutlineLayout {
    /// The entry the outline is about: the cursor when it has the focus, else the selected claim's
    /// or the current section's.
    static func anchorEntry(_ state: ExplorerState) -> Int {
        if state.focus == .outline { return state.outline.cursor }
        if case .claim(let id)? = state.selection, let entry = state.outline.entry(ofClaim: id) { return entry }
        return currentEntry(state)
    }

    /// The current section's entry.
    static func currentEntry(_ state: ExplorerState) -> Int {
        state.outline.entry(ofSection: state.currentSection) ?? 0
    }

    /// The first entry shown in a pane of `height` rows.
    static func firstVisible(_ state: ExplorerState, height: Int) -> Int {
        max(0, min(anchorEntry(state) - height / 3, state.outline.entries.count - height))
    }
}
