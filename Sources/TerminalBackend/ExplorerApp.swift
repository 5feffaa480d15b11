import EssayKit
import Explorer
import Foundation
import Synchronization

/// Runs the explorer on the real terminal: draw, wait for an event, reduce, until the reader quits.
public enum ExplorerApp {
    /// Opens `model` in the terminal; returns when the reader quits, with the reading place saved,
    /// or why it could not be saved, which the caller reports once the terminal is restored.
    @discardableResult
    public static func run(_ model: ExplorerModel, positions: ReadingPositionStore = ReadingPositionStore()) throws -> [AtomicFileError] {
        try run(path: model.path, opening: { width, height in ExplorerState(model: model, width: width, height: height) },
                argument: { nil }, positions: positions)
    }

    /// Opens the essay at `path` as soon as its text is laid out, then its argument when that is built.
    ///
    /// Curses starts first; `opening` (the essay's text laid out for a terminal of the size asked)
    /// may still be in the making on another thread, and `argument` (asked without waiting, nil
    /// until ready, then the essay's full model) may still be building, so the reader sees the
    /// text at once and the claims a moment later. When `opening` is only the opening of a large
    /// essay (`textPending`), `whole` (asked without waiting) gives the whole essay's state, which
    /// takes over with the reader's place. A large essay's search index is then built on
    /// a thread of its own; a search typed meanwhile runs when it is ready. Returns when the
    /// reader quits, with the reading place saved, or why it could not be saved.
    @discardableResult
    public static func run(path: String, opening: (_ width: Int, _ height: Int) throws -> ExplorerState,
                           whole: @escaping () -> ExplorerState? = { nil },
                           argument: @escaping () -> ExplorerModel?, positions: ReadingPositionStore = ReadingPositionStore())
        throws -> [AtomicFileError] {
        let terminal = try Terminal()
        defer { terminal.stop() }
        let saved = positions.load(for: path)
        let (width, height) = terminal.size
        var state = try opening(width, height)
        if state.width != width || state.height != height {
            state = ExplorerReducer.reduce(state, .resize(width: width, height: height))
        }
        if state.textPending, let complete = whole() { state = state.carried(into: complete) }
        if !state.textPending, let model = argument() { state.adopt(model) }
        state.colors = terminal.colors
        // A saved place beyond the opening waits for the whole essay.
        var place = saved
        if let saved, saved.block < state.blocks.count {
            state.restore(Location(anchor: saved))
            place = nil
        }
        startIndexing(state.model)
        let poll: (ExplorerState) -> ExplorerState? = { state in
            var changed: ExplorerState?
            if state.textPending {
                guard let complete = whole() else { return nil }
                var next = state.carried(into: complete)
                next.colors = state.colors
                if let saved = place, saved.block < next.blocks.count {
                    next.restore(Location(anchor: saved))
                    place = nil
                }
                return next
            }
            if state.argumentPending, let model = argument() {
                var adopted = state
                adopted.adopt(model)
                startIndexing(model)
                changed = adopted
            }
            let current = changed ?? state
            if current.search.waiting != nil, current.model.search?.prepared != nil {
                changed = ExplorerReducer.reduce(current, .workFinished)
            }
            return changed
        }
        // SIGTERM and SIGHUP save the place last drawn, as quitting saves it.
        let shown = Places()
        Terminal.onSignalExit { shown.save(to: positions, unless: saved.map { [path: $0] } ?? [:]) }
        let render: (ExplorerState) -> Grid = { state in
            shown.set([path: state.anchor])
            return ExplorerView.render(state)
        }
        state = loop(terminal, state, render: render, reduce: ExplorerReducer.reduce, done: \.wantsQuit, request: \.request,
                     pending: { $0.textPending || $0.argumentPending || $0.search.waiting != nil }, poll: poll)
        terminal.stop()
        guard state.anchor != saved else { return [] }
        do {
            try positions.save(state.anchor, for: path)
        } catch {
            return [error]
        }
        return []
    }

