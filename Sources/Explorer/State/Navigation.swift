import EssayKit

/// Moving between sections, claims and markers, and following what is selected.
enum Navigation {
    static func section(step: Int, in state: inout ExplorerState) {
        let current = state.currentSection
        let target = current + step
        let sections = state.model.essay.sections
        guard sections.indices.contains(target) else {
            state.message = step > 0 ? "this is the last section" : "this is the first section"
            if step < 0 { state.scrollReading(toRow: 0) }
            return
        }
        goToSection(target, in: &state)
    }

    static func goToSection(_ index: Int, in state: inout ExplorerState) {
        let headingBlock = state.blocks.firstIndex { $0.section == index && ($0.kind == .heading || $0.ref != nil) } ?? 0
        let row = state.layout.blockRows.indices.contains(headingBlock) ? state.layout.blockRows[headingBlock] : 0
        state.scrollReading(toRow: index == 0 ? 0 : row)
        state.chosenSection = (index, state.top)
        state.outlineCursor = state.outline.firstIndex { $0.kind == .section(index) } ?? state.outlineCursor
    }

    /// The claims `{` and `}` step through: annotated ones, only those on the filter's factor.
    static func steppable(_ state: ExplorerState) -> [ExplorerModel.Claim] {
        state.model.claims.filter { claim in
            guard claim.isAnnotated else { return false }
            guard let filter = state.factorFilter else { return true }
            return claim.factors.contains { $0.factor == filter }
        }
    }

    static func claim(step: Int, in state: inout ExplorerState) {
        let claims = steppable(state)
        guard !claims.isEmpty else {
            state.message = state.factorFilter == nil ? "this essay has no annotated claims" : "no claims on this factor"
            return
        }
        let here = currentPosition(state)
        let target: ExplorerModel.Claim?
        if step > 0 {
            target = claims.first { position(for: $0, state) > here } ?? claims.first
        } else {
            target = claims.last { position(for: $0, state) < here } ?? claims.last
        }
        if let target { select(claim: target.id, in: &state) }
    }

    static func position(for claim: ExplorerModel.Claim, _ state: ExplorerState) -> ReadingPoint {
        ReadingPoint(block: state.blockIndex[claim.block] ?? 0, offset: claim.textRange.lowerBound)
    }

    /// Where the selection is, or the top of the pane when nothing visible is selected.
    static func currentPosition(_ state: ExplorerState) -> ReadingPoint {
        switch state.selection {
        case .marker(let block, _, let offset)?: return ReadingPoint(block: block, offset: offset)
        case .claim(let id)?:
            if let claim = state.model.claim(id) { return position(for: claim, state) }
        case nil: break
        }
        let anchor = state.anchor
        return ReadingPoint(block: anchor.block, offset: anchor.offset - 1)
    }

    static func select(claim id: String, in state: inout ExplorerState) {
        guard let claim = state.model.claim(id), let block = state.blockIndex[claim.block] else { return }
        state.selection = .claim(id)
        state.detail = .claim(id)
        state.detailCursor = 0
        state.reveal(row: state.layout.row(block: block, offset: claim.textRange.lowerBound))
        if let entry = state.outline.firstIndex(where: { $0.kind == .claim(id) }) { state.outlineCursor = entry }
    }

    /// Every selectable thing in reading order: markers and annotated claims.
    static func selectables(_ state: ExplorerState) -> [(point: ReadingPoint, item: Selectable)] {
        var items: [(ReadingPoint, Selectable)] = []
        for (index, block) in state.blocks.enumerated() {
            for marker in block.content.markers {
                items.append((ReadingPoint(block: index, offset: marker.offset), .marker(block: index, label: marker.label, offset: marker.offset)))
            }
            for claim in state.claimsByBlock[index] ?? [] where claim.isAnnotated {
                items.append((ReadingPoint(block: index, offset: claim.textRange.lowerBound), .claim(claim.id)))
            }
        }
        return items.sorted { $0.0 < $1.0 }
    }

    static func item(step: Int, in state: inout ExplorerState) {
        let items = selectables(state)
        guard !items.isEmpty else { return }
        let here = currentPosition(state)
        var index: Int
        if let selection = state.selection, let current = items.firstIndex(where: { $0.item == selection }) {
            index = current + step
        } else if step > 0 {
            index = items.firstIndex { $0.point > here } ?? 0
        } else {
            index = items.lastIndex { $0.point < here } ?? items.count - 1
        }
        index = (index + items.count) % items.count
        select(items[index].item, in: &state)
    }

    static func select(_ item: Selectable, in state: inout ExplorerState) {
        switch item {
        case .claim(let id): select(claim: id, in: &state)
        case .marker(let block, let label, let offset):
            state.selection = item
            state.detail = .footnote(label)
            state.detailCursor = 0
            state.reveal(row: state.layout.row(block: block, offset: offset))
        }
    }

