import Explorer
import Foundation

/// Runs the explorer on the real terminal: draw, wait for an event, reduce, until the reader quits.
public enum ExplorerApp {
    /// Opens `model` in the terminal; returns when the reader quits.
    public static func run(_ model: ExplorerModel, positions: ReadingPositionStore = ReadingPositionStore()) throws {
        try run(path: model.path, loading: { model }, positions: positions)
    }

    /// Starts the terminal, then opens the model of the essay at `path` that `loading` returns (it
    /// may still be in the making on another thread, so the two overlap); returns when the reader quits.
    public static func run(path: String, loading: () throws -> ExplorerModel, positions: ReadingPositionStore = ReadingPositionStore()) throws {
        let terminal = try Terminal()
        defer { terminal.stop() }
        let saved = positions.load(for: path)
        let model = try loading()
        let (width, height) = terminal.size
        var state = ExplorerState(model: model, width: width, height: height)
        state.colors = terminal.colors
        if let saved, saved.block < state.blocks.count {
            state.restore(Location(detail: nil, selection: nil, anchor: saved, focus: .reading, detailCursor: 0))
        }
        state = loop(terminal, state, render: ExplorerView.render, reduce: ExplorerReducer.reduce, done: \.wantsQuit)
        terminal.stop()
        if state.anchor != saved { try? positions.save(state.anchor, for: path) }
    }

    /// Opens the library of a folder's essays in the terminal; returns when the reader quits, having
    /// saved the place in every essay opened.
    public static func run(_ library: Library, positions: ReadingPositionStore = ReadingPositionStore()) throws {
        let terminal = try Terminal()
        defer { terminal.stop() }
        let (width, height) = terminal.size
        var state = LibraryState(library: library, width: width, height: height)
        state.colors = terminal.colors
        state = loop(terminal, state, render: LibraryView.render, reduce: LibraryReducer.reduce, done: \.wantsQuit)
        terminal.stop()
        for (path, reader) in state.readers where reader.anchor != positions.load(for: path) {
            try? positions.save(reader.anchor, for: path)
        }
    }

    /// Draws and reduces until `done`; Ctrl-C ends it at once.
    private static func loop<State>(_ terminal: Terminal, _ initial: State, render: (State) -> Grid,
                                    reduce: (State, ExplorerEvent) -> State, done: KeyPath<State, Bool>) -> State {
        var state = initial
        while !state[keyPath: done] {
            terminal.draw(render(state))
            guard let event = terminal.nextEvent() else { continue }
            if event == .key(.control("c")) { break }
            state = reduce(state, event)
        }
        return state
    }
}
