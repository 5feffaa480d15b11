import LowLevel
import Synchronization

extension EssayBuilder {
    /// Parses the inline text of every raw block and footnote, links markers to footnotes both
    /// ways, reports what does not add up, and resolves the citations: one named phase after another.
    mutating func finish() -> Essay {
        promoteContentsEntries()
        dropRepeatedTitleHeadings()
        dropTrailingLinkSections()
        dropSiteFooterSections()
        var inline = InlineParser(file: file, context: inlineContext)
        let titleText = escapedTitle.map { SmartDashes.apply($0) }
            ?? (titlePieces.isEmpty ? Self.fileStem(file.path) : SmartDashes.apply(inline.parse(pieces: titlePieces), file: file).text)
        var inlineDiagnostics = inline.takeDiagnostics()
        var stroke = parseInOneStroke()
        let parsedSections = assembleSections(from: &stroke, inline: &inline, diagnostics: &inlineDiagnostics)
        inlineDiagnostics += stroke.footnoteDiagnostics
        stroke.footnoteDiagnostics = []
        var positions = checkNumbering(of: stroke.footnotes)
        if !stroke.keepsPlaces { putInOrder(&stroke.footnotes, order: stroke.order, positions: &positions) }
        diagnostics.append(contentsOf: inlineDiagnostics)
        link(parsedSections, &stroke.footnotes, positions: positions)
        checkMarkersInNotes(stroke.footnotes, positions: positions)
        diagnostics.append(contentsOf: stroke.resolution.outcome.diagnostics)
        diagnostics.sort { ($0.range.start, $0.severity) < ($1.range.start, $1.severity) }

        var essay = Essay(source: file, title: titleText, titleRange: titleRange, author: author, authorNoteLabel: authorNoteLabel,
                          doi: doi, copyright: copyright, sections: parsedSections, footnotes: stroke.footnotes,
                          authorities: stroke.resolution.outcome.authorities, diagnostics: diagnostics,
                          footnoteIndex: positions.fitted(), authorityIndex: stroke.resolution.authorityPositions)
        essay.frontMatter = front.frontMatter(inline: &inline, file: file)
        // Cases a note cites by reporter alone take their name from the sentence marking it.
        MarkedSentenceCaseNames.fill(&essay)
        // A note that is only a pinpoint points into the case its marking sentence names.
        PinpointNoteCase.apply(&essay)
        if !referenceUnits.isEmpty {
            AuthorYearCitations.fill(&essay, entries: ReferenceEntries.read(units: referenceUnits, in: file.bytes))
        }
        return essay
    }

    /// What the parallel stroke made: every footnote (in the order of the file, citations
    /// resolved) and block parsed, with the diagnostics of their inline text.
    struct Stroke {
        var footnotes: [Footnote]
        var blocks: [Block]
        /// The inline diagnostics of the blocks, each with the index of its block, in block order.
        var blockDiagnostics: [(item: Int, diagnostic: Diagnostic)]
        var footnoteDiagnostics: [Diagnostic]
        /// The footnotes to keep, in the order the essay lists them (`footnoteOrder`).
        let order: [Int]
        /// Whether `order` keeps every footnote where it is.
        let keepsPlaces: Bool
        let resolution: ResolutionBox
    }

