/// One default binding: the keys, the command, and the line the help screen shows.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var command: ExplorerCommand
    public var summary: String
    /// The help screen's group: Move, Follow, Filter and search, Views.
    public var group: String
    /// What the binding does in the library (the list of essays of a folder), when it does anything.
    public var library: String?

    public init(keys: [Key], command: ExplorerCommand, summary: String, group: String, library: String? = nil) {
        self.keys = keys
        self.command = command
        self.summary = summary
        self.group = group
        self.library = library
    }
}

/// The keymap: one table drives both dispatch and the help screen.
public struct Keymap: Sendable {
    public let bindings: [KeyBinding]
    private let lookup: [Key: ExplorerCommand]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        var lookup: [Key: ExplorerCommand] = [:]
        for binding in bindings {
            for key in binding.keys where lookup[key] == nil { lookup[key] = binding.command }
        }
        self.lookup = lookup
    }

    /// The command bound to `key`, if any.
    public func command(for key: Key) -> ExplorerCommand? {
        lookup[key]
    }

    /// The keys bound to `command`, in notation.
    public func keys(for command: ExplorerCommand) -> String {
        bindings.first { $0.command == command }.map { $0.keys.map(\.description).joined(separator: " ") } ?? ""
    }

    /// The default bindings.
    public static let standard = Keymap(bindings: [
        KeyBinding(keys: [.character("j"), .down], command: .moveDown, summary: "scroll down a line (in a list: next entry)", group: "Move",
                   library: "next essay or hit"),
        KeyBinding(keys: [.character("k"), .up], command: .moveUp, summary: "scroll up a line (in a list: previous entry)", group: "Move",
                   library: "previous essay or hit"),
        KeyBinding(keys: [.pageDown, .character(" "), .control("f")], command: .pageDown, summary: "page down", group: "Move", library: "a page down the list"),
        KeyBinding(keys: [.pageUp, .control("b")], command: .pageUp, summary: "page up", group: "Move", library: "a page up the list"),
        KeyBinding(keys: [.character("g"), .home], command: .top, summary: "go to the top", group: "Move", library: "the first essay or hit"),
        KeyBinding(keys: [.character("G"), .end], command: .bottom, summary: "go to the end", group: "Move", library: "the last essay or hit"),
        KeyBinding(keys: [.character("]")], command: .nextSection, summary: "next section", group: "Move"),
        KeyBinding(keys: [.character("[")], command: .previousSection, summary: "previous section", group: "Move"),
        KeyBinding(keys: [.character("}")], command: .nextClaim, summary: "next claim", group: "Move"),
        KeyBinding(keys: [.character("{")], command: .previousClaim, summary: "previous claim", group: "Move"),
        KeyBinding(keys: [.character("l"), .right], command: .nextItem, summary: "select the next footnote marker or claim", group: "Move"),
        KeyBinding(keys: [.character("h"), .left], command: .previousItem, summary: "select the previous footnote marker or claim", group: "Move"),
        KeyBinding(keys: [.tab], command: .nextPane, summary: "next pane (right after a jump back: forward)", group: "Move"),
        KeyBinding(keys: [.backTab], command: .previousPane, summary: "previous pane", group: "Move"),
        KeyBinding(keys: [.enter], command: .follow, summary: "follow the selection: marker → footnote → work → citing notes", group: "Follow",
                   library: "open the essay, or the essay at the hit"),
        KeyBinding(keys: [.backspace, .control("o")], command: .back, summary: "back along the jump list (from its start, to the list of essays)", group: "Follow"),
        KeyBinding(keys: [.control("i"), .control("n")], command: .forward, summary: "forward along the jump list", group: "Follow"),
        KeyBinding(keys: [.character("1")], command: .filterIndependence, summary: "only claims on factor 1 (again to clear)", group: "Filter and search"),
        KeyBinding(keys: [.character("2")], command: .filterAccountability, summary: "only claims on factor 2", group: "Filter and search"),
        KeyBinding(keys: [.character("3")], command: .filterOversight, summary: "only claims on factor 3", group: "Filter and search"),
        KeyBinding(keys: [.character("4")], command: .filterParticipation, summary: "only claims on factor 4", group: "Filter and search"),
        KeyBinding(keys: [.character("0")], command: .clearFilter, summary: "clear the factor filter", group: "Filter and search"),
        KeyBinding(keys: [.character("/")], command: .search, summary: "search claims, text, footnotes and authorities", group: "Filter and search",
                   library: "search every essay"),
        KeyBinding(keys: [.character("n")], command: .nextMatch, summary: "next match", group: "Filter and search", library: "next hit"),
        KeyBinding(keys: [.character("N")], command: .previousMatch, summary: "previous match", group: "Filter and search", library: "previous hit"),
        KeyBinding(keys: [.character(":")], command: .prompt, summary: "command: fn N, claim ID, sec N", group: "Filter and search"),
        KeyBinding(keys: [.character("s")], command: .scorecard, summary: "the scorecard: subjects by factors", group: "Views"),
        KeyBinding(keys: [.character("a")], command: .authorities, summary: "the table of authorities", group: "Views"),
        KeyBinding(keys: [.character("f")], command: .focus, summary: "focus: the selected claim's supports and attacks", group: "Views"),
        KeyBinding(keys: [.character("?")], command: .help, summary: "this help", group: "Views", library: "this help"),
        KeyBinding(keys: [.character("q")], command: .quit, summary: "quit, or close the open view (in a folder's essay: back to the list)", group: "Views",
                   library: "quit (from the hits: back to the essays)"),
    ])
}

extension Keymap {
    /// The bindings as a Markdown table, for the README (a test keeps the two the same).
    public var markdownTable: String {
        var lines = ["| keys | what they do |", "| --- | --- |"]
        for binding in bindings {
            let keys = binding.keys.map { "`\($0.description)`" }.joined(separator: " ")
            lines.append("| \(keys) | \(binding.summary) |")
        }
        return lines.joined(separator: "\n")
    }

    /// The bindings that work in the library, with what they do there, as a Markdown table.
    public var libraryMarkdownTable: String {
        var lines = ["| keys | in the list of essays |", "| --- | --- |"]
        for binding in bindings {
            guard let library = binding.library else { continue }
            let keys = binding.keys.map { "`\($0.description)`" }.joined(separator: " ")
            lines.append("| \(keys) | \(library) |")
        }
        return lines.joined(separator: "\n")
    }
}
