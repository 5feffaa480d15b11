/// The scan's rules for notes in their every form, and for the furniture around them, each a
/// method the scan asks in turn; and the phases that follow the scan (inline notes found, Markdown
/// notes numbered as a reader sees them, hyphens weighed).
extension EssayBuilder {
    // MARK: Furniture

    /// Takes out of a unit the lines a PDF prints on every page that are no part of the essay:
    /// a repository's footer, a galley slug.
    mutating func dropFurnitureLines(_ unit: inout [Range<Int>]) {
        let bytes = file.bytes
        guard unit.contains(where: { $0.count <= 240 && LineRules.isPrintedFurniture(bytes[$0]) }) else { return }
        unit.removeAll { $0.count <= 240 && LineRules.isPrintedFurniture(bytes[$0]) }
    }

    /// Whether every line of a unit is page furniture: a page number, a running head in capitals,
    /// one marked by a `YEAR]` or a `[Vol. N:N` in any case, or one the essay prints more than once.
    func isFurniture(_ unit: [Range<Int>]) -> Bool {
        unit.allSatisfy { line in
            // Furniture is short: a paragraph's line is not looked into.
            guard line.count <= 480 else { return false }
            let bytes = file.bytes[line]
            return LineRules.isPageNumber(bytes) || LineRules.isRunningHead(bytes) || LineRules.isMarkedRunningHead(bytes)
                || (unit.count == 1 && repeatedHeads.contains(line: bytes))
        }
    }

    // MARK: Notes

    /// A Markdown note definition (`[^12]: text`, lines that open another in the same unit starting
    /// it), or, right after one, an indented paragraph that goes on with it.
    mutating func takeDefinitions(_ unit: inout [Range<Int>]) -> Bool {
        let first = file.bytes[unit[0]]
        guard let start = LineRules.definitionStart(first) else {
            if region == .definition, LineRules.isIndented(first), !footnotes.isEmpty {
                footnotes[footnotes.count - 1].pieces.append(contentsOf: unit)
                return true
            }
            if region == .definition { region = .body }
            return false
        }
        addNotes(from: &unit, start: start, form: .markdown)
        region = .definition
        return true
    }

    /// In a footnote block or a list of notes: a note's start (with any that follow on lines of
    /// their own), or a unit that goes on with the note before it.
    mutating func takeNoteBlockUnit(_ unit: inout [Range<Int>]) -> Bool {
        guard region == .footnoteBlock || region == .endnotes else { return false }
        defer { unitsSinceBreak += 1 }
        let first = file.bytes[unit[0]]
        if let start = LineRules.noteStart(first, webForms: region == .endnotes) {
            addNotes(from: &unit, start: start, form: region == .endnotes ? .endnotes : .pageBlocks)
            return true
        }
        guard continuesLastNote(unit) else { return false }
        footnotes[footnotes.count - 1].pieces.append(contentsOf: unit)
        return true
    }

    /// Whether a unit in a run of notes that starts no note goes on with the last note: a note's
    /// second paragraph, or the tail of a note a page break cut.
    ///
    /// - Another note follows it, the one numbered after the last: it lies between two notes.
    /// - In a list of notes, it is indented under the last.
    /// - It opens a footnote block in lower case, after a page whose body text ended its sentence:
    ///   no body text goes on so, so it is the rest of the last note.
    private func continuesLastNote(_ unit: [Range<Int>]) -> Bool {
        guard let last = footnotes.last else { return false }
        let first = file.bytes[unit[0]]
        if region == .endnotes, LineRules.isIndented(first) { return true }
        if let next = nextNoteStart(), EssayBuilder.number(ofLabel: next.label) == last.number + 1 { return true }
        if region == .footnoteBlock, unitsSinceBreak == 0, startsWithLowercase(unit[0]), lastBodyEndsSentence {
            return true
        }
        return false
    }

    /// The note the next unit starts, past any page furniture, if it starts one.
    private func nextNoteStart() -> LineRules.NoteStart? {
        for unit in pending.reversed().prefix(4) {
            guard let line = unit.first else { continue }
            if isFurniture(unit) { continue }
            return LineRules.noteStart(file.bytes[line], webForms: region == .endnotes)
        }
        return nil
    }

