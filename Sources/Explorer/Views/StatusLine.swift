/// Draws the bottom line: essay, section, position, lens and search, or the line being typed.
enum StatusLine {
    /// The line's left and right parts for a line `width` columns wide, and where the typing
    /// cursor is in the left part (a column), when a line is being typed. The essay's title and
    /// the section share what room the position, lens, search and message leave them.
    static func text(_ state: ExplorerState, width: Int) -> (left: String, right: String, cursor: Int?) {
        if let prompt = state.prompt { return promptText(prompt, state: state) }
        let right = state.returnsToLibrary ? "? help  q list" : "? help  q quit"
        var fixed: [String] = []
        let rows = max(1, state.layout.rows.count - max(1, state.readingContent.height))
        fixed.append("\(min(100, state.top * 100 / rows))%")
        if state.filter.isActive { fixed.append("lens: " + lensName(state)) }
        if let waiting = state.search.waiting {
            fixed.append("/\(waiting) " + (state.textPending || state.argumentPending ? "waits for the essay…" : "indexing…"))
        } else if let found = state.search.found {
            let position = state.search.current.map { "\(found.ordinal(of: $0))/\(Plural.grouped(found.count))" } ?? Plural.grouped(found.count)
            fixed.append("/\(found.query) " + (found.count == 0 ? "no matches" : position) + (state.search.highlights ? "" : " (hidden)"))
        }
        if state.textPending {
            fixed.append("reading the rest of the essay…")
        } else if state.argumentPending {
            fixed.append("reading the argument…")
        }
        if state.annotating.unsavedReason != nil, state.message == nil { fixed.append("annotations NOT SAVED: the next edit tries again") }
        if let message = state.message { fixed.append(message) }
        let rest = fixed.joined(separator: " · ")
        // What the title and section share: the line less the right part, the margins and separators.
        var room = width - TerminalText.width(of: right) - 4 - TerminalText.width(of: rest) - 3
        let sections = state.model.essay.sections
        var section = sections.indices.contains(state.currentSection) ? sections[state.currentSection].displayTitle : ""
        let title = state.model.essay.title.split(separator: ":").first.map(String.init) ?? state.model.essay.title
        let sectionWidth = TerminalText.width(of: section)
        let titleWidth = TerminalText.width(of: title)
        // The section comes first; the title keeps a few words when it can.
        let sectionRoom = min(sectionWidth, max(room - min(titleWidth, 16) - 3, min(sectionWidth, 12)))
        section = sectionRoom < 4 ? "" : TerminalText.clip(section, to: sectionRoom)
        room -= TerminalText.width(of: section) + (section.isEmpty ? 0 : 3)
        let shownTitle = room < 8 ? "" : TerminalText.clip(title, to: room)
        let left = ([shownTitle, section].filter { !$0.isEmpty } + [rest]).joined(separator: " · ")
        return (left, right, nil)
    }

    /// The prompt's line: its sigil and text, and on the right what Enter and Esc do, or how many matches.
    static func promptText(_ prompt: Prompt, state: ExplorerState) -> (left: String, right: String, cursor: Int?) {
        let left = prompt.sigil + prompt.editor.text
        let cursor = TerminalText.width(of: prompt.sigil + String(prompt.editor.text.prefix(prompt.editor.cursor)))
        switch prompt.kind {
        case .command:
            return (left, state.message ?? "fn N · claim ID · sec N · Tab completes · Esc cancels", cursor)
        case .search:
            if prompt.editor.text.isEmpty {
                let last = state.searchHistory.last.map { "Enter: /\($0) again · ↑ earlier" } ?? "type to search"
                return (left, last, cursor)
            }
            if state.search.waiting != nil {
                let waiting = state.textPending || state.argumentPending ? "the essay is still being read" : "indexing the essay"
                return (left, waiting + "… · Enter keeps · Esc cancels", cursor)
            }
            let count = state.search.found?.count ?? 0
            return (left, (count == 0 ? "no matches" : Plural.count(count, "match", plural: "matches")) + " · Enter keeps · Esc cancels", cursor)
        }
    }

    /// The factor lens in a few words: `Oversight+Accountability not met`.
    static func lensName(_ state: ExplorerState) -> String {
        let filter = state.filter
        var text = filter.factors.map { state.model.factor($0)?.name ?? $0 }.joined(separator: "+")
        if let stance = filter.stance { text += (text.isEmpty ? "" : " ") + state.model.name(of: stance) }
        return text
    }

    static func render(_ state: ExplorerState, theme: Theme, into grid: inout Grid) {
        let rect = state.screen.status
        guard rect.width > 0, rect.y >= 0 else { return }
        grid.fill(rect, style: theme.status)
        let (left, right, cursor) = text(state, width: rect.width)
        let rightWidth = TerminalText.width(of: right)
        let leftWidth = TerminalText.width(of: left) + 2
        // The right part gives way to a line being typed, then to a long left part.
        let showsRight = rightWidth + 2 + (cursor == nil ? 0 : leftWidth) <= rect.width && (cursor != nil || rightWidth + 2 <= rect.width / 2)
        let leftLimit = rect.width - (showsRight ? rightWidth + 2 : 0)
        grid.put(" " + left, x: rect.x, y: rect.y, style: theme.status, limit: max(1, leftLimit))
        if showsRight { grid.put(right + " ", x: rect.width - rightWidth - 1, y: rect.y, style: theme.status) }
        if let cursor, 1 + cursor < rect.width {
            grid.restyle(y: rect.y, from: 1 + cursor, to: 2 + cursor) { _ in theme.cursor }
        }
    }
}