    /// Parses blocks and footnotes on every core, in one stroke, and resolves the citations.
    ///
    /// Blocks and footnotes parse independently of each other. Each footnote's citations are read
    /// at the same time, while its text is at hand; footnotes go first, as reading their citations
    /// makes them the heavier items. The order footnotes end in depends on their labels alone, so
    /// the citations are resolved in that order, footnote by footnote as the footnotes are read,
    /// while the rest still parse.
    private func parseInOneStroke() -> Stroke {
        let builder = self
        let file = file
        let context = inlineContext
        let rawBlocks = sections.flatMap(\.blocks)
        let rawFootnotes = footnotes
        let order = Self.footnoteOrder(rawFootnotes)
        let keepsPlaces = order.elementsEqual(rawFootnotes.indices)
        // Notes a PDF converter glued together get their spaces back before they are read.
        let respaced = GluedNoteText.showsGlue(rawFootnotes, in: file.bytes)
        // The running text's blocks, where a note's surname and page may find a work cited in full there.
        let bodyBlocks = rawBlocks.map { $0.kind == .list ? $0.items.flatMap(\.pieces) : $0.pieces }
        let resolution = ResolutionBox(file: file, labels: rawFootnotes.map(\.label), order: order, keepsPlaces: keepsPlaces, bodyBlocks: bodyBlocks)
        // Taken apart at once, so each array has one owner and is handed on without a copy.
        // A small essay's lists go in one chunk per core: each chunk's parser and arena cost more
        // than the balance of finer chunks wins back below `bytesWorthFreeingApart`.
        let perCore = file.bytes.count < Self.bytesWorthFreeingApart ? Parallel.coreCount : Int.max
        var (footnotesRead, blocks, footnoteChunks, blockChunks) = ParallelWork.map(rawFootnotes.count, minimumChunk: max(4, rawFootnotes.count / perCore),
                                      and: rawBlocks.count, minimumChunk: max(4, rawBlocks.count / perCore),
                                      parallel: usesEveryCore, state: { ChunkParser(file: file, context: context) }) { chunk, index in
            let footnote = chunk.parse(index) { builder.makeFootnote(rawFootnotes[index], respaced: respaced, inline: &$0) }
            // Read first, so that the footnote is moved into the result rather than copied.
            let reading = FootnoteReading(footnote.content, range: footnote.range, file: file)
            return (footnote: footnote, reading: reading)
        } _: { chunk, index in
            chunk.parse(index) { builder.makeBlock(rawBlocks[index], inline: &$0) }
        } inOrder: { read, ready in
            resolution.resolve(&read, ready)
        }
        // Moved out, not copied: a copy counts a reference for each of a footnote's strings and lists.
        var parsedFootnotes: [Footnote] = []
        parsedFootnotes.reserveCapacity(footnotesRead.count)
        let origin = SourcePosition(line: 1, column: 1)
        for index in footnotesRead.indices {
            var taken = Footnote(label: "", number: 0, content: RichText(text: ""), range: SourceRange(start: origin, end: origin))
            swap(&taken, &footnotesRead[index].footnote)
            parsedFootnotes.append(consume taken)
        }
        let footnoteDiagnostics = footnoteChunks.flatMap(\.diagnostics).map(\.diagnostic)
        let blockDiagnostics = blockChunks.flatMap(\.diagnostics)
        // In a large file what is spent is freed on another thread: freeing walks every note, and
        // nothing waits for it (`bytesWorthFreeingApart`).
        if usesEveryCore, file.bytes.count >= Self.bytesWorthFreeingApart { Discard.later((footnotesRead, footnoteChunks, blockChunks)) }
        return Stroke(footnotes: parsedFootnotes, blocks: blocks, blockDiagnostics: blockDiagnostics, footnoteDiagnostics: footnoteDiagnostics,
                      order: order, keepsPlaces: keepsPlaces, resolution: resolution)
    }

