/// A line of text being typed: the search, the library's search and the `:` prompt all use it.
///
/// Readline's keys: characters insert at the cursor; `Left`/`Right`, `Home`/`End` and `Ctrl-A`/`Ctrl-E`
/// move; `Backspace` deletes before the cursor (on an empty line it cancels), `Ctrl-W` the word
/// before it, `Ctrl-U` everything before it, `Ctrl-K` everything after it; `Up` and `Down` recall
/// earlier lines; `Enter` submits, `Esc` cancels, `Tab` asks the owner to complete.
public struct LineEditor: Hashable, Sendable {
    /// What a key did to the line.
    public enum Outcome: Hashable, Sendable {
        /// The text changed.
        case edited
        /// Only the cursor moved, or nothing changed.
        case unchanged
        case submitted
        case cancelled
        /// `Tab`: the owner may complete the text.
        case complete
    }

    public private(set) var text: String
    /// How many characters are before the cursor.
    public private(set) var cursor: Int
    /// Earlier lines, oldest first.
    public let history: [String]
    /// The history entry shown, while `Up` and `Down` walk it.
    private var recalled: Int?
    /// What was typed before the history was walked.
    private var draft = ""

    public init(text: String = "", history: [String] = []) {
        self.text = text
        self.cursor = text.count
        self.history = history
    }

    /// Applies `key`.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let character):
            insert(String(character))
            return .edited
        case .enter: return .submitted
        case .escape: return .cancelled
        case .tab: return .complete
        case .backspace:
            if text.isEmpty { return .cancelled }
            guard cursor > 0 else { return .unchanged }
            remove(cursor - 1..<cursor)
            return .edited
        case .left, .control("b"):
            cursor = max(0, cursor - 1)
        case .right, .control("f"):
            cursor = min(text.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = text.count
        case .control("u"):
            remove(0..<cursor)
            return .edited
        case .control("k"):
            remove(cursor..<text.count)
            return .edited
        case .control("w"):
            let characters = Array(text)
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            remove(start..<cursor)
            return .edited
        case .up:
            guard !history.isEmpty else { return .unchanged }
            if recalled == nil { draft = text }
            let index = max(0, (recalled ?? history.count) - 1)
            recalled = index
            set(history[index])
            return .edited
        case .down:
            guard let index = recalled else { return .unchanged }
            if index + 1 < history.count {
                recalled = index + 1
                set(history[index + 1])
            } else {
                recalled = nil
                set(draft)
            }
            return .edited
        default:
            break
        }
        return .unchanged
    }

    /// Replaces the whole text, the cursor at its end (a completion).
    public mutating func set(_ replacement: String) {
        text = replacement
        cursor = replacement.count
    }

    private mutating func insert(_ inserted: String) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: inserted, at: index)
        cursor += inserted.count
        recalled = nil
    }

    private mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let start = text.index(text.startIndex, offsetBy: range.lowerBound)
        let end = text.index(text.startIndex, offsetBy: range.upperBound)
        text.removeSubrange(start..<end)
        cursor = range.lowerBound
        recalled = nil
    }

    /// Adds `line` to the end of `history` (moving it there if it is already in), keeping the last `limit`.
    public static func remember(_ line: String, in history: inout [String], limit: Int = 100) {
        guard !line.trimmingCharacters(in: " ").isEmpty else { return }
        history.removeAll { $0 == line }
        history.append(line)
        if history.count > limit { history.removeFirst(history.count - limit) }
    }
}

/// The line being typed at the bottom of the screen, and what it is for.
public struct Prompt: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `/`: a search.
        case search
        /// `:`: a command (`fn N`, `claim ID`, `sec N`).
        case command
    }

    public var kind: Kind
    public var editor: LineEditor

    public init(kind: Kind, history: [String]) {
        self.kind = kind
        self.editor = LineEditor(history: history)
    }

    /// What the prompt starts with: `/` or `:`.
    public var sigil: String { kind == .search ? "/" : ":" }
}
