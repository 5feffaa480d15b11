import ArgumentGraph

/// The search across a library's essays: what is typed, and the hits listed.
public struct LibrarySearch: Sendable {
    /// The line being typed, while it is.
    public var editor: LineEditor?
    /// The query of the hits listed.
    public var query = ""
    public var results = SearchResults<Library.Hit>(hits: [], total: 0, essays: 0)
    public var cursor = 0
    /// The hits listed when the prompt opened: what `Esc` goes back to.
    var before: (query: String, results: SearchResults<Library.Hit>, cursor: Int)?

    public init() {}

    /// Whether keys are typed into the query.
    public var editing: Bool { editor != nil }

    public var hits: [Library.Hit] { results.hits }

    /// Whether the list shows hits rather than essays.
    public var isShowingHits: Bool { !query.isEmpty }
}

/// The state of the explorer on a folder: the list of essays (or of search hits), and the essay
/// open over it, if any, whose own state is the single-essay explorer's.
public struct LibraryState: Sendable {
    public let library: Library
    public var width: Int
    public var height: Int
    public var colors: ColorSupport = .basic {
        didSet { reader?.colors = colors }
    }
    /// The essay under the cursor in the list of essays.
    public var cursor = 0
    public var search = LibrarySearch()
    /// Searches typed before, oldest first, for `Up` at the prompt; shared with the essays opened.
    public var searchHistory: [String] = []
    /// The essay being read, and its position in the list.
    public var reader: ExplorerState?
    public var readerIndex: Int?
    /// Essays opened before, kept so each reopens where the reader left it.
    public private(set) var opened: [Int: ExplorerState] = [:]
    public var showsHelp = false
    /// The first line of the help shown.
    public var helpTop = 0
    /// A one-line message for the status line, cleared by the next key.
    public var message: String?
    public var wantsQuit = false
    /// What the terminal should do before the next frame, asked by a key.
    public var request: TerminalRequest?

    public init(library: Library, width: Int, height: Int) {
        self.library = library
        self.width = width
        self.height = height
    }

    /// Opens essay `index`, at `target` when given (a search hit), highlighting `query`.
    public mutating func open(_ index: Int, at target: SearchTarget? = nil, query: String = "") {
        guard library.entries.indices.contains(index) else { return }
        let entry = library.entries[index]
        if let problem = entry.problem {
            message = "\(entry.name) cannot be read: \(problem)"
            return
        }
        var state: ExplorerState
        if let kept = opened[index] {
            state = kept
            if state.width != width || state.height != height {
                state = ExplorerReducer.reduce(state, .resize(width: width, height: height))
            }
        } else {
            guard let model = library.open(index) else {
                message = "\(entry.name) cannot be opened"
                return
            }
            state = ExplorerState(model: model, width: width, height: height)
            state.returnsToLibrary = true
            if let saved = library.savedPosition(entry.path), saved.block < state.blocks.count {
                state.restore(Location(anchor: saved))
            }
        }
        state.colors = colors
        state.wantsQuit = false
        state.searchHistory = searchHistory
        if let target { Navigation.open(target, query: query, in: &state) }
        reader = state
        readerIndex = index
        cursor = index
    }

    /// Closes the open essay, keeping its place, and shows the list again.
    public mutating func closeReader() {
        if let index = readerIndex, var state = reader {
            state.wantsQuit = false
            searchHistory = state.searchHistory
            opened[index] = state
        }
        reader = nil
        readerIndex = nil
    }

    /// Every essay opened so far with its path and state, the open one included: what the
    /// terminal saves reading positions from when the reader quits.
    public var readers: [(path: String, state: ExplorerState)] {
        var all = opened
        if let index = readerIndex, let reader { all[index] = reader }
        return all.keys.sorted().compactMap { index in all[index].map { (library.entries[index].path, $0) } }
    }

    /// How many rows the list shows: the screen less the header, the column titles and the status line.
    public var listHeight: Int { max(1, height - 3) }

    /// The first entry the list shows, so the cursor stays in view a third of the way down.
    public var firstVisible: Int {
        max(0, min(listCursor - listHeight / 3, listCount - listHeight))
    }

    /// The entries of the list now shown: hits while searching, else essays.
    public var listCount: Int { search.isShowingHits ? search.hits.count : library.entries.count }

    /// The cursor of the list now shown.
    public var listCursor: Int {
        get { search.isShowingHits ? search.cursor : cursor }
        set {
            let clamped = max(0, min(newValue, listCount - 1))
            if search.isShowingHits { search.cursor = clamped } else { cursor = clamped }
        }
    }
}
