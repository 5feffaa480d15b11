import ArgumentGraph
import EssayKit

/// Moving between sections, claims and markers, and following what is selected.
///
/// Stepping starts from what is on the screen: from the selection when it is in sight, else from
/// the top of the pane (forward) or its bottom (back), so a scroll is never undone by `l`.
enum Navigation {
    static func section(step: Int, in state: inout ExplorerState) {
        let target = state.currentSection + step
        guard state.model.essay.sections.indices.contains(target) else {
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
        state.reading.chosenSection = (index, state.top)
        state.outline.cursor = state.outline.entry(ofSection: index) ?? state.outline.cursor
    }

    // MARK: - Where things are

    /// The reading point of a body point.
    static func point(_ point: TextPoint, _ state: ExplorerState) -> ReadingPoint? {
        state.text.point(point)
    }

    /// Where a selectable starts in reading order.
    static func point(of item: Selectable, _ state: ExplorerState) -> ReadingPoint? {
        switch item {
        case .marker(let block, _, let offset): ReadingPoint(block: block, offset: offset)
        case .claim(let id): state.model.claim(id).flatMap { point($0.start, state) }
        case .sentence(let locator): sentenceRange(locator, state).map { ReadingPoint(block: $0.block, offset: $0.range.lowerBound) }
        }
    }

    /// The reading block and text range of the sentence at `locator`.
    static func sentenceRange(_ locator: SentenceLocator, _ state: ExplorerState) -> (block: Int, range: Range<Int>)? {
        guard let block = state.text.blockIndex[ReadingBlockRef(locator)], let sentence = state.model.essay.sentence(at: locator) else { return nil }
        return (block, sentence.textRange)
    }

    /// Whether `item` shows in the reading pane now.
    static func isVisible(_ item: Selectable, _ state: ExplorerState) -> Bool {
        let range = state.visibleRange
        switch item {
        case .marker(let block, _, let offset):
            return range.contains(state.layout.row(block: block, offset: offset))
        case .claim(let id):
            guard let claim = state.model.claim(id), let block = state.text.blockIndex[claim.block] else { return false }
            let first = state.layout.row(block: block, offset: claim.textRange.lowerBound)
            let last = state.layout.row(block: block, offset: max(claim.textRange.lowerBound, claim.textRange.upperBound - 1))
            return first < range.upperBound && last >= range.lowerBound
        case .sentence(let locator):
            guard let place = sentenceRange(locator, state) else { return false }
            let first = state.layout.row(block: place.block, offset: place.range.lowerBound)
            let last = state.layout.row(block: place.block, offset: max(place.range.lowerBound, place.range.upperBound - 1))
            return first < range.upperBound && last >= range.lowerBound
        }
    }

    // MARK: - Claims: { and }

    /// Whether `{` and `}` stop at `claim`: an annotated claim the factor lens keeps.
    static func isSteppable(_ claim: ExplorerModel.Claim, _ state: ExplorerState) -> Bool {
        claim.isClaim && state.filter.matches(claim)
    }

    static func claim(step: Int, in state: inout ExplorerState) {
        let claims = state.model.claims
        guard claims.contains(where: { isSteppable($0, state) }) else {
            state.message = state.filter.isActive ? "no claims on this lens" : "this essay has no annotated claims"
            return
        }
        let (from, strict) = start(step: step, state)
        // The claims are in reading order: halve to the first at or after `from`, then walk.
        func reading(_ index: Int) -> ReadingPoint { point(claims[index].start, state) ?? ReadingPoint(block: 0, offset: 0) }
        var lower = 0
        var upper = claims.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if reading(middle) < from { lower = middle + 1 } else { upper = middle }
        }
        var found: Int?
        if step > 0 {
            var index = lower
            while index < claims.count {
                if isSteppable(claims[index], state), !(strict && reading(index) == from) { found = index; break }
                index += 1
            }
        } else {
            var index = lower - 1
            // Not strict: a claim starting exactly at the bottom point counts too.
            if !strict { while index + 1 < claims.count, reading(index + 1) <= from { index += 1 } }
            while index >= 0 {
                if isSteppable(claims[index], state) { found = index; break }
                index -= 1
            }
        }
        var wrapped = false
        if found == nil {
            wrapped = true
            found = step > 0 ? claims.firstIndex { isSteppable($0, state) } : claims.lastIndex { isSteppable($0, state) }
        }
        guard let found else { return }
        select(claim: claims[found].id, in: &state)
        if wrapped { state.message = step > 0 ? "past the last claim: back to the first" : "before the first claim: on to the last" }
    }