    /// Hands each section its blocks (moved out of the stroke from the back) and its parsed
    /// heading; the blocks' and headings' diagnostics go to `diagnostics` in section order.
    private func assembleSections(from stroke: inout Stroke, inline: inout InlineParser, diagnostics: inout [Diagnostic]) -> [Section] {
        // Each section's blocks moved out of the stroke from the back, then out of that list from
        // its back, so they come in order: `reverse()` copied each large block, counting references.
        var sectionBlocks = [[Block]](repeating: [], count: sections.count)
        for (index, raw) in sections.enumerated().reversed() {
            var backwards: [Block] = []
            backwards.reserveCapacity(raw.blocks.count)
            for _ in raw.blocks.indices { if let block = stroke.blocks.popLast() { backwards.append(block) } }
            var own: [Block] = []
            own.reserveCapacity(backwards.count)
            while let block = backwards.popLast() { own.append(block) }
            sectionBlocks[index] = own
        }
        var blockDiagnostics = stroke.blockDiagnostics[...]
        stroke.blockDiagnostics = []
        var parsedSections: [Section] = []
        parsedSections.reserveCapacity(sections.count)
        var nextBlock = 0
        for (index, raw) in sections.enumerated() {
            nextBlock += raw.blocks.count
            while let first = blockDiagnostics.first, first.item < nextBlock {
                diagnostics.append(first.diagnostic)
                blockDiagnostics.removeFirst()
            }
            var heading: RichText?
            var title: String?
            if raw.heading != nil {
                let rich = SmartDashes.apply(inline.parse(pieces: raw.titlePieces, notes: raw.titleNotes), file: file)
                diagnostics += inline.takeDiagnostics()
                heading = rich
                title = rich.text
            }
            let start = raw.headingLine?.lowerBound ?? raw.blocks.first?.pieces.first?.lowerBound ?? 0
            let end = blockEnd(raw.blocks.last) ?? raw.headingLine?.upperBound ?? start
            var blocks: [Block] = []
            swap(&blocks, &sectionBlocks[index])
            parsedSections.append(Section(number: raw.heading?.number, title: title, heading: heading, level: raw.level,
                                          blocks: blocks, range: file.range(ofBytes: start..<max(start, end))))
        }
        OpeningName.name(&parsedSections)
        return parsedSections
    }

    /// Reports what the footnotes' labels get wrong (a label given twice, numbers out of order or
    /// skipped, an empty note) and returns each label's position; the later of two alike is not
    /// indexed.
    private mutating func checkNumbering(of footnotes: [Footnote]) -> LabelIndex {
        var seen = LabelIndex(expectedCount: footnotes.count)
        var lastNumber = -1
        var lastNumbered = 0
        // Markdown notes may be defined in any order (a reader sees them numbered as referred to):
        // they are checked in their numbers' order, the first of two alike kept.
        let inAnyOrder = noteForm == .markdown || noteForm == .inline
        let sequence = inAnyOrder ? footnotes.indices.sorted { (footnotes[$0].number, $0) < (footnotes[$1].number, $1) } : Array(footnotes.indices)
        for index in sequence {
            let label = footnotes[index].label
            let range = footnotes[index].range
            if let first = seen.insert(label, at: index) {
                diagnostics.append(Diagnostic(.error, file: file.path, range: range,
                    message: "footnote \(label) is defined twice (first at line \(footnotes[first].range.start.line)); renumber or remove one"))
                continue
            }
            let number = footnotes[index].number
            if number != 0, number < lastNumber {
                diagnostics.append(Diagnostic(.warning, file: file.path, range: range,
                    message: "footnote \(label) comes after footnote \(lastNumber); footnotes are expected in order"))
            }
            if number > lastNumbered + 1 {
                let missing = number - 1 > lastNumbered + 1 ? "notes \(lastNumbered + 1)–\(number - 1) are" : "note \(lastNumbered + 1) is"
                let after = lastNumbered == 0 ? "is the first numbered footnote" : "follows footnote \(lastNumbered)"
                diagnostics.append(Diagnostic(.warning, file: file.path, range: range,
                    message: "footnote \(label) \(after), so \(missing) missing; check the conversion for a lost page or renumber"))
            }
            lastNumber = max(lastNumber, number)
            if number > 0 { lastNumbered = max(lastNumbered, number) }
            if footnotes[index].content.text.isEmpty {
                diagnostics.append(Diagnostic(.warning, file: file.path, range: range, message: "footnote \(label) is empty"))
            }
        }
        return seen
    }

    /// Keeps the footnotes `order` names, in its order (the later of two with one label dropped,
    /// the rest by number), and indexes them again.
    private func putInOrder(_ footnotes: inout [Footnote], order: [Int], positions: inout LabelIndex) {
        footnotes = order.map { footnotes[$0] }
        positions = LabelIndex(footnotes.map(\.label))
    }

