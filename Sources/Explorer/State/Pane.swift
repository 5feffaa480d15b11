import EssayKit

/// The panes of the main screen.
public enum Pane: Int, Hashable, Sendable, CaseIterable {
    case outline, reading, detail
}

/// What the detail pane shows.
public enum DetailSubject: Hashable, Sendable {
    case claim(String)
    case footnote(String)
    case authority(String)
    case section(Int)
    /// A sentence of the body, selected with `(` and `)`: what annotating makes a claim of.
    case sentence(SentenceLocator)
}

/// A thing in the reading pane a reader can select and follow.
public enum Selectable: Hashable, Sendable {
    case marker(block: Int, label: String, offset: Int)
    case claim(String)
    case sentence(SentenceLocator)
}

/// Something the explorer asks of the terminal, which only the backend can do.
public enum TerminalRequest: Hashable, Sendable {
    /// Give the terminal back to the shell until the reader resumes the job (Ctrl-Z, then `fg`).
    case suspend
    /// Clear the screen and draw everything again (Ctrl-L).
    case redraw
}