    /// Where a step starts: the selection when it is on the screen, else the top of the pane (going
    /// forward) or its bottom (going back); `strict` when the start itself is not to be chosen.
    static func start(step: Int, _ state: ExplorerState) -> (point: ReadingPoint, strict: Bool) {
        if let selection = state.selection, isVisible(selection, state), let here = point(of: selection, state) {
            return (here, true)
        }
        let visible = state.visiblePoints
        return step > 0 ? (visible.first, false) : (visible.last, false)
    }

    static func select(claim id: String, in state: inout ExplorerState) {
        guard let claim = state.model.claim(id), let block = state.text.blockIndex[claim.block] else { return }
        state.selection = .claim(id)
        state.detail = DetailState(subject: .claim(id))
        state.reveal(row: state.layout.row(block: block, offset: claim.textRange.lowerBound))
        if let entry = state.outline.entry(ofClaim: id) { state.outline.cursor = entry }
    }

    // MARK: - Markers and claims: l and h

    /// The selectables of reading block `block`, in order: markers and the annotated claims the lens keeps.
    static func items(inBlock block: Int, _ state: ExplorerState) -> [(offset: Int, item: Selectable)] {
        var items: [(offset: Int, rank: Int, item: Selectable)] = []
        for marker in state.blocks[block].content.markers {
            items.append((marker.offset, 0, .marker(block: block, label: marker.label, offset: marker.offset)))
        }
        for claim in state.claimsByBlock[block] ?? [] where isSteppable(claim, state) {
            items.append((claim.textRange.lowerBound, 1, .claim(claim.id)))
        }
        items.sort { ($0.offset, $0.rank) < ($1.offset, $1.rank) }
        return items.map { ($0.offset, $0.item) }
    }

    static func item(step: Int, in state: inout ExplorerState) {
        let (from, strict) = start(step: step, state)
        let blocks = state.blocks.count
        guard blocks > 0 else { return }
        var chosen: Selectable?
        // Walk block by block from the start: only the blocks between here and the next item are read.
        var block = from.block
        var visited = 0
        var wrapped = false
        while visited <= blocks, chosen == nil {
            let items = items(inBlock: block, state)
            if block == from.block && visited == 0 {
                if step > 0 {
                    let position = strict ? (state.selection.flatMap { current in items.firstIndex { $0.item == current } }.map { $0 + 1 }
                        ?? items.firstIndex { $0.offset > from.offset }) : items.firstIndex { $0.offset >= from.offset }
                    if let position, position < items.count { chosen = items[position].item }
                } else {
                    let position = strict ? (state.selection.flatMap { current in items.firstIndex { $0.item == current } }.map { $0 - 1 }
                        ?? items.lastIndex { $0.offset < from.offset }) : items.lastIndex { $0.offset <= from.offset }
                    if let position, position >= 0 { chosen = items[position].item }
                }
            } else if !items.isEmpty {
                chosen = step > 0 ? items.first?.item : items.last?.item
            }
            if chosen != nil { break }
            block += step > 0 ? 1 : -1
            if block >= blocks || block < 0 {
                wrapped = true
                block = block < 0 ? blocks - 1 : 0
            }
            visited += 1
        }
        guard let chosen else {
            state.message = "this essay has no footnote markers or claims"
            return
        }
        select(chosen, in: &state)
        if wrapped { state.message = step > 0 ? "past the end: back to the first marker" : "before the start: on to the last marker" }
    }