    /// Links each body marker to its footnote and each footnote back to the sentences marking it;
    /// reports markers of footnotes never defined and footnotes never marked. `positions` gives
    /// each label's place in `footnotes`.
    private mutating func link(_ sections: [Section], _ footnotes: inout [Footnote], positions: LabelIndex) {
        var marked = [Bool](repeating: false, count: footnotes.count)
        if let label = authorNoteLabel, let index = positions[label] { marked[index] = true }
        /// Where each footnote is first marked in the body.
        var firstMark = [SourceRange?](repeating: nil, count: footnotes.count)
        for sectionIndex in sections.indices {
            for blockIndex in sections[sectionIndex].blocks.indices {
                /// Links one text's markers to its notes and to the sentences holding them, then
                /// reports its markers of notes marked before or never defined.
                ///
                /// A sentence holds the markers after the one before it up to the next sentence's
                /// start, the last one the rest (`SentenceSplitter`): so the text's one list of
                /// markers is read, and not each marked sentence's list of labels, which would be
                /// one more list to fetch from memory a note.
                func linkText(_ content: RichText, _ sentences: [Sentence], item: Int?) {
                    let markers = content.markers
                    var undefined: [Int] = []
                    var sentenceIndex = 0
                    for markerIndex in markers.indices {
                        let index = positions[markers[markerIndex].label]
                        if !sentences.isEmpty {
                            let offset = markers[markerIndex].offset
                            while sentenceIndex + 1 < sentences.count, offset > sentences[sentenceIndex + 1].textRange.lowerBound { sentenceIndex += 1 }
                            if let index {
                                marked[index] = true
                                let locator = SentenceLocator(section: sectionIndex, block: blockIndex, item: item, sentence: sentenceIndex)
                                // Most notes are marked once: their list is made at its size rather than grown.
                                if footnotes[index].citedBy.isEmpty {
                                    footnotes[index].citedBy = [locator]
                                } else if footnotes[index].citedBy.last != locator {
                                    footnotes[index].citedBy.append(locator)
                                }
                            }
                        }
                        guard let index else {
                            undefined.append(markerIndex)
                            continue
                        }
                        guard let first = firstMark[index] else {
                            firstMark[index] = markers[markerIndex].range
                            continue
                        }
                        diagnostics.append(Diagnostic(.warning, file: file.path, range: markers[markerIndex].range,
                            message: "footnote \(markers[markerIndex].label) is marked here a second time (first at \(first.start)); each footnote is marked once, so check the number"))
                    }
                    for markerIndex in undefined {
                        diagnostics.append(Diagnostic(.error, file: file.path, range: markers[markerIndex].range,
                            message: "footnote \(markers[markerIndex].label) is marked here but never defined; \(definitionHint(markers[markerIndex].label))"))
                    }
                }
                let block = sections[sectionIndex].blocks[blockIndex]
                if block.holdsItems {
                    for (itemIndex, item) in block.items.enumerated() { linkText(item.content, item.sentences, item: itemIndex) }
                } else {
                    linkText(block.content, block.sentences, item: nil)
                }
            }
        }
        // A mark glued to a heading (`VERSE 27`) marks its note, though no sentence holds it.
        for section in sections {
            for marker in section.heading?.markers ?? [] { if let index = positions[marker.label] { marked[index] = true } }
        }
        let unmarked = footnotes.indices.filter { !marked[$0] }
        let numbered = footnotes.indices.filter { footnotes[$0].label != authorNoteLabel }
        if unmarked.count >= 2, unmarked.count == numbered.count, let first = unmarked.first {
            // No note is marked at all: the conversion lost every marker, and one line says so.
            diagnostics.append(Diagnostic(.warning, file: file.path, range: footnotes[first].range,
                message: "none of the \(unmarked.count) footnotes (listed from here) is marked in the text, so no sentence leads to its note; "
                    + "the conversion dropped the note markers: convert the essay again keeping them (superscript numbers, [^N] or links to the notes)"))
            return
        }
        for index in unmarked {
            diagnostics.append(Diagnostic(.warning, file: file.path, range: footnotes[index].range,
                message: "footnote \(footnotes[index].label) is never marked in the text"))
        }
    }

