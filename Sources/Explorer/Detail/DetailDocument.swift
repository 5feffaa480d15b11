import EssayKit

/// A run of text with a semantic style; the theme decides how it looks.
public struct StyledRun: Hashable, Sendable {
    public var text: String
    public var role: StyleRole

    public init(text: String, role: StyleRole) {
        self.text = text
        self.role = role
    }
}

/// Where following a line of the detail pane or of an overlay leads.
public enum DetailTarget: Hashable, Sendable {
    case subject(DetailSubject)
    /// A body sentence: the reading pane goes there.
    case sentence(SentenceLocator)
    /// A scorecard cell: its claims are listed.
    case cell(subject: String, factor: String)
    /// Match `index` of the search.
    case match(Int)
}

/// One line of the detail pane or of an overlay: styled runs and, when it can be followed, where it leads.
public struct DetailLine: Hashable, Sendable {
    public var runs: [StyledRun]
    public var target: DetailTarget?
    /// Where the line's wrapped rows start, when not under its own indent (the help's summaries).
    public var hangingIndent: Int?

    public init(_ runs: [StyledRun], target: DetailTarget? = nil) {
        self.runs = runs
        self.target = target
    }

    public init(_ text: String, role: StyleRole = .plain, target: DetailTarget? = nil) {
        self.runs = [StyledRun(text: text, role: role)]
        self.target = target
    }

    /// The line's text without styles.
    public var text: String { runs.map(\.text).joined() }
}

/// A list of any length whose entries are made only when shown: one row each, each a link.
public struct DetailList: Sendable {
    public let count: Int
    public let item: @Sendable (Int) -> DetailLine

    public init(count: Int, item: @escaping @Sendable (Int) -> DetailLine) {
        self.count = count
        self.item = item
    }

    /// A list of lines made already.
    public init(_ lines: [DetailLine]) {
        self.init(count: lines.count) { lines[$0] }
    }
}

/// What the detail pane (or an overlay) shows: lines, some of which are lists made on demand, so
/// a claim attacked by fifty thousand others or a work cited by a million notes costs what the
/// screen shows of it.
public struct DetailDocument: Sendable {
    public enum Part: Sendable {
        case line(DetailLine)
        case list(DetailList)
    }

    public var parts: [Part] = []

    public init(_ parts: [Part] = []) {
        self.parts = parts
    }

    public mutating func line(_ line: DetailLine) {
        parts.append(.line(line))
    }

    public mutating func line(_ text: String, role: StyleRole = .plain, target: DetailTarget? = nil) {
        parts.append(.line(DetailLine(text, role: role, target: target)))
    }

    public mutating func blank() {
        parts.append(.line(DetailLine("")))
    }

    /// A labelled list, preceded by a blank line; nothing when it is empty.
    public mutating func list(_ title: String, _ list: DetailList) {
        guard list.count > 0 else { return }
        blank()
        line(title, role: .label)
        parts.append(.list(list))
    }

    /// Every line, lists made whole: for tests and small documents.
    public var lines: [DetailLine] {
        parts.flatMap { part -> [DetailLine] in
            switch part {
            case .line(let line): [line]
            case .list(let list): (0..<list.count).map(list.item)
            }
        }
    }
}
