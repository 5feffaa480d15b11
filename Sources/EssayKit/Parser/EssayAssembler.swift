extension EssayBuilder {
    /// Parses the inline text of every raw block and footnote, links markers to footnotes both
    /// ways, reports what does not add up, and resolves the citations.
    mutating func finish() -> Essay {
        var inline = InlineParser(file: file)
        let titleText = titlePieces.isEmpty ? Self.fileStem(file.path) : inline.parse(pieces: titlePieces).text

        var parsedSections: [Section] = []
        parsedSections.reserveCapacity(sections.count)
        for raw in sections {
            var blocks: [Block] = []
            blocks.reserveCapacity(raw.blocks.count)
            for rawBlock in raw.blocks {
                blocks.append(makeBlock(rawBlock, inline: &inline))
            }
            var heading: RichText?
            var title: String?
            if let rawHeading = raw.heading {
                let rich = inline.parse(pieces: [rawHeading.titleRange])
                heading = rich
                title = rich.text
            }
            let start = raw.headingLine?.lowerBound ?? raw.blocks.first?.pieces.first?.lowerBound ?? 0
            let end = blockEnd(raw.blocks.last) ?? raw.headingLine?.upperBound ?? start
            parsedSections.append(Section(number: raw.heading?.number, title: title, heading: heading, level: raw.level,
                                          blocks: blocks, range: file.range(ofBytes: start..<max(start, end))))
        }

        var parsedFootnotes: [Footnote] = []
        var seen: [String: Int] = [:]
        var lastNumber = -1
        for raw in footnotes {
            let content = inline.parse(pieces: raw.pieces)
            let end = raw.pieces.last?.upperBound ?? raw.labelRange.upperBound
            let range = file.range(ofBytes: raw.labelRange.lowerBound..<end)
            if let first = seen[raw.label] {
                diagnostics.append(Diagnostic(.error, file: file.path, range: range,
                    message: "footnote \(raw.label) is defined twice (first at line \(parsedFootnotes[first].range.start.line)); renumber or remove one"))
                continue
            }
            let number = raw.label == "*" || raw.label == "†" ? 0 : Int(raw.label.prefix { $0.isNumber }) ?? 0
            if number != 0, number < lastNumber {
                diagnostics.append(Diagnostic(.warning, file: file.path, range: range,
                    message: "footnote \(raw.label) comes after footnote \(lastNumber); footnotes are expected in order"))
            }
            lastNumber = max(lastNumber, number)
            if content.text.isEmpty {
                diagnostics.append(Diagnostic(.warning, file: file.path, range: range, message: "footnote \(raw.label) is empty"))
            }
            seen[raw.label] = parsedFootnotes.count
            parsedFootnotes.append(Footnote(label: raw.label, number: number, content: content,
                                            sentences: SentenceSplitter.split(content, file: file), range: range))
        }
        diagnostics.append(contentsOf: inline.diagnostics)

        // Link each body marker to its footnote, and each footnote back to the sentences marking it.
        var markedLabels = Set<String>()
        if let label = authorNoteLabel { markedLabels.insert(label) }
        for (sectionIndex, section) in parsedSections.enumerated() {
            for (blockIndex, block) in section.blocks.enumerated() {
                for entry in block.allSentences {
                    let locator = SentenceLocator(section: sectionIndex, block: blockIndex, item: entry.item, sentence: entry.index)
                    for label in entry.sentence.footnotes {
                        markedLabels.insert(label)
                        if let index = seen[label], parsedFootnotes[index].citedBy.last != locator {
                            parsedFootnotes[index].citedBy.append(locator)
                        }
                    }
                }
                let markers = block.kind == .list ? block.items.flatMap(\.content.markers) : block.content.markers
                for marker in markers where seen[marker.label] == nil {
                    diagnostics.append(Diagnostic(.error, file: file.path, range: marker.range,
                        message: "footnote \(marker.label) is marked here but never defined; add \"\(marker.label). ...\" to a footnote block after a --- line"))
                }
            }
        }
        for footnote in parsedFootnotes where !markedLabels.contains(footnote.label) {
            diagnostics.append(Diagnostic(.warning, file: file.path, range: footnote.range,
                message: "footnote \(footnote.label) is never marked in the text"))
        }
        // The author's note goes first, numbered 0; the rest keep the order of their numbers.
        let ordered = parsedFootnotes.enumerated().sorted { lhs, rhs in
            (lhs.element.number, lhs.offset) < (rhs.element.number, rhs.offset)
        }.map(\.element)
        var resolved = ordered
        let (authorities, citationDiagnostics) = CitationResolver().resolve(footnotes: &resolved, file: file)
        diagnostics.append(contentsOf: citationDiagnostics)
        diagnostics.sort { ($0.range.start, $0.severity) < ($1.range.start, $1.severity) }

        return Essay(source: file, title: titleText, titleRange: titleRange, author: author, authorNoteLabel: authorNoteLabel,
                     doi: doi, copyright: copyright, sections: parsedSections, footnotes: resolved, authorities: authorities,
                     diagnostics: diagnostics)
    }

    private func makeBlock(_ raw: RawBlock, inline: inout InlineParser) -> Block {
        let start = raw.pieces.first?.lowerBound ?? 0
        let end = blockEnd(raw) ?? start
        let range = file.range(ofBytes: start..<max(start, end))
        if raw.kind == .list {
            var items: [ListItem] = []
            for rawItem in raw.items {
                let content = inline.parse(pieces: rawItem.pieces)
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
        let content = inline.parse(pieces: raw.pieces)
        return Block(kind: raw.kind, content: content, sentences: SentenceSplitter.split(content, file: file),
                     range: range, pieces: raw.pieces)
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
