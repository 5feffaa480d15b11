import EssayKit

/// Turns the state and an event into the next state; pure, so tests drive it with key strings.
public enum ExplorerReducer {
    /// Applies every key of `notation` (such as `"]]<Enter><C-o>"`) in turn.
    public static func reduce(_ state: ExplorerState, keys notation: String) -> ExplorerState {
        Key.sequence(notation).reduce(state) { reduce($0, .key($1)) }
    }

    public static func reduce(_ state: ExplorerState, _ event: ExplorerEvent) -> ExplorerState {
        var state = state
        switch event {
        case .resize(let width, let height):
            state.width = max(1, width)
            state.height = max(1, height)
            state.relayout()
            state.clampTop()
        case .key(let key):
            let wasJump = state.lastWasJump
            state.lastWasJump = false
            state.message = nil
            handle(key, in: &state, afterJump: wasJump)
        case .click(let x, let y):
            state.message = nil
            Pointer.click(x: x, y: y, in: &state)
        case .scroll(let x, let y, let lines):
            Pointer.scroll(x: x, y: y, lines: lines, in: &state)
        }
        return state
    }

    static func handle(_ key: Key, in state: inout ExplorerState, afterJump: Bool) {
        if state.prompt != nil { return PromptInput.handle(key, in: &state) }
        if state.search.editing { return SearchInput.handle(key, in: &state) }
        if state.screen.mode == .tooSmall {
            if Keymap.standard.command(for: key) == .quit { state.wantsQuit = true }
            return
        }
        if let overlay = state.overlay { return OverlayInput.handle(key, overlay: overlay, in: &state) }
        if key == .escape {
            if !state.search.query.isEmpty { state.search = SearchState() } else { state.factorFilter = nil }
            return
        }
        guard var command = Keymap.standard.command(for: key) else {
            state.message = "\(key) does nothing here; ? lists the keys"
            return
        }
        // A terminal sends Tab for Ctrl-I: right after a jump back, Tab goes forward.
        if command == .nextPane, afterJump, state.jumps.canGoForward { command = .forward }
        perform(command, in: &state)
    }

    static func perform(_ command: ExplorerCommand, in state: inout ExplorerState) {
        let page = max(1, state.readingContent.height - 2)
        switch command {
        case .moveDown: move(by: 1, in: &state)
        case .moveUp: move(by: -1, in: &state)
        case .pageDown: move(by: state.focus == .reading ? page : 10, in: &state)
        case .pageUp: move(by: state.focus == .reading ? -page : -10, in: &state)
        case .top: move(by: -Int.max / 2, in: &state)
        case .bottom: move(by: Int.max / 2, in: &state)
        case .nextSection: Navigation.section(step: 1, in: &state)
        case .previousSection: Navigation.section(step: -1, in: &state)
        case .nextClaim: Navigation.claim(step: 1, in: &state)
        case .previousClaim: Navigation.claim(step: -1, in: &state)
        case .nextItem: Navigation.item(step: 1, in: &state)
        case .previousItem: Navigation.item(step: -1, in: &state)
        case .nextPane: cyclePane(1, in: &state)
        case .previousPane: cyclePane(-1, in: &state)
        case .follow: Navigation.follow(in: &state)
        case .back:
            if let place = state.jumps.back(from: state.location) {
                state.restore(place)
                state.lastWasJump = true
            } else {
                state.message = "nothing to go back to"
            }
        case .forward:
            if let place = state.jumps.forward(from: state.location) {
                state.restore(place)
                state.lastWasJump = true
            } else {
                state.message = "nothing ahead in the jump list"
            }
        case .filterIndependence: toggleFilter(0, in: &state)
        case .filterAccountability: toggleFilter(1, in: &state)
        case .filterOversight: toggleFilter(2, in: &state)
        case .filterParticipation: toggleFilter(3, in: &state)
        case .clearFilter: state.factorFilter = nil
        case .search:
            state.search = SearchState()
            state.search.editing = true
            state.searchOrigin = state.top
        case .nextMatch: SearchInput.step(1, in: &state)
        case .previousMatch: SearchInput.step(-1, in: &state)
        case .prompt: state.prompt = ""
        case .scorecard: open(.scorecard, in: &state)
        case .authorities: open(.authorities, in: &state)
        case .focus:
            guard let id = Navigation.selectedClaim(state) else {
                state.message = "select a claim first ({ } or l), then f"
                return
            }
            open(.focus(id), in: &state)
        case .help: open(.help, in: &state)
        case .quit: state.wantsQuit = true
        }
    }

    static func open(_ overlay: Overlay, in state: inout ExplorerState) {
        state.overlay = overlay
        let choices = OverlayView.content(overlay, state: state).choices
        state.overlayCursor = choices.isEmpty ? 0 : 0
    }

    static func move(by step: Int, in state: inout ExplorerState) {
        switch state.focus {
        case .reading:
            state.scrollReading(toRow: state.top.addingReportingOverflow(step).partialValue)
        case .outline:
            state.outlineCursor = max(0, min(state.outline.count - 1, state.outlineCursor.addingReportingOverflow(step).partialValue))
        case .detail:
            let count = DetailPane.targets(state).count
            state.detailCursor = max(0, min(max(0, count - 1), state.detailCursor.addingReportingOverflow(step).partialValue))
        }
    }

    static func cyclePane(_ step: Int, in state: inout ExplorerState) {
        let panes = Pane.allCases
        let index = panes.firstIndex(of: state.focus) ?? 1
        state.focus = panes[(index + step + panes.count) % panes.count]
        if state.focus == .outline { state.outlineCursor = OutlinePane.currentEntry(state) }
        state.relayout()
    }

    static func toggleFilter(_ index: Int, in state: inout ExplorerState) {
        let factors = state.model.factors
        guard factors.indices.contains(index) else {
            state.message = factors.isEmpty ? "no framework: there are no factors to filter by" : "the framework has only \(factors.count) factors"
            return
        }
        let id = factors[index].id
        state.factorFilter = state.factorFilter == id ? nil : id
        if state.factorFilter != nil {
            let count = state.model.claims.filter { $0.factors.contains { $0.factor == id } }.count
            state.message = "\(count) claims speak to \(factors[index].name.lowercased())"
        }
    }
}