    /// Whether the last body block ends a sentence (or there is none).
    private var lastBodyEndsSentence: Bool {
        guard let block = sections.last?.blocks.last else { return true }
        return ending(of: block.kind == .list ? (block.items.last?.pieces ?? block.pieces) : block.pieces) == .complete
    }

    /// Adds the notes a unit holds: the one `start` opens on its first line, and one for each later
    /// line that opens the note numbered next (or any Markdown definition); other lines go on with
    /// the note before them.
    private mutating func addNotes(from unit: inout [Range<Int>], start: LineRules.NoteStart, form: NoteForm) {
        if noteForm == nil { noteForm = form }
        let added = footnotes.count
        defer { if form == .markdown { markdownDefinitions.append(contentsOf: added..<footnotes.count) } }
        let webForms = form == .endnotes
        let firstLine = unit[0]
        if unit.count == 1 {
            var pieces: [Range<Int>] = []
            swap(&pieces, &unit)
            pieces[0] = start.textStart..<firstLine.upperBound
            footnotes.append(RawFootnote(label: start.label, pieces: pieces, labelRange: firstLine.lowerBound..<start.textStart))
            return
        }
        var current = RawFootnote(label: start.label, pieces: [start.textStart..<firstLine.upperBound],
                                  labelRange: firstLine.lowerBound..<start.textStart)
        for line in unit.dropFirst() {
            let bytes = file.bytes[line]
            let next = form == .markdown ? LineRules.definitionStart(bytes)
                : LineRules.noteStart(bytes, webForms: webForms).flatMap { EssayBuilder.number(ofLabel: $0.label) == current.number + 1 ? $0 : nil }
            if let next {
                footnotes.append(current)
                current = RawFootnote(label: next.label, pieces: [next.textStart..<line.upperBound], labelRange: line.lowerBound..<next.textStart)
            } else {
                current.pieces.append(line)
            }
        }
        footnotes.append(current)
    }

    // MARK: After the scan

    /// Finds Pandoc's inline notes (`^[text]`) in the body, each a marker in its block and a
    /// footnote of its own, labelled later (`numberMarkdownNotes`). Brackets inside a note (links)
    /// pair with a stack, so the time is linear; a note inside a note stays text.
    mutating func findInlineNotes() {
        let bytes = file.bytes
        for sectionIndex in sections.indices {
            for blockIndex in sections[sectionIndex].blocks.indices {
                let block = sections[sectionIndex].blocks[blockIndex]
                let pieces = block.kind == .list ? block.items.flatMap(\.pieces) : block.pieces
                var open: [(offset: Int, isNote: Bool)] = []
                var openNotes = 0
                var found: [Range<Int>] = []
                for piece in pieces {
                    var index = piece.lowerBound
                    while index < piece.upperBound {
                        let byte = bytes[index]
                        if byte == UInt8(ascii: "\\") {
                            index += 2
                            continue
                        }
                        if byte == UInt8(ascii: "[") {
                            let isNote = index > piece.lowerBound && bytes[index - 1] == UInt8(ascii: "^")
                                && (index - 1 == piece.lowerBound || bytes[index - 2] != UInt8(ascii: "\\"))
                            open.append((index, isNote))
                            if isNote { openNotes += 1 }
                        } else if byte == UInt8(ascii: "]"), let opener = open.popLast() {
                            if opener.isNote {
                                openNotes -= 1
                                // `^[12](#fn12)^` is a web edition's superscript link, not a note.
                                let isLink = index + 1 < piece.upperBound && bytes[index + 1] == UInt8(ascii: "(")
                                if openNotes == 0, !isLink { found.append((opener.offset - 1)..<(index + 1)) }
                            }
                        }
                        index += 1
                    }
                }
                guard !found.isEmpty else { continue }
                // Inner notes closed first; only outermost ones were kept, so sorting puts them in order.
                found.sort { $0.lowerBound < $1.lowerBound }
                for range in found {
                    let inner = (range.lowerBound + 2)..<(range.upperBound - 1)
                    let notePieces = pieces.compactMap { piece -> Range<Int>? in
                        let lower = max(piece.lowerBound, inner.lowerBound)
                        let upper = min(piece.upperBound, inner.upperBound)
                        return lower < upper ? lower..<upper : nil
                    }
                    inlineNotes.append(footnotes.count)
                    footnotes.append(RawFootnote(label: "", pieces: notePieces, labelRange: range.lowerBound..<(range.lowerBound + 2), number: 0))
                    sections[sectionIndex].blocks[blockIndex].notes.append(InlineNote(range: range, label: ""))
                }
                if noteForm == nil { noteForm = .inline }
            }
        }
    }