    /// Reports the markers inside notes that lead nowhere: to a note never defined (an error, as
    /// in the body), or to the note that holds them (a warning: following it goes in a circle).
    /// Most notes hold no marker, so this costs one test a note.
    private mutating func checkMarkersInNotes(_ footnotes: [Footnote], positions: LabelIndex) {
        for footnote in footnotes where !footnote.content.markers.isEmpty {
            for marker in footnote.content.markers {
                if positions[marker.label] == nil {
                    diagnostics.append(Diagnostic(.error, file: file.path, range: marker.range,
                        message: "footnote \(marker.label) is marked here, in note \(footnote.label), but never defined; \(definitionHint(marker.label))"))
                } else if marker.label == footnote.label {
                    diagnostics.append(Diagnostic(.warning, file: file.path, range: marker.range,
                        message: "note \(footnote.label) marks itself here, so the marker leads back to the same note; remove it, or write \"supra note N\" for another note"))
                }
            }
        }
    }

    /// How to define a missing note, in the form the essay's notes take.
    private func definitionHint(_ label: String) -> String {
        switch noteForm {
        case .markdown, .inline: "add a definition \"[^\(label)]: ...\" (or an inline note ^[...])"
        case .endnotes: "add \"\(label). ...\" to the list of notes"
        case .pageFeet: "add \"\(label) ...\" at the foot of the page that marks it"
        case .pageBlocks, .quoted, nil: "add \"\(label). ...\" to a footnote block after a --- line"
        }
    }

    /// The raw footnotes to keep, in the order the essay lists them: the later of two with one
    /// label goes, and when the numbers are out of order, the author's note (numbered 0) goes
    /// first and the rest follow their numbers.
    static func footnoteOrder(_ footnotes: [RawFootnote]) -> [Int] {
        if risesPlainly(footnotes) { return Array(footnotes.indices) }
        var seen = Set<String>()
        seen.reserveCapacity(footnotes.count)
        var kept: [(index: Int, number: Int)] = []
        kept.reserveCapacity(footnotes.count)
        for (index, footnote) in footnotes.enumerated() where seen.insert(footnote.label).inserted {
            kept.append((index, footnote.number))
        }
        if kept.indices.dropFirst().contains(where: { kept[$0 - 1].number > kept[$0].number }) {
            kept.sort { ($0.number, $0.index) < ($1.number, $1.index) }
        }
        return kept.map(\.index)
    }

    /// Whether the labels are plain numbers that rise, after at most one leading note numbered 0
    /// (`*`, `†`): then no two are alike and they are in order, as in most essays.
    private static func risesPlainly(_ footnotes: [RawFootnote]) -> Bool {
        var previous = 0
        // Read in place: a copy of each note would count references to its label and pieces.
        for index in footnotes.indices {
            if let number = LabelIndex.plainNumber(footnotes[index].label), number > previous {
                previous = number
            } else if index > 0 || footnotes[index].number != 0 {
                return false
            }
        }
        return true
    }

    /// A footnote with its text, sentences and range; its citations come later.
    private func makeFootnote(_ raw: RawFootnote, respaced: Bool, inline: inout InlineParser) -> Footnote {
        let parsed = inline.parse(pieces: raw.pieces)
        let content = respaced ? GluedNoteText.respaced(parsed) : parsed
        // The note's farthest piece: a note printed after the next one has its rest before its number.
        var end = raw.labelRange.upperBound
        for piece in raw.pieces where piece.upperBound > end { end = piece.upperBound }
        return Footnote(label: raw.label, number: raw.number, content: content,
                        sentences: SentenceSplitter.split(content, file: file), range: file.range(ofBytes: raw.labelRange.lowerBound..<end))
    }

    /// An inline parser for one chunk of blocks or footnotes, keeping each item's diagnostics.
    struct ChunkParser: Sendable {
        var inline: InlineParser
        /// What the inline markup got wrong, with the index of the item it is in, in item order.
        var diagnostics: [(item: Int, diagnostic: Diagnostic)] = []

        init(file: SourceFile, context: InlineContext) {
            inline = InlineParser(file: file, context: context)
        }

