import EssayKit
import Explorer
import Foundation

/// Runs the explorer on the real terminal: draw, wait for an event, reduce, until the reader quits.
public enum ExplorerApp {
    /// Opens `model` in the terminal; returns when the reader quits, with the reading place saved,
    /// or why it could not be saved, which the caller reports once the terminal is restored.
    @discardableResult
    public static func run(_ model: ExplorerModel, positions: ReadingPositionStore = ReadingPositionStore()) throws -> [AtomicFileError] {
        let terminal = try Terminal()
        defer { terminal.stop() }
        let (width, height) = terminal.size
        var state = ExplorerState(model: model, width: width, height: height)
        state.colors = terminal.colors
        let saved = positions.load(for: model.path)
        if let saved, saved.block < state.blocks.count {
            state.restore(Location(detail: nil, selection: nil, anchor: saved, focus: .reading, detailCursor: 0))
        }
        state = loop(terminal, state, render: ExplorerView.render, reduce: ExplorerReducer.reduce, done: \.wantsQuit)
        terminal.stop()
        guard state.anchor != saved else { return [] }
        do {
            try positions.save(state.anchor, for: model.path)
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
        state = loop(terminal, state, render: LibraryView.render, reduce: LibraryReducer.reduce, done: \.wantsQuit)
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
