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

    /// The command `key` gives: for a numbered command (`filterFactor`), the key's place among the
    /// binding's keys counts from 1.
    public func command(for key: Key) -> ExplorerCommand? {
        guard let position = keys.firstIndex(of: key) else { return nil }
        if case .filterFactor = command { return .filterFactor(position + 1) }
        return command
    }

    /// The keys in notation, a run of digits as a range (`1`–`9`).
    public var keyNotation: [String] {
        let digits = keys.compactMap { key -> Int? in
            if case .character(let character) = key { return character.wholeNumberValue }
            return nil
        }
        if keys.count > 2, digits.count == keys.count, digits == Array(digits[0]...digits[digits.count - 1]) {
            return ["\(digits[0])–\(digits[digits.count - 1])"]
        }
        return keys.map(\.description)
    }
}

/// A key bound to two commands: the keymap refuses it.
public struct KeymapConflict: Error, Hashable, Sendable, CustomStringConvertible {
    public var key: Key
    public var first: ExplorerCommand
    public var second: ExplorerCommand

    public var description: String { "\(key) is bound to both \(first) and \(second)" }
}

/// The keymap: one table drives dispatch, the help screen and the README's key table.
public struct Keymap: Sendable {
    public let bindings: [KeyBinding]
    private let lookup: [Key: Int]

    /// A keymap of `bindings`; a key bound twice is an error naming it and both commands.
    public init(bindings: [KeyBinding]) throws(KeymapConflict) {
        var lookup: [Key: Int] = [:]
        for (index, binding) in bindings.enumerated() {
            for key in binding.keys {
                if let earlier = lookup[key] {
                    throw KeymapConflict(key: key, first: bindings[earlier].command, second: binding.command)
                }
                lookup[key] = index
            }
        }
        self.bindings = bindings
        self.lookup = lookup
    }

    /// The command bound to `key`, if any.
    public func command(for key: Key) -> ExplorerCommand? {
        lookup[key].flatMap { bindings[$0].command(for: key) }
    }

    /// The keys bound to `command`, in notation.
    public func keys(for command: ExplorerCommand) -> String {
        bindings.first { $0.command == command }.map { $0.keyNotation.joined(separator: " ") } ?? ""
    }

    /// The default bindings.
    public static let standard: Keymap = {
        do {
            return try Keymap(bindings: standardBindings)
        } catch {
            fatalError("the standard keymap binds a key twice: \(error)")
        }
    }()

