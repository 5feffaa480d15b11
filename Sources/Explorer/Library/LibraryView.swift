import ArgumentGraph

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
            PaneChrome.header("Search · “\(state.search.query)” · " + counts(state.search.results), rect: full, focused: true, theme: theme, into: &grid)
            hits(state, theme: theme, into: &grid)
        } else {
            let count = state.library.entries.count
            let folder = state.library.folder.isEmpty ? "" : " · " + clip(state.library.folder, max(10, state.width / 3))
            PaneChrome.header("Library\(folder) · " + Plural.count(count, "essay"), rect: full, focused: true, theme: theme, into: &grid)
            essays(state, theme: theme, into: &grid)
        }
        status(state, theme: theme, into: &grid)
        if state.showsHelp { help(state, theme: theme, into: &grid) }
        return grid
    }

    /// `12 hits in 3 essays`, or `showing 200 of 3,790 hits in 50 essays` when the list is cut.
    static func counts(_ results: SearchResults<Library.Hit>) -> String {
        let shown = results.hits.count
        let total = max(results.total, shown)
        let hits = shown == total ? Plural.count(total, "hit") : "showing \(Plural.grouped(shown)) of " + Plural.count(total, "hit")
        return total == 0 ? "no hits" : hits + " in " + Plural.count(results.essays, "essay")
    }


    /// Column widths for the essays: title, author, notes, claims.
    static func columns(width: Int) -> (title: Int, author: Int) {
        let author = min(24, max(10, width / 5))
        return (max(10, width - 2 - author - 2 - 13), author)
    }

    static func essays(_ state: LibraryState, theme: Theme, into grid: inout Grid) {
        let (titleWidth, authorWidth) = columns(width: state.width)
        let heading = "  " + "Essay".padded(to: titleWidth) + "  " + "Author".padded(to: authorWidth) + " Notes Claims"
        grid.put(heading, x: 0, y: 1, style: theme.style(.label))
        let first = state.firstVisible
        for row in 0..<state.listHeight {
            let index = first + row
            guard state.library.entries.indices.contains(index) else { break }
            let entry = state.library.entries[index]
            let y = 2 + row
            let selected = index == state.cursor
            let mark = selected ? "▸ " : "  "
            if let problem = entry.problem {
                let line = mark + clip(entry.name, titleWidth).padded(to: titleWidth) + "  "
                    + clip("cannot be read: " + problem, max(1, state.width - titleWidth - 4))
                grid.put(line, x: 0, y: y, style: selected ? theme.style(.error).merged(with: theme.selection) : theme.style(.error))
                continue
            }
            let claims = entry.claims.map(String.init) ?? "—"
            let line = mark + clip(entry.title, titleWidth).padded(to: titleWidth) + "  "
                + clip(entry.author ?? "", authorWidth).padded(to: authorWidth)
                + String(entry.footnotes).leftPadded(6) + claims.leftPadded(7)
            grid.put(line, x: 0, y: y, style: selected ? theme.selection : .plain)
        }
    }

    static func hits(_ state: LibraryState, theme: Theme, into grid: inout Grid) {
        let essayWidth = min(24, max(12, state.width / 4))
        grid.put("  " + "Essay".padded(to: essayWidth) + "  Hit", x: 0, y: 1, style: theme.style(.label))
        let first = state.firstVisible
        for row in 0..<state.listHeight {
            let index = first + row
            guard state.search.hits.indices.contains(index) else { break }
            let hit = state.search.hits[index]
            let y = 2 + row
            let selected = index == state.search.cursor
            let name = state.library.entries.indices.contains(hit.essay) ? stem(state.library.entries[hit.essay].name) : "?"
            let column = grid.put((selected ? "▸ " : "  ") + clip(name, essayWidth).padded(to: essayWidth) + "  ", x: 0, y: y,
                                  style: selected ? theme.selection : theme.style(.heading))
            let role: StyleRole = hit.kind == .claim ? .kind(.claim) : .plain
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
        var cursor: Int?
        if let editor = state.search.editor {
            left = "/" + editor.text
            cursor = 1 + TerminalText.width(of: String(editor.text.prefix(editor.cursor)))
            right = editor.text.isEmpty ? (state.searchHistory.last.map { "Enter: /\($0) again · ↑ earlier" } ?? "type to search every essay")
                : counts(state.search.results) + " · Enter keeps · Esc cancels"
        } else if state.search.isShowingHits {
            let hit = state.search.hits.indices.contains(state.search.cursor) ? state.search.hits[state.search.cursor] : nil
            let name = hit.flatMap { state.library.entries.indices.contains($0.essay) ? state.library.entries[$0.essay].name : nil }
            left = [name, "hit \(min(state.search.cursor + 1, state.search.hits.count))/\(Plural.grouped(state.search.hits.count))", "Enter opens"]
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
        let leftWidth = TerminalText.width(of: left) + 2
        let showsRight = rightWidth + 2 + (cursor == nil ? 0 : leftWidth) <= state.width && (cursor != nil || rightWidth + 2 <= state.width / 2)
        let leftLimit = state.width - (showsRight ? rightWidth + 2 : 0)
        grid.put(" " + left, x: 0, y: y, style: theme.status, limit: max(1, leftLimit))
        if showsRight { grid.put(right + " ", x: state.width - rightWidth - 1, y: y, style: theme.status) }
        if let cursor, cursor + 1 < state.width { grid.restyle(y: y, from: cursor + 1, to: cursor + 2) { _ in theme.cursor } }
    }

    /// The keys of the library, from the keymap's bindings that work here; j and k scroll it.
    static func help(_ state: LibraryState, theme: Theme, into grid: inout Grid) {
        let bindings = Keymap.standard.bindings.filter { $0.library != nil }
        var lines: [(keys: String, summary: String)] = bindings.map { ($0.keyNotation.joined(separator: " "), $0.library ?? "") }
        lines.append(("", ""))
        lines.append(("In an essay, ? lists its keys; q, or Backspace at the start, comes back here.", ""))
        lines.append(("At the / prompt: ← → move, Ctrl-W deletes a word, ↑ ↓ recall earlier searches.", ""))
        let width = min(state.width - 2, 90)
        let height = min(state.height - 3, lines.count + 2)
        let box = Rect(x: (state.width - width) / 2, y: 1, width: width, height: height)
        let inner = max(1, height - 2)
        let top = max(0, min(state.helpTop, lines.count - inner))
        let scroll = lines.count > inner ? "\(top + 1)–\(min(lines.count, top + inner)) of \(lines.count)" + (top + inner < lines.count ? " ↓" : " ↑") : nil
        PaneChrome.box(box, title: "Library keys · j k scroll", scroll: scroll, theme: theme, into: &grid)
        for (row, line) in lines.dropFirst(top).prefix(inner).enumerated() {
            let keys = line.summary.isEmpty ? line.keys : line.keys.padded(to: 22)
            let column = grid.put("  " + keys, x: box.x + 1, y: box.y + 1 + row, style: theme.style(line.summary.isEmpty ? .dim : .link),
                                  limit: box.x + box.width - 1)
            grid.put(line.summary, x: column, y: box.y + 1 + row, limit: box.x + box.width - 1)
        }
    }

    static func clip(_ text: String, _ width: Int) -> String {
        TerminalText.clip(text, to: width)
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
