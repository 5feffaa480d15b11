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
        case .resize:
            break
        case .key(let key):
            state.message = nil
            handle(key, in: &state)
        case .click(_, let y):
            state.message = nil
            guard !state.showsHelp, !state.search.editing, y >= 2, y < 2 + state.listHeight else { return state }
            let index = LibraryView.firstVisible(state) + (y - 2)
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
        if case .key(let key) = event, reader.acceptsCommands, reader.overlay == nil, reader.screen.mode != .tooSmall,
           Keymap.standard.command(for: key) == .back, !reader.jumps.canGoBack {
            state.closeReader()
            return
        }
        let next = ExplorerReducer.reduce(reader, event)
        state.reader = next
        if next.wantsQuit { state.closeReader() }
    }

    static func handle(_ key: Key, in state: inout LibraryState) {
        if state.search.editing { return type(key, in: &state) }
        let command = Keymap.standard.command(for: key)
        if ScreenLayout(width: state.width, height: state.height, focus: .reading).mode == .tooSmall {
            if command == .quit { state.wantsQuit = true }
            return
        }
        if state.showsHelp {
            if key == .escape || command == .quit || command == .help { state.showsHelp = false }
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
            state.search = LibrarySearch()
            state.search.editing = true
        case .help: state.showsHelp = true
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
        switch key {
        case .escape:
            state.search = LibrarySearch()
        case .enter:
            state.search.editing = false
            if state.search.query.isEmpty {
                state.search = LibrarySearch()
            } else if state.search.hits.isEmpty {
                state.message = "no essay has \(state.search.query)"
            }
        case .backspace:
            guard !state.search.query.isEmpty else {
                state.search = LibrarySearch()
                return
            }
            state.search.query.removeLast()
            update(&state)
        case .down:
            state.listCursor += 1
        case .up:
            state.listCursor -= 1
        case .character(let character):
            state.search.query.append(character)
            update(&state)
        default:
            break
        }
    }

    static func update(_ state: inout LibraryState) {
        let query = state.search.query
        state.search.hits = query.trimmingCharacters(in: " ").isEmpty ? [] : state.library.search(query)
        state.search.cursor = 0
    }
}
