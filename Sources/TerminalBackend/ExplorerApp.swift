import Explorer
import Foundation

/// Runs the explorer on the real terminal: draw, wait for an event, reduce, until the reader quits.
public enum ExplorerApp {
    /// Opens `model` in the terminal; returns when the reader quits.
    public static func run(_ model: ExplorerModel, positions: ReadingPositionStore = ReadingPositionStore()) throws {
        let terminal = try Terminal()
        defer { terminal.stop() }
        let (width, height) = terminal.size
        var state = ExplorerState(model: model, width: width, height: height)
        state.colors = terminal.colors
        let saved = positions.load(for: model.path)
        if let saved, saved.block < state.blocks.count {
            state.restore(Location(detail: nil, selection: nil, anchor: saved, focus: .reading, detailCursor: 0))
        }
        while !state.wantsQuit {
            terminal.draw(ExplorerView.render(state))
            guard let event = terminal.nextEvent() else { continue }
            if event == .key(.control("c")) { break }
            state = ExplorerReducer.reduce(state, event)
        }
        terminal.stop()
        if state.anchor != saved { try? positions.save(state.anchor, for: model.path) }
    }
}
