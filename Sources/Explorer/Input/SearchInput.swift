import ArgumentGraph
import EssayKit

/// The search: typed at `/`, run on the essay's index as each key comes, stepped through with `n`
/// and `N` in reading order over the text, the claims, the footnotes and the works.
enum SearchInput {
    /// Opens the prompt, remembering the search shown and the place, for `Esc`.
    static func begin(in state: inout ExplorerState) {
        state.search.before = (state.search.found, state.search.current, state.top)
        state.prompt = Prompt(kind: .search, history: state.searchHistory)
    }

    /// A key while the search is typed.
    static func type(_ key: Key, outcome: LineEditor.Outcome, text: String, in state: inout ExplorerState) {
        switch outcome {
        case .edited:
            rerun(text, in: &state)
            if let found = state.search.found, let origin = origin(state) {
                state.search.current = first(atOrAfter: origin, found, state)
                if let current = state.search.current { land(on: current, in: &state) }
            }
        case .submitted:
            state.prompt = nil
            let query = text
            if query.trimmingCharacters(in: " ").isEmpty {
                // An empty search repeats the last one, on to its next match, as less and vi do.
                guard let last = state.searchHistory.last else {
                    state.message = "no search yet; type what to look for after /"
                    restoreBefore(in: &state, scroll: false)
                    return
                }
                restoreBefore(in: &state, scroll: false)
                if state.search.found?.query != last { rerun(last, in: &state) }
                step(1, in: &state)
                return
            }
            LineEditor.remember(query, in: &state.searchHistory)
            state.search.before = nil
            guard let found = state.search.found else {
                if state.search.waiting != nil { state.message = "the essay is still being indexed; the search runs when it is ready" }
                return
            }
            guard found.count > 0 else {
                state.message = "no matches for \(query)"
                return
            }
            if let current = state.search.current { land(on: current, in: &state) }
            state.message = summary(found)
        case .cancelled:
            state.prompt = nil
            restoreBefore(in: &state, scroll: true)
        case .complete, .unchanged:
            break
        }
    }

    /// Puts back the search (and place) shown before the prompt opened.
    static func restoreBefore(in state: inout ExplorerState, scroll: Bool) {
        guard let before = state.search.before else { return }
        state.search.found = before.found
        state.search.current = before.current
        state.search.waiting = nil
        state.search.listing = nil
        state.search.highlights = true
        if scroll { state.scrollReading(toRow: before.top) }
        state.search.before = nil
    }

    /// Where a search typed now starts looking: the top of the pane when the prompt opened.
    static func origin(_ state: ExplorerState) -> ReadingPoint? {
        let top = state.search.before?.top ?? state.top
        return state.layout.anchor(at: top).map { ReadingPoint(block: $0.block, offset: $0.offset) }
    }

    /// `14 matches: 9 in the text, 3 notes, 2 works`.
    static func summary(_ found: FoundSearch) -> String {
        var parts: [String] = []
        if found.textCount > 0 { parts.append("\(Plural.grouped(found.textCount)) in the text") }
        if found.count(of: .footnote) > 0 { parts.append(Plural.count(found.count(of: .footnote), "note")) }
        if found.count(of: .authority) > 0 { parts.append(Plural.count(found.count(of: .authority), "work")) }
        return Plural.count(found.count, "match", plural: "matches") + ": " + parts.joined(separator: ", ") + " · r lists them"
    }

    /// Runs `query` on the index, or waits for it; nothing found for an empty query.
    static func rerun(_ query: String, in state: inout ExplorerState) {
        state.search.listing = nil
        state.search.highlights = true
        guard !query.trimmingCharacters(in: " ").isEmpty else {
            state.search.found = nil
            state.search.current = nil
            state.search.waiting = nil
            return
        }
        guard let search = state.model.search, let found = search.find(query) else {
            state.search.waiting = query
            state.search.found = nil
            state.search.current = nil
            return
        }
        state.search.waiting = nil
        let previous = state.search.current.flatMap { state.search.found?.target($0) }
        state.search.found = found
        // Keep the reader on the same match when a search is run again (the argument arrived).
        state.search.current = previous.flatMap { target in found.points.indices.first { found.target($0) == target } }
        // A search that waited for the index, typed and entered: it counts from the top of the pane.
        if state.search.current == nil, state.prompt == nil, let top = state.layout.anchor(at: state.top) {
            state.search.current = first(atOrAfter: ReadingPoint(block: top.block, offset: top.offset), found, state)
        }
    }

