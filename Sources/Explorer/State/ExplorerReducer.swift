import EssayKit

/// Turns the state and an event into the next state; pure, so tests drive it with key strings.
///
/// Reducers read layouts (`ReadingLayout`, `DetailLayout`, `OverlayLayout`), never views.
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
            // A dialog open takes its answer from the keys; a click does not change what it is about.
            if state.annotating.dialog != nil { return state }
            state.message = nil
            Pointer.click(x: x, y: y, in: &state)
        case .scroll(let x, let y, let lines):
            Pointer.scroll(x: x, y: y, lines: lines, in: &state)
        case .workFinished:
            if let waiting = state.search.waiting { SearchInput.rerun(waiting, in: &state) }
        }
        return state
    }

    static func handle(_ key: Key, in state: inout ExplorerState, afterJump: Bool) {
        if state.prompt != nil { return PromptInput.handle(key, in: &state) }
        let command = Keymap.standard.command(for: key)
        if state.screen.mode == .tooSmall {
            if let command, [.quit, .suspend, .redraw].contains(command) { perform(command, in: &state) }
            return
        }
        if let dialog = state.annotating.dialog { return AnnotationDialogInput.handle(key, dialog: dialog, in: &state) }
        if let frame = state.overlays.top { return OverlayInput.handle(key, frame: frame, in: &state) }
        if key == .escape {
            if state.search.found != nil, state.search.highlights {
                state.search.highlights = false
                state.message = "search marks hidden; n or N shows them again"
            } else if state.filter.isActive {
                state.filter = FactorFilter(hidesOthers: state.filter.hidesOthers)
            } else {
                state.selection = nil
            }
            return
        }
        guard var command else {
            state.message = "\(key) does nothing here; ? lists the keys"
            return
        }
        // A terminal sends Tab for Ctrl-I: right after a jump back, Tab goes forward.
        if command == .nextPane, afterJump, state.jumps.canGoForward { command = .forward }
        perform(command, in: &state)
    }

    static func perform(_ command: ExplorerCommand, in state: inout ExplorerState) {
        let page = max(1, state.visibleRows - 2)
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
        case .nextSentence: Navigation.sentence(step: 1, in: &state)
        case .previousSentence: Navigation.sentence(step: -1, in: &state)
        case .nextPane: cyclePane(1, in: &state)
        case .previousPane: cyclePane(-1, in: &state)
        case .toggleSidePanes:
            state.sidePanesHidden.toggle()
            state.focus = .reading
            state.relayout()
            state.message = state.sidePanesHidden ? "the text alone; z shows the outline and detail again, Tab switches panes" : nil
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
        case .filterFactor(let number): FactorLens.toggle(factor: number, in: &state)
        case .filterStance: FactorLens.cycleStance(in: &state)
        case .hideUnmatched: FactorLens.toggleHiding(in: &state)
        case .clearFilter: state.filter = FactorFilter(hidesOthers: state.filter.hidesOthers)
        case .search: SearchInput.begin(in: &state)
        case .nextMatch: SearchInput.step(1, in: &state)
        case .previousMatch: SearchInput.step(-1, in: &state)
        case .searchResults: SearchInput.openResults(in: &state)
        case .prompt: state.prompt = Prompt(kind: .command, history: state.commandHistory)
        case .scorecard: open(.scorecard, in: &state)
        case .authorities: open(.authorities, in: &state)
        case .legend: open(.legend, in: &state)
        case .focus:
            guard let id = Navigation.selectedClaim(state) else {
                state.message = "select a claim first ({ } or l), then f"
                return
            }
            open(.focus(id), in: &state)
        case .help: open(.help, in: &state)
        case .quit: if Annotating.mayQuit(in: &state) { state.wantsQuit = true }
        case .suspend: state.request = .suspend
        case .redraw: state.request = .redraw
        case .extendWord, .extendSentence, .shrinkWord, .makeClaim, .editClaim, .deleteClaim, .relateClaim, .unrelateClaim, .acceptSuggestion, .undo,
             .redo:
            Annotating.perform(command, in: &state)
        }
    }

    /// Opens `overlay` over whatever is open; the same overlay again on top closes it.
    static func open(_ overlay: Overlay, in state: inout ExplorerState) {
        if state.overlays.top?.overlay == overlay {
            state.overlays.pop()
        } else {
            state.overlays.push(overlay)
        }
    }

    static func move(by step: Int, in state: inout ExplorerState) {
        switch state.focus {
        case .reading:
            state.scrollReading(toRow: state.top.addingReportingOverflow(step).partialValue)
        case .outline:
            state.outline.cursor = max(0, min(state.outline.entries.count - 1, state.outline.cursor.addingReportingOverflow(step).partialValue))
        case .detail:
            let count = Navigation.detailLayout(state).targetCount
            state.detail.cursor = max(0, min(max(0, count - 1), state.detail.cursor.addingReportingOverflow(step).partialValue))
        }
    }

    static func cyclePane(_ step: Int, in state: inout ExplorerState) {
        let panes = Pane.allCases
        let index = panes.firstIndex(of: state.focus) ?? 1
        state.focus = panes[(index + step + panes.count) % panes.count]
        if state.focus == .outline { state.outline.cursor = OutlineLayout.currentEntry(state) }
        state.relayout()
    }
}
