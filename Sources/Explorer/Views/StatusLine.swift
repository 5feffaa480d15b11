/// Draws the bottom line: essay, section, position, filter and search, or the prompt being typed.
enum StatusLine {
    static func text(_ state: ExplorerState) -> (left: String, right: String) {
        if let prompt = state.prompt { return (":" + prompt, "fn N · claim ID · sec N · Esc cancels") }
        if state.search.editing {
            let count = state.search.matches.count
            return ("/" + state.search.query, count == 0 ? (state.search.query.isEmpty ? "type to search" : "no matches") : "\(count) matches · Enter keeps · Esc cancels")
        }
        var parts = [shortTitle(state.model.essay.title)]
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
        if let message = state.message { parts.append(message) }
        return (parts.joined(separator: " · "), state.returnsToLibrary ? "? help  q list" : "? help  q quit")
    }

    static func shortTitle(_ title: String) -> String {
        clip(title.split(separator: ":").first.map(String.init) ?? title, 28)
    }

    static func clip(_ text: String, _ width: Int) -> String {
        text.count > width ? String(text.prefix(width - 1)) + "…" : text
    }

    static func render(_ state: ExplorerState, theme: Theme, into grid: inout Grid) {
        let rect = state.screen.status
        guard rect.width > 0, rect.y >= 0 else { return }
        grid.fill(rect, style: theme.status)
        let (left, right) = text(state)
        let rightWidth = TerminalText.width(of: right)
        let leftLimit = rect.width - (rightWidth + 2 <= rect.width / 2 ? rightWidth + 2 : 0)
        grid.put(" " + left, x: rect.x, y: rect.y, style: theme.status, limit: max(1, leftLimit))
        if leftLimit < rect.width { grid.put(right + " ", x: rect.width - rightWidth - 1, y: rect.y, style: theme.status) }
    }
}