    static func select(_ item: Selectable, in state: inout ExplorerState) {
        switch item {
        case .claim(let id): select(claim: id, in: &state)
        case .sentence(let locator): select(sentence: locator, in: &state)
        case .marker(let block, let label, let offset):
            state.selection = item
            state.detail = DetailState(subject: .footnote(label))
            state.reveal(row: state.layout.row(block: block, offset: offset))
        }
    }

    static func selectedClaim(_ state: ExplorerState) -> String? {
        if case .claim(let id)? = state.selection { return id }
        if case .claim(let id)? = state.detail.subject { return id }
        let outline = state.outline
        if state.focus == .outline, outline.entries.indices.contains(outline.cursor), case .claim(let id) = outline.entries[outline.cursor].kind { return id }
        return nil
    }

    // MARK: - Sentences: ( and )

    /// The sentences of reading block `block`, with their locators, in order.
    static func sentences(inBlock block: Int, _ state: ExplorerState) -> [(locator: SentenceLocator, range: Range<Int>)] {
        guard let ref = state.blocks[block].ref, state.model.essay.sections.indices.contains(ref.section),
              state.model.essay.sections[ref.section].blocks.indices.contains(ref.block) else { return [] }
        let body = state.model.essay.sections[ref.section].blocks[ref.block]
        let sentences: [Sentence]
        if let item = ref.item {
            guard body.items.indices.contains(item) else { return [] }
            sentences = body.items[item].sentences
        } else {
            sentences = body.sentences
        }
        return sentences.enumerated().map { index, sentence in
            (SentenceLocator(section: ref.section, block: ref.block, item: ref.item, sentence: index), sentence.textRange)
        }
    }

    /// `)` and `(`: selects the next or previous sentence, from the selection when it is on the
    /// screen, else from the screen; a block at a time from there.
    static func sentence(step: Int, in state: inout ExplorerState) {
        let (from, strict) = start(step: step, state)
        let blocks = state.blocks.count
        var block = from.block
        var chosen: SentenceLocator?
        while block >= 0, block < blocks, chosen == nil {
            let sentences = sentences(inBlock: block, state)
            if block == from.block {
                if step > 0 {
                    chosen = sentences.first { strict ? $0.range.lowerBound > from.offset : $0.range.lowerBound >= from.offset }?.locator
                        ?? (strict ? nil : sentences.first { $0.range.upperBound > from.offset }?.locator)
                } else {
                    chosen = sentences.last { strict ? $0.range.lowerBound < from.offset : $0.range.lowerBound <= from.offset }?.locator
                }
            } else {
                chosen = step > 0 ? sentences.first?.locator : sentences.last?.locator
            }
            block += step > 0 ? 1 : -1
        }
        guard let chosen else {
            state.message = step > 0 ? "this is the last sentence" : "this is the first sentence"
            return
        }
        select(sentence: chosen, in: &state)
    }

    static func select(sentence locator: SentenceLocator, in state: inout ExplorerState) {
        guard let place = sentenceRange(locator, state) else { return }
        state.selection = .sentence(locator)
        state.detail = DetailState(subject: .sentence(locator))
        state.reveal(row: state.layout.row(block: place.block, offset: place.range.lowerBound))
    }

    // MARK: - Following