        /// The result of `parse` for item `item`, noting the diagnostics it gave.
        mutating func parse<Result>(_ item: Int, _ parse: (inout InlineParser) -> Result) -> Result {
            let result = parse(&inline)
            for diagnostic in inline.takeDiagnostics() { diagnostics.append((item, diagnostic)) }
            return result
        }
    }

    private func makeBlock(_ raw: RawBlock, inline: inout InlineParser) -> Block {
        let start = raw.pieces.first?.lowerBound ?? 0
        let end = blockEnd(raw) ?? start
        let range = file.range(ofBytes: start..<max(start, end))
        if raw.kind == .list {
            var items: [ListItem] = []
            for rawItem in raw.items {
                let content = inline.parse(pieces: rawItem.pieces, notes: raw.notes)
                let label = rawItem.label.map { String(decoding: file.bytes[$0], as: UTF8.self) } ?? ""
                let itemStart = rawItem.label?.lowerBound ?? rawItem.pieces.first?.lowerBound ?? start
                let itemEnd = rawItem.pieces.last?.upperBound ?? itemStart
                items.append(ListItem(label: label, content: content, sentences: SentenceSplitter.split(content, file: file),
                                      range: file.range(ofBytes: itemStart..<itemEnd)))
            }
            let joined = RichText(text: items.map(\.content.text).joined(separator: " "))
            let pieces = raw.items.flatMap(\.pieces)
            return Block(kind: .list, content: joined, items: items, sentences: [], range: range, pieces: pieces)
        }
        if raw.kind == .table { return makeTable(raw, range: range, inline: &inline) }
        let content = inline.parse(pieces: raw.pieces, notes: raw.notes)
        return Block(kind: raw.kind, content: content, sentences: SentenceSplitter.split(content, file: file),
                     range: range, pieces: raw.pieces)
    }

    /// A table block: each row an item whose text is its cells, each parsed alone (so no cell runs
    /// into the next, as a hyphen at a line's end would), joined by a space.
    private func makeTable(_ raw: RawBlock, range: SourceRange, inline: inout InlineParser) -> Block {
        var items: [ListItem] = []
        var cells: [[Range<Int>]] = []
        for rawRow in raw.items {
            var row = RichText(text: "")
            var ranges: [Range<Int>] = []
            for cell in rawRow.pieces {
                if !ranges.isEmpty { row.text += " " }
                let start = row.text.utf8.count
                if !cell.isEmpty { Self.append(inline.parse(pieces: [cell]), to: &row) }
                ranges.append(start..<row.text.utf8.count)
            }
            let rowStart = rawRow.pieces.first?.lowerBound ?? raw.pieces.first?.lowerBound ?? 0
            let rowEnd = rawRow.pieces.last?.upperBound ?? rowStart
            items.append(ListItem(label: "", content: row, sentences: SentenceSplitter.split(row, file: file),
                                  range: file.range(ofBytes: rowStart..<max(rowStart, rowEnd))))
            cells.append(ranges)
        }
        let joined = RichText(text: items.map(\.content.text).joined(separator: " "))
        return Block(kind: .table, content: joined, items: items, table: TableCells(rows: cells, headerRows: 1), sentences: [],
                     range: range, pieces: raw.pieces)
    }

    /// Appends `part` to `text`: its spans, markers and source map moved past what `text` holds.
    private static func append(_ part: RichText, to text: inout RichText) {
        let shift = text.text.utf8.count
        text.text += part.text
        text.spans += part.spans.map { RichText.Span(range: ($0.range.lowerBound + shift)..<($0.range.upperBound + shift), style: $0.style) }
        text.markers += part.markers.map { RichText.Marker(label: $0.label, offset: $0.offset + shift, range: $0.range) }
        text.sourceMap += part.sourceMap.map { SourceMapRun(textOffset: $0.textOffset + shift, sourceOffset: $0.sourceOffset) }
    }

