import LowLevel

extension EssayBuilder {
    /// Makes headings of the lines the essay's own contents list names: a phase of `finish`, run
    /// before any inline text is parsed, and only when the file has a contents list.
    ///
    /// A conversion often sets section headings as plain lines (a web edition's paragraphs, a
    /// pdftotext line over its section's text), but the essay says which lines they are in its
    /// contents list (`ContentsList`). A body line that stands alone (a paragraph of its own, or a
    /// line that opens its paragraph or follows one ending a sentence) and reads as an entry
    /// (`TextNormalizer`'s folding) starts a section at the entry's depth. An entry that no line or
    /// more than one line reads as changes nothing, nor does one already a heading.
    mutating func promoteContentsEntries() {
        guard let contents = ContentsList.read(file.bytes, lineStarts: file.lineStarts) else { return }
        var entryIndex: [[UInt8]: Int] = [:]
        var listedTwice: Set<[UInt8]> = []
        for (index, entry) in contents.entries.enumerated() {
            if entryIndex.updateValue(index, forKey: entry.folded) != nil { listedTwice.insert(entry.folded) }
        }
        var normalizer = TextNormalizer()
        var matchCount = [Int](repeating: 0, count: contents.entries.count)
        for section in sections {
            guard let heading = section.heading else { continue }
            if let index = entryIndex[normalizer.foldedWords(of: [Substring(decoding: file.bytes[heading.titleRange], as: UTF8.self)], separator: nil)] {
                matchCount[index] += 1
            }
        }
        var matches: [Match] = []
        for (sectionIndex, section) in sections.enumerated() {
            for (blockIndex, block) in section.blocks.enumerated() where block.kind == .paragraph {
                var piece = 0
                while piece < block.pieces.count {
                    if let match = entry(block.pieces, at: piece, contents: contents, entryIndex: entryIndex, normalizer: &normalizer),
                       standsAlone(block.pieces, at: piece),
                       !block.notes.contains(where: { $0.range.overlaps(block.pieces[piece].lowerBound..<block.pieces[piece + match.lines - 1].upperBound) }) {
                        matchCount[match.entry] += 1
                        matches.append(Match(section: sectionIndex, block: blockIndex, piece: piece, lines: match.lines, entry: match.entry))
                        piece += match.lines
                    } else {
                        piece += 1
                    }
                }
            }
        }
        matches.removeAll { matchCount[$0.entry] != 1 || listedTwice.contains(contents.entries[$0.entry].folded) }
        guard !matches.isEmpty else { return }
        split(at: matches, depths: contents.entries.map(\.depth))
    }

    /// A line that starts a section: where it is, how many lines the heading takes, and its entry.
    struct Match {
        var section: Int
        var block: Int
        var piece: Int
        var lines: Int
        var entry: Int
    }

    /// Whether line `index` of a paragraph may be a heading by where it stands: first, or after a
    /// line that ends a sentence (a bare note number after the stop allowed: `safety.12`).
    private func standsAlone(_ pieces: [Range<Int>], at index: Int) -> Bool {
        guard index > 0 else { return true }
        var text = LineRules.trim(file.bytes[pieces[index - 1]])
        let digits = text.reversed().prefix(while: Bytes.isDigit).count
        if digits <= 3 { text = text.dropLast(digits) }
        return ending(of: [text.startIndex..<text.endIndex]) != .incomplete
    }

    /// The entry that line `index` (or it with the next, for an entry a line break cut) reads as.
    private func entry(_ pieces: [Range<Int>], at index: Int, contents: ContentsList, entryIndex: [[UInt8]: Int],
                       normalizer: inout TextNormalizer) -> (entry: Int, lines: Int)? {
        let line = LineRules.trim(file.bytes[pieces[index]])
        guard line.count <= contents.longest + 8, contents.mayRead(line) else { return nil }
        if line.count + 8 >= contents.shortest,
           let found = entryIndex[normalizer.foldedWords(of: [Substring(decoding: line, as: UTF8.self)], separator: nil)] {
            return (found, 1)
        }
        guard index + 1 < pieces.count, ending(of: [line.startIndex..<line.endIndex]) == .incomplete else { return nil }
        let next = LineRules.trim(file.bytes[pieces[index + 1]])
        guard line.count + next.count + 9 >= contents.shortest, line.count + next.count <= contents.longest + 8,
              let found = entryIndex[normalizer.foldedWords(of: [Substring(decoding: line, as: UTF8.self), Substring(decoding: next, as: UTF8.self)], separator: nil)]
        else { return nil }
        return (found, 2)
    }

    /// Cuts the sections at `matches` (in reading order): each matched line becomes the heading of
    /// a new section, which takes the lines after it and the blocks up to the next section.
    private mutating func split(at matches: [Match], depths: [Int]) {
        var remaining = matches[...]
        var rebuilt: [RawSection] = []
        rebuilt.reserveCapacity(sections.count + matches.count)
        for (sectionIndex, section) in sections.enumerated() {
            var current = section
            current.blocks = []
            for (blockIndex, block) in section.blocks.enumerated() {
                var rest = block.pieces[...]
                var consumed = 0
                while let match = remaining.first, match.section == sectionIndex, match.block == blockIndex {
                    remaining.removeFirst()
                    let before = rest.prefix(match.piece - consumed)
                    if let end = before.last?.upperBound {
                        var part = block
                        part.pieces = Array(before)
                        part.notes = block.notes.filter { $0.range.lowerBound >= before[before.startIndex].lowerBound && $0.range.upperBound <= end }
                        current.blocks.append(part)
                    }
                    if current.heading != nil || !current.blocks.isEmpty { rebuilt.append(current) }
                    let titleLines = Array(rest.dropFirst(match.piece - consumed).prefix(match.lines))
                    let titlePieces = titleLines.map { line -> Range<Int> in
                        let trimmed = LineRules.trim(file.bytes[line])
                        return trimmed.startIndex..<trimmed.endIndex
                    }
                    guard let first = titlePieces.first, let last = titleLines.last else { continue }
                    current = RawSection(heading: LineRules.Heading(number: nil, titleRange: first, hashes: 0),
                                         headingLine: titleLines[0].lowerBound..<last.upperBound, level: depths[match.entry], titlePieces: titlePieces)
                    rest = rest.dropFirst(match.piece - consumed + match.lines)
                    consumed = match.piece + match.lines
                }
                if rest.count == block.pieces.count {
                    current.blocks.append(block)
                } else if let start = rest.first?.lowerBound {
                    var part = block
                    part.pieces = Array(rest)
                    part.notes = block.notes.filter { $0.range.lowerBound >= start }
                    current.blocks.append(part)
                }
            }
            if current.heading != nil || !current.blocks.isEmpty { rebuilt.append(current) }
        }
        sections = rebuilt
    }
}