    /// The detail pane's rows at its current width.
    static func detailLayout(_ state: ExplorerState) -> DetailLayout {
        DetailLayout(DetailContent.document(for: state.detail.subject, state: state), width: max(1, state.screen.detail.width - 2))
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
            case .marker(_, let label, _): state.detail = DetailState(subject: .footnote(label))
            case .claim(let id): state.detail = DetailState(subject: .claim(id))
            case .sentence(let locator): state.detail = DetailState(subject: .sentence(locator))
            }
            state.focus = .detail
            state.relayout()
            state.jumps.push(from: from, to: state.location)
        case .outline:
            let outline = state.outline
            guard outline.entries.indices.contains(outline.cursor) else { return }
            let from = state.location
            switch outline.entries[outline.cursor].kind {
            case .section(let index):
                goToSection(index, in: &state)
                state.detail = DetailState(subject: .section(index))
            case .claim(let id):
                select(claim: id, in: &state)
            }
            state.focus = .reading
            state.relayout()
            state.jumps.push(from: from, to: state.location)
        case .detail:
            guard let target = detailLayout(state).target(state.detail.cursor) else {
                state.message = "nothing here to follow"
                return
            }
            go(to: target, in: &state)
        }
    }

    /// Goes to a target, recording the jump from `from` (the current location when nil); closes the overlays.
    static func go(to target: DetailTarget, from: Location? = nil, in state: inout ExplorerState) {
        let from = from ?? state.location
        state.overlays.removeAll()
        switch target {
        case .subject(let subject): show(subject, in: &state)
        case .sentence(let locator):
            if let block = state.text.blockIndex[ReadingBlockRef(locator)], let sentence = state.model.essay.sentence(at: locator) {
                state.reveal(row: state.layout.row(block: block, offset: sentence.textRange.lowerBound))
                if let marker = state.blocks[block].content.markers.first(where: { sentence.textRange.lowerBound < $0.offset && $0.offset <= sentence.textRange.upperBound }) {
                    state.selection = .marker(block: block, label: marker.label, offset: marker.offset)
                }
            }
            state.focus = .reading
            state.relayout()
        case .match(let index):
            SearchInput.land(on: index, in: &state)
        case .cell: return
        }
        state.jumps.push(from: from, to: state.location)
    }

    /// Shows `subject` in the detail pane and brings the reading pane to where it is marked.
    static func show(_ subject: DetailSubject, in state: inout ExplorerState) {
        state.detail = DetailState(subject: subject)
        switch subject {
        case .footnote(let label):
            if let marker = markerLocation(label, state) {
                state.selection = .marker(block: marker.block, label: label, offset: marker.offset)
                state.reveal(row: state.layout.row(block: marker.block, offset: marker.offset))
            }
        case .claim(let id):
            select(claim: id, in: &state)
        case .section(let index):
            goToSection(index, in: &state)
        case .sentence(let locator):
            select(sentence: locator, in: &state)
        case .authority:
            break
        }
    }

    /// Goes to a search hit found outside this essay's own search (the library's), and marks the
    /// query's matches in the text so `n` and `N` step through them.
    static func open(_ target: SearchTarget, query: String, in state: inout ExplorerState) {
        switch target {
        case .claim(let id): show(.claim(id), in: &state)
        case .footnote(let label): show(.footnote(label), in: &state)
        case .authority(let id): show(.authority(id), in: &state)
        case .sentence(let ref, let range):
            guard let block = state.text.blockIndex[ref] else { break }
            state.reveal(row: state.layout.row(block: block, offset: range.lowerBound))
            if let marker = state.blocks[block].content.markers.first(where: { range.lowerBound < $0.offset && $0.offset <= range.upperBound }) {
                state.selection = .marker(block: block, label: marker.label, offset: marker.offset)
                state.detail = DetailState(subject: .footnote(marker.label))
            }
        }
        SearchInput.highlight(query, in: &state)
    }

    /// The first marker of note `label`, found from the sentence that first marks it.
    static func markerLocation(_ label: String, _ state: ExplorerState) -> ReadingPoint? {
        let essay = state.model.essay
        if let locator = essay.footnote(label)?.citedBy.first, let point = EssaySearch.markerPoint(label, in: locator, essay),
           let reading = state.text.point(point),
           state.blocks[reading.block].content.markers.contains(where: { $0.label == label && $0.offset == reading.offset }) {
            return reading
        }
        // A marker outside the body's sentences (the byline's `*`): look through the blocks.
        for (index, block) in state.blocks.enumerated() {
            if let marker = block.content.markers.first(where: { $0.label == label }) { return ReadingPoint(block: index, offset: marker.offset) }
        }
        return nil
    }
}