    /// A footnote label's number: 0 for `*` and `†`, else its leading digits (0 when none).
    static func number(ofLabel label: String) -> Int {
        if let plain = LabelIndex.plainNumber(label) { return plain }
        if label == "*" || label == "†" { return 0 }
        var number = 0
        var digits = 0
        for byte in label.utf8 {
            // Beyond ASCII, other characters count as numbers too: leave those labels to `Int`.
            guard byte < 0x80 else { return Int(label.prefix { $0.isNumber }) ?? 0 }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { break }
            let (times, overflow) = number.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            // `Int` gives nil for a number too large, and the label then counts as 0.
            guard !overflow, !carry else { return 0 }
            number = sum
            digits += 1
        }
        return digits > 0 ? number : 0
    }

    private func blockEnd(_ raw: RawBlock?) -> Int? {
        guard let raw else { return nil }
        if raw.kind == .list { return raw.items.last?.pieces.last?.upperBound ?? raw.pieces.last?.upperBound }
        return raw.pieces.last?.upperBound
    }

    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { return String(name[..<dot]) }
        return name
    }
}

/// The essay's citations, resolved in footnote order by whichever thread hands the read footnotes
/// over: changed by one thread at a time inside the parallel stroke, and read only after it.
final class ResolutionBox: Sendable {
    private struct State {
        /// The run, until the last footnote is resolved; then it goes, with all its tables.
        var run: ResolutionRun?
        var outcome: (authorities: [Authority], diagnostics: [Diagnostic]) = ([], [])
        var authorityPositions: [String: Int] = [:]
    }

    private let state: Mutex<State>
    private let labels: [String]
    /// The footnote resolved at each position: `EssayBuilder.footnoteOrder`.
    private let order: [Int]
    /// Whether `order` keeps every footnote in its place, so that footnotes resolve as they come.
    private let keepsPlaces: Bool

    /// What the run found, once the last footnote is resolved.
    var outcome: (authorities: [Authority], diagnostics: [Diagnostic]) { state.withLock { $0.outcome } }
    /// The authorities' positions by id, once the last footnote is resolved.
    var authorityPositions: [String: Int] { state.withLock { $0.authorityPositions } }

    /// A box for the footnotes labelled `labels`, to be resolved in `order`; `bodyBlocks` are the
    /// pieces of the running text's blocks.
    init(file: SourceFile, labels: [String], order: [Int], keepsPlaces: Bool, bodyBlocks: [[Range<Int>]] = []) {
        state = Mutex(State(run: ResolutionRun(file: file, labels: order.map { labels[$0] }, bodyBlocks: bodyBlocks)))
        self.labels = labels
        self.order = order
        self.keepsPlaces = keepsPlaces
    }

    /// Resolves what the footnotes read so far (`read`, from the first to the end of `ready`) let
    /// be resolved: those in `ready`, when the footnotes keep their places, or else all, once the
    /// last is read. Each footnote resolved gets its citations and segments, and its reading is freed.
    func resolve(_ read: inout MutableSpan<(footnote: Footnote, reading: FootnoteReading)>, _ ready: Range<Int>) {
        let isLast = ready.upperBound == labels.count
        guard keepsPlaces || isLast else { return }
        state.withLock { state in
            for position in keepsPlaces ? ready : order.indices {
                let index = order[position]
                // Taken out of the results, so that the run moves its clauses instead of copying them.
                var reading = FootnoteReading()
                swap(&reading, &read[index].reading)
                read[index].footnote.citations = state.run?.resolve(labels[index], at: position, reading: &reading) ?? []
                swap(&read[index].footnote.segments, &reading.segments)
            }
            // Dropped footnotes (a label given twice) are read too, and their readings go as well.
            if !keepsPlaces { for index in 0..<read.count { read[index].reading = FootnoteReading() } }
            if isLast, var finished = state.run.take() {
                // `Roe, infra note 40`: resolved now that the later notes are read.
                for forward in finished.resolveForwardReferences() {
                    read[order[forward.position]].footnote.citations[forward.citation].authorityID = forward.authorityID
                }
                state.outcome = finished.takeOutcome()
                state.authorityPositions = finished.authorityPositions
            }
        }
    }
}
