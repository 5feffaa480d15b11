/// Draws the bottom line: essay, section, position, filter and search, or the prompt being typed.
enum StatusLine {
    /// The line's left and right parts for a line `width` columns wide. The essay's title gives
    /// way first, so the section, position, filter and search stay in sight on a narrow terminal.
    static func text(_ state: ExplorerState, width: Int) -> (left: String, right: String) {
        if let prompt = state.prompt { return (":" + prompt, "fn N · claim ID · sec N · Esc cancels") }
        if state.search.editing {
            let count = state.search.matches.count
            return ("/" + state.search.query, count == 0 ? (state.search.query.isEmpty ? "type to search" : "no matches") : "\(count) matches · Enter keeps · Esc cancels")
        }
        let right = state.returnsToLibrary ? "? help  q list" : "? help  q quit"
        var parts: [String] = []
        let sections = state.model.essay.sections
        if sections.indices.contains(state.currentSection) { parts.append(clip(sections[state.currentSection].displayTitle, 24)) }
        let rows = max(1, state.layout.rows.count - max(1, state.readingContent.height))
        parts.append("\(min(100, state.top * 100 / rows))%")
        if let filter = state.factorFilter {
            parts.append("filter: " + (state.model.factors.first { $0.id == filter }?.name ?? filter))
        }
        if !state.search.query.isEmpty {
            let count = state.search.matches.count
            let position = state.search.current.map { "\($0 + 1)/\(count)" } ?? "\(count)"
            parts.append("/\(state.search.query) \(position)")
        }
        if state.argumentPending { parts.append("reading the argument…") }
        if let message = state.message { parts.append(message) }
        let rest = parts.joined(separator: " · ")
        // Room for the title: the line less the right part, the margins and the separator.
        let room = width - TerminalText.width(of: right) - 4 - TerminalText.width(of: rest) - 3
        let title = shortTitle(state.model.essay.title, room: min(28, room))
        return (title.isEmpty ? rest : title + " · " + rest, right)
    }

    /// The title before its colon, clipped to `room` columns; empty when there is too little room.
    static func shortTitle(_ title: String, room: Int) -> String {
        room < 8 ? "" : clip(title.split(separator: ":").first.map(String.init) ?? title, room)
    }

    static func clip(_ text: String, _ width: Int) -> String {
        text.count > width ? String(text.prefix(width - 1)) + "…" : text
    }

    static func render(_ state: ExplorerState, theme: Theme, into grid: inout Grid) {
        let rect = state.screen.status
        guard rect.width > 0, rect.y >= 0 else { return }
        grid.fill(rect, style: theme.status)
        let (left, right) = text(state, width: rect.width)
        let rightWidth = TerminalText.width(of: right)
        let leftLimit = rect.width - (rightWidth + 2 <= rect.width / 2 ? rightWidth + 2 : 0)
        grid.put(" " + left, x: rect.x, y: rect.y, style: theme.status, limit: max(1, leftLimit))
        if leftLimit < rect.width { grid.put(right + " ", x: rect.width - rightWidth - 1, y: rect.y, style: theme.status) }
    }
}
