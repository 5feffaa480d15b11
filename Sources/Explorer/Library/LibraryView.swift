/// Draws the library: the list of essays (or of search hits across them), or the open essay.
public enum LibraryView {
    public static func render(_ state: LibraryState) -> Grid {
        if let reader = state.reader { return ExplorerView.render(reader) }
        if ScreenLayout(width: state.width, height: state.height, focus: .reading).mode == .tooSmall {
            return ExplorerView.tooSmall(width: state.width, height: state.height)
        }
        var grid = Grid(width: state.width, height: state.height)
        let theme = Theme(colors: state.colors)
        let full = Rect(x: 0, y: 0, width: state.width, height: state.height)
        if state.search.isShowingHits {
            let essays = Set(state.search.hits.map(\.essay)).count
            let count = state.search.hits.count
            var title = "Search · “\(state.search.query)” · \(count) hit\(count == 1 ? "" : "s")"
            if count > 0 { title += " in \(essays) essay\(essays == 1 ? "" : "s")" }
            PaneChrome.header(title, rect: full, focused: true, theme: theme, into: &grid)
            hits(state, theme: theme, into: &grid)
        } else {
            let count = state.library.entries.count
            let folder = state.library.folder.isEmpty ? "" : " · " + clip(state.library.folder, max(10, state.width / 3))
            PaneChrome.header("Library\(folder) · \(count) essay\(count == 1 ? "" : "s")", rect: full, focused: true, theme: theme, into: &grid)
            essays(state, theme: theme, into: &grid)
        }
        status(state, theme: theme, into: &grid)
        if state.showsHelp { help(state, theme: theme, into: &grid) }
        return grid
    }

    /// The first entry shown, so the cursor stays in view a third of the way down.
    static func firstVisible(_ state: LibraryState) -> Int {
        max(0, min(state.listCursor - state.listHeight / 3, state.listCount - state.listHeight))
    }

    /// Column widths for the essays: title, author, notes, claims.
    static func columns(width: Int) -> (title: Int, author: Int) {
        let author = min(24, max(10, width / 5))
        return (max(10, width - 2 - author - 2 - 13), author)
    }

    static func essays(_ state: LibraryState, theme: Theme, into grid: inout Grid) {
        let (titleWidth, authorWidth) = columns(width: state.width)
        let heading = "  " + "Essay".padding(toLength: titleWidth) + "  " + "Author".padding(toLength: authorWidth) + " Notes Claims"
        grid.put(heading, x: 0, y: 1, style: theme.style(.label))
        let first = firstVisible(state)
        for row in 0..<state.listHeight {
            let index = first + row
            guard state.library.entries.indices.contains(index) else { break }
            let entry = state.library.entries[index]
            let y = 2 + row
            let selected = index == state.cursor
            let mark = selected ? "▸ " : "  "
            if let problem = entry.problem {
                let line = mark + clip(entry.name, titleWidth).padding(toLength: titleWidth) + "  "
                    + clip("cannot be read: " + problem, max(1, state.width - titleWidth - 4))
                grid.put(line, x: 0, y: y, style: selected ? theme.style(.error).merged(with: theme.selection) : theme.style(.error))
                continue
            }
            let claims = entry.claims.map(String.init) ?? "—"
            let line = mark + clip(entry.title, titleWidth).padding(toLength: titleWidth) + "  "
                + clip(entry.author ?? "", authorWidth).padding(toLength: authorWidth)
                + String(entry.footnotes).leftPadded(6) + claims.leftPadded(7)
            grid.put(line, x: 0, y: y, style: selected ? theme.selection : .plain)
        }
    }

