import EssayKit
import Explorer
import Foundation

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
    /// text at once and the claims a moment later. Returns when the reader quits, with the reading
    /// place saved, or why it could not be saved.
    @discardableResult
    public static func run(path: String, opening: (_ width: Int, _ height: Int) throws -> ExplorerState,
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
        if let model = argument() { state.adopt(model) }
        state.colors = terminal.colors
        if let saved, saved.block < state.blocks.count {
            state.restore(Location(detail: nil, selection: nil, anchor: saved, focus: .reading, detailCursor: 0))
        }
        let arrival: ((ExplorerState) -> ExplorerState?)? = state.argumentPending ? { state in
            guard let model = argument() else { return nil }
            var adopted = state
            adopted.adopt(model)
            return adopted
        } : nil
        state = loop(terminal, state, render: ExplorerView.render, reduce: ExplorerReducer.reduce, done: \.wantsQuit, arrival: arrival)
        terminal.stop()
        guard state.anchor != saved else { return [] }
        do {
            try positions.save(state.anchor, for: path)
        } catch {
            return [error]
        }
        return []
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
        state = loop(terminal, state, render: LibraryView.render, reduce: LibraryReducer.reduce, done: \.wantsQuit, arrival: nil)
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

    /// How often, in milliseconds, the loop looks for an arrival while no key comes.
    static let arrivalPoll: Int32 = 10

    /// Draws and reduces until `done`; Ctrl-C ends it at once. While `arrival` is pending it is
    /// asked between keys (and every few milliseconds without them) until it gives a new state.
    ///
    /// `arrival` returns the new state rather than changing one `inout`: with the state generic,
    /// the `inout` form crashed debug builds of Swift 6.3.1 on a use after free.
    private static func loop<State>(_ terminal: Terminal, _ initial: State, render: (State) -> Grid,
                                    reduce: (State, ExplorerEvent) -> State, done: KeyPath<State, Bool>,
                                    arrival: ((State) -> State?)?) -> State {
        var state = initial
        var pending = arrival
        var changed = true
        while !state[keyPath: done] {
            if changed { terminal.draw(render(state)) }
            changed = false
            let event = terminal.nextEvent(timeout: pending == nil ? nil : arrivalPoll)
            if let arrive = pending, let arrived = arrive(state) {
                state = arrived
                pending = nil
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