    /// Numbers Markdown notes as a reader sees them, in the order the text refers to them, when
    /// their labels do not: inline notes, and notes named by words (`[^smith]`). Notes whose labels
    /// are all numbers and no inline notes keep their labels. A named note no marker refers to keeps
    /// its name and comes after the rest.
    mutating func numberMarkdownNotes() {
        let named = markdownDefinitions.contains { LabelIndex.plainNumber(footnotes[$0].label) == nil && footnotes[$0].label != authorNoteLabel }
        guard !inlineNotes.isEmpty || named else { return }
        let bytes = file.bytes
        var numberOf: [String: Int] = [:]
        var next = 1
        var inlineNext = 0
        for sectionIndex in sections.indices {
            for blockIndex in sections[sectionIndex].blocks.indices {
                let block = sections[sectionIndex].blocks[blockIndex]
                let pieces = block.kind == .list ? block.items.flatMap(\.pieces) : block.pieces
                var noteIndex = 0
                for piece in pieces {
                    var index = piece.lowerBound
                    while index < piece.upperBound {
                        if noteIndex < block.notes.count, block.notes[noteIndex].range.lowerBound == index {
                            // An inline note: numbered here, its text skipped.
                            let label = String(next)
                            sections[sectionIndex].blocks[blockIndex].notes[noteIndex].label = label
                            let footnoteIndex = inlineNotes[inlineNext]
                            footnotes[footnoteIndex].label = label
                            footnotes[footnoteIndex].number = next
                            inlineNext += 1
                            next += 1
                            index = block.notes[noteIndex].range.upperBound
                            noteIndex += 1
                            continue
                        }
                        if bytes[index] == UInt8(ascii: "["), index + 1 < piece.upperBound, bytes[index + 1] == UInt8(ascii: "^"),
                           let close = bytes[(index + 2)..<min(piece.upperBound, index + 103)].firstIndex(of: UInt8(ascii: "]")), close > index + 2 {
                            let name = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
                            if numberOf[name] == nil, !name.contains(" ") {
                                numberOf[name] = next
                                next += 1
                            }
                            index = close + 1
                            continue
                        }
                        index += 1
                    }
                }
            }
        }
        var renamed: [String: String] = [:]
        for index in markdownDefinitions {
            let written = footnotes[index].label
            if written == authorNoteLabel {
                // The byline's note (`Jane Roe[^bio]`) is the author's, numbered 0 as `*` is.
                footnotes[index].number = 0
            } else if let number = numberOf[written] {
                let label = String(number)
                if label != written { renamed[written] = label }
                footnotes[index].label = label
                footnotes[index].number = number
            } else {
                // Never referred to: its own label, unless a number given to another took it.
                if let number = LabelIndex.plainNumber(written), number < next { footnotes[index].label = "^" + written }
                footnotes[index].number = next
                next += 1
            }
        }
        inlineContext.renamedLabels = renamed
    }

