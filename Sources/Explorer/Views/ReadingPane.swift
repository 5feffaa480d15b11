import ArgumentGraph

/// Draws the essay, reflowed, with claims marked by kind, markers selectable, matches highlighted.
enum ReadingPane {
    static func render(_ state: ExplorerState, theme: Theme, into grid: inout Grid) {
        let pane = state.screen.reading
        guard pane.height > 1 else { return }
        let section = state.model.essay.sections.indices.contains(state.currentSection)
            ? state.model.essay.sections[state.currentSection].displayTitle : ""
        PaneChrome.header(section, rect: pane, focused: state.focus == .reading, theme: theme, into: &grid)
        let content = state.readingContent
        let layout = state.layout
        let matches = Highlights(state)
        for line in 0..<content.height {
            let rowIndex = state.top + line
            guard layout.rows.indices.contains(rowIndex) else { break }
            let y = content.y + line
            let limit = content.x + content.width
            for piece in layout.rows[rowIndex].pieces {
                switch piece {
                case .decoration(let text, let column):
                    grid.put(text, x: content.x + column, y: y, style: theme.border, limit: limit)
                case .marker(let block, let label, let offset, let column):
                    var style = theme.marker
                    if state.selection == .marker(block: block, label: label, offset: offset) { style = style.merged(with: theme.selection) }
                    grid.put(ReadingLayout.superscript(label), x: content.x + column, y: y, style: style, limit: limit)
                case .text(let block, let range, let column):
                    drawText(state, theme: theme, matches: matches, block: block, range: range, x: content.x + column, y: y, limit: limit, into: &grid)
                }
            }
        }
    }

    /// The matched words of the search in the blocks on the screen, found by reading only the
    /// text shown: the search names whole sentences, the screen needs words.
    struct Highlights {
        var spans: [Int: [Range<Int>]] = [:]
        /// The text range of the match the reader is on, in its block.
        var current: (block: Int, range: Range<Int>)?

        init(_ state: ExplorerState) {
            guard state.search.highlights, let found = state.search.found, found.count > 0 else { return }
            var shown: [Int: Range<Int>] = [:]
            for row in state.visibleRange {
                for piece in state.layout.rows[row].pieces {
                    guard case .text(let block, let range, _) = piece, state.blocks[block].ref != nil else { continue }
                    let known = shown[block]
                    shown[block] = min(known?.lowerBound ?? range.lowerBound, range.lowerBound)..<max(known?.upperBound ?? range.upperBound, range.upperBound)
                }
            }
            for (block, range) in shown {
                let text = state.blocks[block].content.text
                let utf8 = text.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
                let part = String(text[start..<end])
                spans[block] = found.matches.spans(in: part).map { ($0.start + range.lowerBound)..<($0.end + range.lowerBound) }
            }
            if let index = state.search.current, let target = found.target(index) {
                switch target {
                case .sentence(let ref, let range):
                    if let block = state.text.blockIndex[ref] { current = (block, range) }
                case .claim(let id):
                    if let claim = state.model.claim(id), let block = state.text.blockIndex[claim.block] { current = (block, claim.textRange) }
                case .footnote, .authority:
                    break
                }
            }
        }
    }

    static func baseStyle(_ kind: ReadingBlock.Kind, theme: Theme) -> CellStyle {
        switch kind {
        case .title: theme.style(.title)
        case .byline: theme.style(.byline)
        case .heading: theme.style(.heading)
        case .frontLabel: theme.style(.label)
        case .tableRow(let shape) where shape.isHeader: theme.style(.heading)
        default: .plain
        }
    }

    static func drawText(_ state: ExplorerState, theme: Theme, matches: Highlights, block: Int, range: Range<Int>, x: Int, y: Int, limit: Int,
                         into grid: inout Grid) {
        let readingBlock = state.blocks[block]
        let rich = readingBlock.content
        let base = baseStyle(readingBlock.kind, theme: theme)
        let claims = (state.claimsByBlock[block] ?? []).filter { $0.textRange.overlaps(range) }
        let spans = rich.spans.filter { $0.range.overlaps(range) }
        let found = (matches.spans[block] ?? []).filter { $0.overlaps(range) }
        let filter = state.filter
        var sentence: Range<Int>?
        if case .sentence(let locator)? = state.selection, let place = Navigation.sentenceRange(locator, state), place.block == block {
            sentence = place.range
        }
        if let span = Annotating.span(state) { sentence = span.block == block ? span.range : nil }
        var column = x
        var offset = range.lowerBound
        for character in rich.substring(range) {
            var style = base
            for span in spans where span.range.contains(offset) {
                switch span.style {
                case .emphasis: style = style.merged(with: theme.emphasis)
                case .link: style = style.merged(with: theme.style(.link))
                }
            }
            for claim in claims where claim.textRange.contains(offset) {
                if claim.isAnnotated { style = style.merged(with: theme.style(.kind(claim.kind))) }
                // A suggested claim is marked, not coloured as if a reader had read it so.
                if claim.isSuggested { style = style.merged(with: theme.suggested) }
                if filter.isActive {
                    if filter.matches(claim) {
                        style = style.merged(with: CellStyle(bold: true, underline: true))
                    } else if claim.isClaim {
                        style = CellStyle(dim: true)
                    }
                }
                if state.selection == .claim(claim.id) { style = style.merged(with: theme.selection) }
            }
            if let sentence, sentence.contains(offset) { style = style.merged(with: theme.selection) }
            for match in found where match.contains(offset) {
                let isCurrent = matches.current.map { $0.block == block && $0.range.contains(offset) } ?? false
                style = isCurrent ? theme.currentMatch : style.merged(with: theme.match)
            }
            column = grid.put(String(character), x: column, y: y, style: style, limit: limit)
            offset += character.utf8.count
        }
    }
}