    static func selectedClaim(_ state: ExplorerState) -> String? {
        if case .claim(let id)? = state.selection { return id }
        if case .claim(let id)? = state.detail { return id }
        if state.focus == .outline, state.outline.indices.contains(state.outlineCursor), case .claim(let id) = state.outline[state.outlineCursor].kind { return id }
        return nil
    }

    /// Follows what is selected in the focused pane, recording the jump.
    static func follow(in state: inout ExplorerState) {
        switch state.focus {
        case .reading:
            guard let selection = state.selection else {
                item(step: 1, in: &state)
                return
            }
            let from = state.location
            switch selection {
            case .marker(_, let label, _): state.detail = .footnote(label)
            case .claim(let id): state.detail = .claim(id)
            }
            state.focus = .detail
            state.detailCursor = 0
            state.relayout()
            state.jumps.push(from: from, to: state.location)
        case .outline:
            guard state.outline.indices.contains(state.outlineCursor) else { return }
            let from = state.location
            switch state.outline[state.outlineCursor].kind {
            case .section(let index):
                goToSection(index, in: &state)
                state.detail = .section(index)
            case .claim(let id):
                select(claim: id, in: &state)
            }
            state.focus = .reading
            state.relayout()
            state.jumps.push(from: from, to: state.location)
        case .detail:
            let lines = DetailContent.lines(for: state.detail, state: state)
            let targets = lines.compactMap(\.target)
            guard targets.indices.contains(state.detailCursor) else {
                state.message = "nothing here to follow"
                return
            }
            go(to: targets[state.detailCursor], in: &state)
        }
    }

    /// Goes to a detail target, recording the jump.
    static func go(to target: DetailTarget, in state: inout ExplorerState) {
        let from = state.location
        switch target {
        case .subject(let subject): show(subject, in: &state)
        case .sentence(let locator):
            let ref = ReadingBlockRef(section: locator.section, block: locator.block, item: locator.item)
            if let block = state.blockIndex[ref], let sentence = state.model.essay.sentence(at: locator) {
                state.reveal(row: state.layout.row(block: block, offset: sentence.textRange.lowerBound))
                if let marker = state.blocks[block].content.markers.first(where: { sentence.textRange.lowerBound < $0.offset && $0.offset <= sentence.textRange.upperBound }) {
                    state.selection = .marker(block: block, label: marker.label, offset: marker.offset)
                }
            }
            state.focus = .reading
            state.relayout()
        case .cell: return
        }
        state.jumps.push(from: from, to: state.location)
    }

    /// Shows `subject` in the detail pane and brings the reading pane to where it is marked.
    static func show(_ subject: DetailSubject, in state: inout ExplorerState) {
        state.detail = subject
        state.detailCursor = 0
        switch subject {
        case .footnote(let label):
            if let (block, marker) = markerLocation(label, state) {
                state.selection = .marker(block: block, label: label, offset: marker)
                state.reveal(row: state.layout.row(block: block, offset: marker))
            }
        case .claim(let id):
            select(claim: id, in: &state)
        case .section(let index):
            goToSection(index, in: &state)
        case .authority:
            break
        }
    }

    /// Goes to a search hit found outside this essay's own search (the library's), and marks the
    /// query's matches in the text so `n` and `N` step through them.
    static func open(_ target: ExplorerModel.SearchHit.Target, query: String, in state: inout ExplorerState) {
        switch target {
        case .claim(let id): show(.claim(id), in: &state)
        case .footnote(let label): show(.footnote(label), in: &state)
        case .authority(let id): show(.authority(id), in: &state)
        case .sentence(let ref, let range):
            guard let block = state.blockIndex[ref] else { break }
            state.reveal(row: state.layout.row(block: block, offset: range.lowerBound))
            if let marker = state.blocks[block].content.markers.first(where: { range.lowerBound < $0.offset && $0.offset <= range.upperBound }) {
                state.selection = .marker(block: block, label: marker.label, offset: marker.offset)
                state.detail = .footnote(marker.label)
            }
        }
        SearchInput.highlight(query, in: &state)
    }

    static func markerLocation(_ label: String, _ state: ExplorerState) -> (Int, Int)? {
        for (index, block) in state.blocks.enumerated() {
            if let marker = block.content.markers.first(where: { $0.label == label }) { return (index, marker.offset) }
        }
        return nil
    }
}

/// A point in reading order.
struct ReadingPoint: Comparable {
    var block: Int
    var offset: Int

    static func < (lhs: ReadingPoint, rhs: ReadingPoint) -> Bool {
        (lhs.block, lhs.offset) < (rhs.block, rhs.offset)
    }
}