    static let standardBindings: [KeyBinding] = [
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
        KeyBinding(keys: [.character("}")], command: .nextClaim, summary: "next claim (from what is on the screen)", group: "Move"),
        KeyBinding(keys: [.character("{")], command: .previousClaim, summary: "previous claim", group: "Move"),
        KeyBinding(keys: [.character("l"), .right], command: .nextItem, summary: "select the next footnote marker or claim on the screen", group: "Move"),
        KeyBinding(keys: [.character("h"), .left], command: .previousItem, summary: "select the previous footnote marker or claim", group: "Move"),
        KeyBinding(keys: [.character(")")], command: .nextSentence, summary: "select the next sentence", group: "Move"),
        KeyBinding(keys: [.character("(")], command: .previousSentence, summary: "select the previous sentence", group: "Move"),
        KeyBinding(keys: [.tab], command: .nextPane, summary: "next pane (right after a jump back: forward)", group: "Move"),
        KeyBinding(keys: [.backTab], command: .previousPane, summary: "previous pane", group: "Move"),
        KeyBinding(keys: [.character("z")], command: .toggleSidePanes, summary: "the text alone: hide the outline and detail panes (again: show them)",
                   group: "Move"),
        KeyBinding(keys: [.enter], command: .follow, summary: "follow the selection: marker → footnote → work → citing notes", group: "Follow",
                   library: "open the essay, or the essay at the hit"),
        KeyBinding(keys: [.backspace, .control("o")], command: .back,
                   summary: "back one level: close a view, or back along the jump list (from its start, to the list of essays)", group: "Follow"),
        KeyBinding(keys: [.control("i"), .control("n")], command: .forward, summary: "forward along the jump list", group: "Follow"),
        KeyBinding(keys: (1...9).map { .character(Character(String($0))) }, command: .filterFactor(1),
                   summary: "factor lens: claims on the framework's factor N (again: drop it; several combine)", group: "Filter and search"),
        KeyBinding(keys: [.character("v")], command: .filterStance, summary: "factor lens by stance: met, partly met, not met, any", group: "Filter and search"),
        KeyBinding(keys: [.character("x")], command: .hideUnmatched, summary: "the outline lists only the claims the lens keeps (again: all)",
                   group: "Filter and search"),
        KeyBinding(keys: [.character("0")], command: .clearFilter, summary: "clear the factor lens", group: "Filter and search"),
        KeyBinding(keys: [.character("/")], command: .search,
                   summary: "search the text, claims, footnotes and works (empty: the last search again)", group: "Filter and search",
                   library: "search every essay"),
        KeyBinding(keys: [.character("n")], command: .nextMatch, summary: "next match", group: "Filter and search", library: "next hit"),
        KeyBinding(keys: [.character("N")], command: .previousMatch, summary: "previous match", group: "Filter and search", library: "previous hit"),
        KeyBinding(keys: [.character("r")], command: .searchResults, summary: "every match of the search, grouped by kind", group: "Filter and search"),
        KeyBinding(keys: [.character(":")], command: .prompt, summary: "command: fn N, claim ID, sec N (Tab completes)", group: "Filter and search"),
        KeyBinding(keys: [.character("s")], command: .scorecard, summary: "the scorecard: subjects by factors", group: "Views"),
        KeyBinding(keys: [.character("a")], command: .authorities, summary: "the table of authorities", group: "Views"),
        KeyBinding(keys: [.character("f")], command: .focus, summary: "focus: the selected claim's supports and attacks", group: "Views"),
        KeyBinding(keys: [.character("L")], command: .legend, summary: "the legend: badges, stance marks, claim colours", group: "Views"),
        KeyBinding(keys: [.character("?")], command: .help, summary: "this help", group: "Views", library: "this help"),
        KeyBinding(keys: [.control("l")], command: .redraw, summary: "redraw the screen", group: "Views", library: "redraw the screen"),
        KeyBinding(keys: [.control("z")], command: .suspend, summary: "suspend to the shell (fg comes back)", group: "Views",
                   library: "suspend to the shell (fg comes back)"),
        KeyBinding(keys: [.character("q")], command: .quit, summary: "quit, or close the open view (in a folder's essay: back to the list)", group: "Views",
                   library: "quit (from the hits: back to the essays)"),
        KeyBinding(keys: [.character("w")], command: .extendWord, summary: "extend the selected sentence or claim by the next word", group: "Annotate"),
        KeyBinding(keys: [.character("W")], command: .extendSentence, summary: "extend the selection by the next sentence of its paragraph", group: "Annotate"),
        KeyBinding(keys: [.character("b")], command: .shrinkWord, summary: "take the last word off the span", group: "Annotate"),
        KeyBinding(keys: [.character("c")], command: .makeClaim,
                   summary: "make the selection a claim: kind, factors and stances, subject, id (a suggestion fills them in)", group: "Annotate"),
        KeyBinding(keys: [.character("A")], command: .acceptSuggestion, summary: "accept the selected suggested claim as it is", group: "Annotate"),
        KeyBinding(keys: [.character("e")], command: .editClaim, summary: "edit the selected claim's kind, factors, subject and id", group: "Annotate"),
        KeyBinding(keys: [.character("d")], command: .deleteClaim, summary: "delete the selected claim and its relations (asks first)", group: "Annotate"),
        KeyBinding(keys: [.character("R")], command: .relateClaim,
                   summary: "relate the selected claim to another: supports, attacks, rebuts, qualifies, then pick the claim", group: "Annotate"),
        KeyBinding(keys: [.character("D")], command: .unrelateClaim,
                   summary: "remove a relation of the selected claim, to or from it (pick which when it has several; asks first)", group: "Annotate"),
        KeyBinding(keys: [.character("u")], command: .undo, summary: "undo the last annotating change (saved at once)", group: "Annotate"),
        KeyBinding(keys: [.control("r")], command: .redo, summary: "redo what u undid", group: "Annotate"),
    ]
}

extension Keymap {
    /// The bindings as a Markdown table, for the README (a test keeps the two the same); the
    /// annotating keys have a table of their own (`annotatingMarkdownTable`).
    public var markdownTable: String {
        table(bindings.filter { !$0.command.isAnnotating })
    }

    /// The annotating keys as a Markdown table, for the README's "Annotating in the explorer".
    public var annotatingMarkdownTable: String {
        table(bindings.filter(\.command.isAnnotating))
    }

    private func table(_ bindings: [KeyBinding]) -> String {
        var lines = ["| keys | what they do |", "| --- | --- |"]
        for binding in bindings {
            let keys = binding.keyNotation.map { "`\($0)`" }.joined(separator: " ")
            lines.append("| \(keys) | \(binding.summary) |")
        }
        return lines.joined(separator: "\n")
    }

    /// The bindings that work in the library, with what they do there, as a Markdown table.
    public var libraryMarkdownTable: String {
        var lines = ["| keys | in the list of essays |", "| --- | --- |"]
        for binding in bindings {
            guard let library = binding.library else { continue }
            let keys = binding.keyNotation.map { "`\($0)`" }.joined(separator: " ")
            lines.append("| \(keys) | \(library) |")
        }
        return lines.joined(separator: "\n")
    }
}