    /// Builds a large essay's search index on a thread of its own, so no key waits for it.
    private static func startIndexing(_ model: ExplorerModel) {
        guard let search = model.search, !search.buildsOnDemand, search.prepared == nil else { return }
        Thread { search.prepare() }.start()
    }

    /// Opens the library of a folder's essays in the terminal; returns when the reader quits, having
    /// saved the place in every essay opened, with each place that could not be saved.
    @discardableResult
    public static func run(_ library: Library, positions: ReadingPositionStore = ReadingPositionStore()) throws -> [AtomicFileError] {
        let terminal = try Terminal()
        defer { terminal.stop() }
        let (width, height) = terminal.size
        var state = LibraryState(library: library, width: width, height: height)
        state.colors = terminal.colors
        let shown = Places()
        Terminal.onSignalExit { shown.save(to: positions, unless: [:]) }
        let render: (LibraryState) -> Grid = { state in
            shown.set(Dictionary(state.readers.map { ($0.path, $0.state.anchor) }, uniquingKeysWith: { $1 }))
            return LibraryView.render(state)
        }
        state = loop(terminal, state, render: render, reduce: LibraryReducer.reduce, done: \.wantsQuit, request: \.request,
                     pending: { _ in false }, poll: { _ in nil })
        terminal.stop()
        var failures: [AtomicFileError] = []
        for (path, reader) in state.readers where reader.anchor != positions.load(for: path) {
            do {
                try positions.save(reader.anchor, for: path)
            } catch {
                failures.append(error)
            }
        }
        return failures
    }

    /// How often, in milliseconds, the loop looks for finished work while no key comes.
    static let arrivalPoll: Int32 = 10

    /// Draws and reduces until `done`; Ctrl-C ends it at once. While `pending` says work is under
    /// way, `poll` is asked between keys (and every few milliseconds without them) for a new state.
    /// What a key asks of the terminal (`request`: suspend, redraw) is done before the next frame.
    ///
    /// `poll` returns the new state rather than changing one `inout`: with the state generic,
    /// the `inout` form crashed debug builds of Swift 6.3.1 on a use after free.
    private static func loop<State>(_ terminal: Terminal, _ initial: State, render: (State) -> Grid,
                                    reduce: (State, ExplorerEvent) -> State, done: KeyPath<State, Bool>,
                                    request: WritableKeyPath<State, TerminalRequest?>,
                                    pending: (State) -> Bool, poll: (State) -> State?) -> State {
        var state = initial
        var changed = true
        while !state[keyPath: done] {
            if let asked = state[keyPath: request] {
                state[keyPath: request] = nil
                switch asked {
                case .suspend:
                    if let size = terminal.suspend() { state = reduce(state, .resize(width: size.width, height: size.height)) }
                case .redraw:
                    terminal.forgetScreen()
                }
                changed = true
                continue
            }
            if changed { terminal.draw(render(state)) }
            changed = false
            let waiting = pending(state)
            let event = terminal.nextEvent(timeout: waiting ? arrivalPoll : nil)
            if waiting, let arrived = poll(state) {
                state = arrived
                changed = true
            }
            guard let event else { continue }
            if event == .key(.control("c")) { break }
            state = reduce(state, event)
            changed = true
        }
        return state
    }
}

/// The reading places last drawn, by essay path, for a signal's handler to save from its own thread.
private final class Places: Sendable {
    private let places = Mutex<[String: ReadingAnchor]>([:])

    func set(_ value: [String: ReadingAnchor]) {
        places.withLock { $0 = value }
    }

    /// Saves each place that differs from `unless`'s; a place that cannot be saved is let go, as the
    /// process is ending.
    func save(to positions: ReadingPositionStore, unless known: [String: ReadingAnchor]) {
        for (path, anchor) in places.withLock({ $0 }) where known[path] != anchor {
            try? positions.save(anchor, for: path)
        }
    }
}