    /// Marks the matches of `query` in the text without moving: `n` then goes to the first one
    /// below the top of the pane. What the library does when it opens an essay at a search hit.
    static func highlight(_ query: String, in state: inout ExplorerState) {
        rerun(query, in: &state)
        LineEditor.remember(query, in: &state.searchHistory)
        if let found = state.search.found, let top = state.layout.anchor(at: state.top) {
            state.search.current = first(atOrAfter: ReadingPoint(block: top.block, offset: top.offset), found, state)
        }
    }

    /// `n` and `N`: the next or previous match, from the one shown when it is on the screen, else
    /// from the screen; going round the end is said.
    static func step(_ step: Int, in state: inout ExplorerState) {
        guard let found = state.search.found else {
            state.message = state.search.waiting != nil ? "the essay is still being indexed for \(state.search.query)" : "no search; / starts one"
            return
        }
        guard found.count > 0 else {
            state.message = "no matches for \(found.query)"
            return
        }
        state.search.highlights = true
        var next: Int?
        var wrapped = false
        if let current = state.search.current, isOnScreen(current, state) {
            if let stepped = found.step(from: current, by: step) { (next, wrapped) = (stepped.index, stepped.wrapped) }
        } else {
            let visible = state.visiblePoints
            next = step > 0 ? first(atOrAfter: visible.first, found, state) : lastBefore(visible.last, found, state)
            if step > 0, let candidate = next, let place = point(candidate, found, state), place < visible.first { wrapped = true }
            if step < 0, next == nil { next = found.last; wrapped = true }
        }
        guard let next else { return }
        state.search.current = next
        land(on: next, in: &state)
        if wrapped { state.message = step > 0 ? "search wrapped to the top" : "search wrapped to the bottom" }
    }

    /// The last match in reading order at or before `point`.
    static func lastBefore(_ point: ReadingPoint, _ found: FoundSearch, _ state: ExplorerState) -> Int? {
        state.text.textPoint(point, roundingUp: false).flatMap { found.last(atOrBefore: $0) }
    }

    /// The first match in reading order at or after `point`, or the first of all.
    static func first(atOrAfter point: ReadingPoint, _ found: FoundSearch, _ state: ExplorerState) -> Int? {
        state.text.textPoint(point, roundingUp: true).flatMap { found.first(atOrAfter: $0) } ?? found.first
    }

    /// The reading point of match `index`.
    static func point(_ index: Int, _ found: FoundSearch, _ state: ExplorerState) -> ReadingPoint? {
        found.points[index].flatMap { state.text.point($0) }
    }

    /// Whether match `index` is in sight.
    static func isOnScreen(_ index: Int, _ state: ExplorerState) -> Bool {
        guard let found = state.search.found, let place = point(index, found, state) else { return false }
        return state.visibleRange.contains(state.layout.row(block: place.block, offset: place.offset))
    }

    /// Goes to match `index`: the text scrolls to its first matched word; a footnote's marker or a
    /// work's first citing marker is selected and the detail pane shows the note or the work.
    static func land(on index: Int, in state: inout ExplorerState) {
        guard let found = state.search.found, let target = found.target(index) else { return }
        state.search.current = index
        state.search.highlights = true
        switch target {
        case .claim, .sentence:
            guard let place = point(index, found, state) else { return }
            let start = found.hit(index)?.matches.first?.start ?? 0
            state.reveal(row: state.layout.row(block: place.block, offset: place.offset + start))
        case .footnote(let label):
            Navigation.show(.footnote(label), in: &state)
        case .authority(let id):
            if let place = point(index, found, state), let marker = state.blocks[place.block].content.markers.first(where: { $0.offset == place.offset }) {
                state.selection = .marker(block: place.block, label: marker.label, offset: marker.offset)
                state.reveal(row: state.layout.row(block: place.block, offset: place.offset))
            }
            state.detail = DetailState(subject: .authority(id))
        }
    }

    /// Opens the list of every match, grouped by kind.
    static func openResults(in state: inout ExplorerState) {
        guard let found = state.search.found else {
            state.message = state.search.waiting != nil ? "the essay is still being indexed" : "no search; / starts one"
            return
        }
        if state.search.listing == nil { state.search.listing = SearchListing(found) }
        ExplorerReducer.open(.results, in: &state)
    }
}
