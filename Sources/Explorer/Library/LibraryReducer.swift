import ArgumentGraph

/// Turns the library's state and an event into the next state; pure like `ExplorerReducer`, to
/// which it hands every event while an essay is open.
public enum LibraryReducer {
    /// Applies every key of `notation` (such as `"j<Enter>q"`) in turn.
    public static func reduce(_ state: LibraryState, keys notation: String) -> LibraryState {
        Key.sequence(notation).reduce(state) { reduce($0, .key($1)) }
    }

    public static func reduce(_ state: LibraryState, _ event: ExplorerEvent) -> LibraryState {
        var state = state
        if case .resize(let width, let height) = event {
            state.width = max(1, width)
            state.height = max(1, height)
        }
        if let reader = state.reader {
            reduceReader(reader, event, in: &state)
            return state
        }
        switch event {
        case .resize, .workFinished:
            break
        case .key(let key):
            state.message = nil
            handle(key, in: &state)
        case .click(_, let y):
            state.message = nil
            guard !state.showsHelp, !state.search.editing, y >= 2, y < 2 + state.listHeight else { return state }
            let index = state.firstVisible + (y - 2)
            guard index < state.listCount else { return state }
            state.listCursor = index
            follow(in: &state)
        case .scroll(_, _, let lines):
            state.listCursor += lines
        }
        return state
    }

    /// The open essay takes the event; `q` (when it would quit) and `Backspace` at the start of its
    /// jump list come back to the list.
    private static func reduceReader(_ reader: ExplorerState, _ event: ExplorerEvent, in state: inout LibraryState) {
        if case .key(let key) = event, reader.acceptsCommands, reader.overlays.isEmpty, reader.screen.mode != .tooSmall,
           Keymap.standard.command(for: key) == .back, !reader.jumps.canGoBack {
            state.closeReader()
            return
        }
        var next = ExplorerReducer.reduce(reader, event)
        if let request = next.request {
            state.request = request
            next.request = nil
        }
        state.reader = next
        if next.wantsQuit { state.closeReader() }
    }

    static func handle(_ key: Key, in state: inout LibraryState) {
        if state.search.editing { return type(key, in: &state) }
        let command = Keymap.standard.command(for: key)
        if command == .suspend || command == .redraw {
            state.request = command == .suspend ? .suspend : .redraw
            return
        }
        if ScreenLayout(width: state.width, height: state.height, focus: .reading).mode == .tooSmall {
            if command == .quit { state.wantsQuit = true }
            return
        }
        if state.showsHelp {
            switch command {
            case .moveDown?: state.helpTop += 1
            case .moveUp?: state.helpTop = max(0, state.helpTop - 1)
            default:
                if key == .escape || [.quit, .help, .back].contains(command) { state.showsHelp = false }
            }
            return
        }
        if key == .escape {
            if state.search.isShowingHits { state.search = LibrarySearch() }
            return
        }
        guard let command else {
            state.message = "\(key) does nothing here; ? lists the keys"
            return
        }
        let page = max(1, state.listHeight - 1)
        switch command {
        case .moveDown: state.listCursor += 1
        case .moveUp: state.listCursor -= 1
        case .pageDown: state.listCursor += page
        case .pageUp: state.listCursor -= page
        case .top: state.listCursor = 0
        case .bottom: state.listCursor = state.listCount - 1
        case .nextMatch, .previousMatch:
            guard state.search.isShowingHits else {
                state.message = "no search; / starts one"
                return
            }
            let count = max(1, state.search.hits.count)
            state.search.cursor = (state.search.cursor + (command == .nextMatch ? 1 : -1) + count) % count
        case .follow: follow(in: &state)
        case .search:
            state.search.before = (state.search.query, state.search.results, state.search.cursor)
            state.search.editor = LineEditor(history: state.searchHistory)
        case .help:
            state.showsHelp = true
            state.helpTop = 0
        case .back:
            if state.search.isShowingHits { state.search = LibrarySearch() }
        case .quit:
            if state.search.isShowingHits { state.search = LibrarySearch() } else { state.wantsQuit = true }
        default:
            state.message = "\(key) works in an essay; Enter opens one"
        }
    }

    /// Opens the essay under the cursor, or the essay of the hit under it at the hit.
    static func follow(in state: inout LibraryState) {
        if state.search.isShowingHits {
            guard state.search.hits.indices.contains(state.search.cursor) else { return }
            let hit = state.search.hits[state.search.cursor]
            state.open(hit.essay, at: hit.target, query: state.search.query)
        } else {
            state.open(state.cursor)
        }
    }

    /// Keys while the query is typed: the hits follow every key.
    static func type(_ key: Key, in state: inout LibraryState) {
        guard var editor = state.search.editor else { return }
        switch editor.handle(key) {
        case .edited:
            state.search.editor = editor
            update(editor.text, in: &state)
        case .submitted:
            state.search.editor = nil
            var query = editor.text
            if query.trimmingCharacters(in: " ").isEmpty, let last = state.searchHistory.last {
                query = last
                update(query, in: &state)
            }
            guard !query.trimmingCharacters(in: " ").isEmpty else {
                state.search = LibrarySearch()
                return
            }
            LineEditor.remember(query, in: &state.searchHistory)
            if state.search.hits.isEmpty { state.message = "no essay has \(query)" }
        case .cancelled:
            // Esc keeps the search shown before the prompt opened.
            state.search.editor = nil
            if let before = state.search.before {
                state.search.query = before.query
                state.search.results = before.results
                state.search.cursor = before.cursor
            }
        case .unchanged, .complete:
            state.search.editor = editor
            if key == .down { state.listCursor += 1 }
        }
    }

    static func update(_ query: String, in state: inout LibraryState) {
        state.search.query = query.trimmingCharacters(in: " ").isEmpty ? "" : query
        state.search.results = state.search.query.isEmpty ? SearchResults(hits: [], total: 0, essays: 0) : state.library.search(query)
        state.search.cursor = 0
    }
}