    /// Finds each word a hyphen cuts at the end of a line or page, where the text goes on in lower
    /// case, and counts how the essay writes those words elsewhere (`HyphenEvidence`).
    mutating func weighHyphens() {
        let bytes = file.bytes
        // Most files have no line ending in a hyphen, and need no more.
        let starts = file.lineStarts
        guard starts.indices.dropFirst().contains(where: { index in
            var end = starts[index] - 1
            while end > starts[index - 1], bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
            return end - 1 > starts[index - 1] && bytes[end - 1] == UInt8(ascii: "-") && Bytes.isWordByte(bytes[end - 2])
        }) else { return }
        var breaks: [(before: [UInt8], after: [UInt8])] = []
        func look(_ pieces: [Range<Int>]) {
            guard pieces.count > 1 else { return }
            for index in pieces.indices.dropLast() {
                var end = pieces[index].upperBound
                while end > pieces[index].lowerBound, Bytes.isSpace(bytes[end - 1]) { end -= 1 }
                guard end - pieces[index].lowerBound >= 2, bytes[end - 1] == UInt8(ascii: "-"), Bytes.isWordByte(bytes[end - 2]) else { continue }
                var start = pieces[index + 1].lowerBound
                while start < pieces[index + 1].upperBound, Bytes.isSpace(bytes[start]) { start += 1 }
                guard start < pieces[index + 1].upperBound, Bytes.isLower(bytes[start]) else { continue }
                var wordStart = end - 1
                while wordStart > pieces[index].lowerBound, end - wordStart < 64,
                      Bytes.isWordByte(bytes[wordStart - 1]) || bytes[wordStart - 1] == UInt8(ascii: "-") {
                    wordStart -= 1
                }
                var wordEnd = start
                while wordEnd < pieces[index + 1].upperBound, wordEnd - start < 64,
                      Bytes.isWordByte(bytes[wordEnd]) || bytes[wordEnd] == UInt8(ascii: "-") {
                    wordEnd += 1
                }
                breaks.append((Array(bytes[wordStart..<(end - 1)]), Array(bytes[start..<wordEnd])))
            }
        }
        for section in sections {
            for block in section.blocks {
                look(block.pieces)
                for item in block.items { look(item.pieces) }
            }
        }
        for footnote in footnotes { look(footnote.pieces) }
        guard !breaks.isEmpty else { return }
        inlineContext.hyphens = HyphenEvidence(bytes: bytes, breaks: breaks)
    }
}

/// The running heads an essay prints more than once: short lines with a page number at one end
/// whose text, without the number, comes back (`Legitimacy and Internet Governance 141`, `143`).
struct RepeatedHeads {
    private var keys: Set<[UInt8]> = []

    /// The heads among `units` (each a unit of lines of `bytes`).
    init(units: [[Range<Int>]], bytes: [UInt8]) {
        var seen: [[UInt8]: Int] = [:]
        for unit in units where unit.count == 1 {
            guard let line = unit.first, line.count <= 160, let key = Self.key(bytes[line]) else { continue }
            seen[key, default: 0] += 1
        }
        keys = Set(seen.filter { $0.value > 1 }.keys)
    }

    init() {}

    /// Whether `line` is one of the heads.
    func contains(line: ArraySlice<UInt8>) -> Bool {
        guard !keys.isEmpty, line.count <= 160, let key = Self.key(line) else { return false }
        return keys.contains(key)
    }

    /// A head's text without its page number and emphasis, lower-cased, when the line reads as a
    /// head: a page number at one end, then up to fourteen words, each capitalised or a short
    /// joining word, ending with no sentence's punctuation.
    private static func key(_ line: ArraySlice<UInt8>) -> [UInt8]? {
        guard let text = LineRules.pageNumberAtAnEnd(line) else { return nil }
        let plain = text.filter { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") }
        guard let last = plain.last, !".,;:!?".utf8.contains(last), !plain.contains(UInt8(ascii: "<")) else { return nil }
        let words = plain.split(separator: 0x20)
        guard !words.isEmpty, words.count <= 14, plain.filter(Bytes.isLetter).count >= 3 else { return nil }
        for (index, word) in words.enumerated() {
            guard let first = word.first(where: { !"[(\"'".utf8.contains($0) }) else { continue }
            // An abbreviation's period (`Id.`, `at 12`) reads as a citation, not a title.
            if word.last == UInt8(ascii: "."), word.count > 2, Bytes.packedLowercase(word).map({ !joiningWords.contains($0) }) ?? true { return nil }
            if Bytes.isUpper(first) || Bytes.isDigit(first) || first >= 0x80 { continue }
            guard index + 1 < words.count, let packed = Bytes.packedLowercase(word), joiningWords.contains(packed) else { return nil }
        }
        return plain.map(Bytes.lowercased)
    }

    /// Short words a title leaves in lower case.
    private static let joiningWords: Set<UInt64> = Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
                                                        "the", "to", "v.", "vs.", "with", "&"].compactMap { Bytes.packedLowercase(Array($0.utf8)) })
}