    static func hits(_ state: LibraryState, theme: Theme, into grid: inout Grid) {
        let essayWidth = min(24, max(12, state.width / 4))
        grid.put("  " + "Essay".padding(toLength: essayWidth) + "  Hit", x: 0, y: 1, style: theme.style(.label))
        let first = firstVisible(state)
        for row in 0..<state.listHeight {
            let index = first + row
            guard state.search.hits.indices.contains(index) else { break }
            let hit = state.search.hits[index]
            let y = 2 + row
            let selected = index == state.search.cursor
            let name = state.library.entries.indices.contains(hit.essay) ? stem(state.library.entries[hit.essay].name) : "?"
            let column = grid.put((selected ? "▸ " : "  ") + clip(name, essayWidth).padding(toLength: essayWidth) + "  ", x: 0, y: y,
                                  style: selected ? theme.selection : theme.style(.heading))
            let role: StyleRole = hit.kind == "claim" ? .kind("claim") : .plain
            grid.put(hit.text, x: column, y: y, style: selected ? theme.style(role).merged(with: theme.selection) : theme.style(role))
        }
        if state.search.hits.isEmpty, !state.search.query.isEmpty {
            grid.put("  No essay has “\(state.search.query)”.", x: 0, y: 2, style: theme.style(.dim))
        }
    }

    static func status(_ state: LibraryState, theme: Theme, into grid: inout Grid) {
        let y = state.height - 1
        grid.fill(Rect(x: 0, y: y, width: state.width, height: 1), style: theme.status)
        var left: String
        var right = "? help  q quit"
        if state.search.editing {
            let count = state.search.hits.count
            left = "/" + state.search.query
            right = state.search.query.isEmpty ? "type to search every essay" : "\(count) hits · Enter keeps · Esc cancels"
        } else if state.search.isShowingHits {
            let hit = state.search.hits.indices.contains(state.search.cursor) ? state.search.hits[state.search.cursor] : nil
            let name = hit.flatMap { state.library.entries.indices.contains($0.essay) ? state.library.entries[$0.essay].name : nil }
            left = [name, "hit \(min(state.search.cursor + 1, state.search.hits.count))/\(state.search.hits.count)", "Enter opens"]
                .compactMap { $0 }.joined(separator: " · ")
            right = "? help  q back"
        } else {
            let entries = state.library.entries
            let name = entries.indices.contains(state.cursor) ? entries[state.cursor].name : ""
            left = "\(name) · \(min(state.cursor + 1, entries.count))/\(entries.count)"
            left += state.message == nil ? " · Enter opens · / searches all" : ""
        }
        if let message = state.message { left += " · " + message }
        let rightWidth = TerminalText.width(of: right)
        let leftLimit = state.width - (rightWidth + 2 <= state.width / 2 ? rightWidth + 2 : 0)
        grid.put(" " + left, x: 0, y: y, style: theme.status, limit: max(1, leftLimit))
        if leftLimit < state.width { grid.put(right + " ", x: state.width - rightWidth - 1, y: y, style: theme.status) }
    }

    /// The keys of the library, from the keymap's bindings that work here.
    static func help(_ state: LibraryState, theme: Theme, into grid: inout Grid) {
        let bindings = Keymap.standard.bindings.filter { $0.library != nil }
        var lines: [(keys: String, summary: String)] = bindings.map { ($0.keys.map(\.description).joined(separator: " "), $0.library ?? "") }
        lines.append(("", ""))
        lines.append(("In an essay, ? lists its keys; q, or Backspace at the start, comes back here.", ""))
        let width = min(state.width - 2, 90)
        let height = min(state.height - 3, lines.count + 2)
        let box = Rect(x: (state.width - width) / 2, y: 1, width: width, height: height)
        PaneChrome.box(box, title: "Library keys", theme: theme, into: &grid)
        for (row, line) in lines.prefix(height - 2).enumerated() {
            let keys = line.summary.isEmpty ? line.keys : line.keys.padding(toLength: 22)
            let column = grid.put("  " + keys, x: box.x + 1, y: box.y + 1 + row, style: theme.style(line.summary.isEmpty ? .dim : .link),
                                  limit: box.x + box.width - 1)
            grid.put(line.summary, x: column, y: box.y + 1 + row, limit: box.x + box.width - 1)
        }
    }

    static func clip(_ text: String, _ width: Int) -> String {
        TerminalText.width(of: text) > width ? String(text.prefix(max(0, width - 1))) + "…" : text
    }

    static func stem(_ name: String) -> String {
        name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
