import LowLevel

/// The pieces of an essay's front matter as the scan finds them (`takeFrontPart`), made into
/// `EssayFrontMatter` when the essay is finished.
struct FrontPartPieces: Sendable {
    /// The abstract's paragraphs, each its pieces of lines.
    var abstract: [[Range<Int>]] = []
    /// The bytes from the abstract's label to its end.
    var abstractSpan: Range<Int>?
    var keywords: [Range<Int>] = []
    var classification: [Range<Int>] = []
    /// Keywords and codes given as a list (YAML front matter), before those read from lines.
    var keywordItems: [String] = []
    var classificationItems: [String] = []

    /// The front matter as text, read by `inline`.
    func frontMatter(inline: inout InlineParser, file: SourceFile) -> EssayFrontMatter {
        func text(_ pieces: [Range<Int>]) -> String { pieces.isEmpty ? "" : inline.parse(pieces: pieces).text }
        return EssayFrontMatter(abstract: abstract.map(text).filter { !$0.isEmpty }, abstractRange: abstractSpan.map { file.range(ofBytes: $0) },
                                keywords: keywordItems + FrontPartLine.items(text(keywords)),
                                classification: classificationItems + FrontPartLine.items(text(classification)))
    }
}

extension EssayBuilder {
    /// Lines of a unit looked at for a front matter's label, at most.
    private static let frontLabelLimit = 40
    /// Units after an abstract's first looked at for where it ends, at most.
    private static let abstractUnitLimit = 4

    /// Whether front matter may still come: no section has begun, or only the untitled one before
    /// any heading, with two blocks or fewer (an affiliation or a cover's line left over above the
    /// abstract).
    var mayReadFrontPart: Bool {
        sections.isEmpty || (sections.count == 1 && sections[0].heading == nil && sections[0].blocks.count <= 2)
    }

    /// Takes the essay's abstract, keywords and classification codes from the units before its
    /// first section (`FrontPartLine`): they are no body text, and no claim is read from them.
    ///
    /// - A label within a unit's first lines parts the unit there: the lines before it are handled
    ///   as usual, and the rest is handled next.
    /// - An abstract runs to a line that ends it: another label, an author's note (`*`, `†`), a
    ///   heading, a page's furniture. In a unit it ends in, its paragraphs are parted where a line
    ///   ending a sentence falls short of the others (PDF conversions print no blank lines); a unit
    ///   it does not end in goes on into the next units when one of the next four ends it, and each
    ///   unit is a paragraph (with the label alone, `## Abstract`, the same).
    /// - Keywords and codes run on to the next lines while a line ends with a comma or semicolon.
    mutating func takeFrontPart(_ unit: inout [Range<Int>]) -> Bool {
        let bytes = file.bytes
        if takeAuthorNote(&unit) { return true }
        guard let at = unit.prefix(Self.frontLabelLimit).firstIndex(where: { FrontPartLine.read(bytes[$0]) != nil }),
              let label = FrontPartLine.read(bytes[unit[at]]) else { return false }
        if at > 0 {
            pending.append(Array(unit[at...]))
            unit.removeSubrange(at...)
            return false
        }
        bylineDecided = true
        let first = unit[0]
        let head = label.textStart < first.upperBound ? [label.textStart..<first.upperBound] : []
        var end = 1
        switch label.kind {
        case .abstract:
            while end < unit.count, !endsFrontPart(unit[end]) { end += 1 }
            let lines = head + unit[1..<end]
            if end < unit.count, PlainTitle.isDraftStamp(LineRules.trim(bytes[unit[end]])) { end = afterDraftStamp(unit, at: end) }
            if !lines.isEmpty { front.abstract += Self.paragraphs(lines, bytes: bytes) }
            if end == unit.count { takeAbstractUnits(after: lines.isEmpty) }
            let last = front.abstract.last?.last?.upperBound ?? first.upperBound
            front.abstractSpan = first.lowerBound..<max(last, front.abstractSpan?.upperBound ?? 0)
        case .keywords, .classification:
            var lines = head
            while end < unit.count, lines.last.map({ Self.endsWithListSeparator(bytes[$0]) }) ?? true, !endsFrontPart(unit[end]) {
                lines.append(unit[end])
                end += 1
            }
            if label.kind == .keywords { front.keywords += lines } else { front.classification += lines }
        }
        if end < unit.count { giveBack(Array(unit[end...])) }
        return true
    }

    /// Puts back the lines after the front matter, to be handled next: a heading that ended it
    /// (`INTRODUCTION` in a run of lines with no blank ones) as a unit of its own, so it is read as one.
    private mutating func giveBack(_ rest: [Range<Int>]) {
        guard rest.count > 1, let first = rest.first, file.bytes[first].first != UInt8(ascii: "*"), FrontPartLine.read(file.bytes[first]) == nil,
              endsFrontPart(first), !LineRules.isPrintedFurniture(file.bytes[first]) else {
            pending.append(rest)
            return
        }
        pending.append(Array(rest.dropFirst()))
        pending.append([first])
    }

    /// Takes the author's note (`* Professor of Law ...`, with the acknowledgements after it) that
    /// opens a unit before the first section, when the byline carries its mark (or an abstract was
    /// read, the byline unread) and no note was read yet: the essay's note 0, as a byline's note is wherever it stands (a PDF conversion may print
    /// it under the abstract). It runs to the unit's end, or to a front matter's label or a heading.
    private mutating func takeAuthorNote(_ unit: inout [Range<Int>]) -> Bool {
        guard authorNoteLabel != nil || !front.abstract.isEmpty, footnotes.isEmpty, let first = unit.first,
              let mark = authorMark(opening: first, asterisks: 3), mark.label == authorNoteLabel ?? mark.label else { return false }
        if authorNoteLabel == nil { authorNoteLabel = mark.label }
        let end = unit.dropFirst().firstIndex { line in
            FrontPartLine.read(file.bytes[line]) != nil || isPageSeparator(line) || LineRules.isPrintedFurniture(file.bytes[line])
                || (line.count <= 120 && LineRules.heading(file.bytes[line]).map { $0.number != nil || $0.hashes > 0 } == true)
        } ?? unit.endIndex
        footnotes.append(RawFootnote(label: mark.label, pieces: [mark.textStart..<first.upperBound] + unit[1..<end],
                                     labelRange: first.lowerBound..<mark.textStart, number: 0))
        bylineDecided = true
        if end < unit.count { pending.append(Array(unit[end...])) }
        return true
    }

    /// The units after an abstract's label or first paragraph that go on with it: those before the
    /// first of the next units that ends it, when one does (else only the first, after a label
    /// alone).
    private mutating func takeAbstractUnits(after labelAlone: Bool) {
        var count = 0
        var ended = false
        for unit in pending.reversed().prefix(Self.abstractUnitLimit + 1) {
            guard let first = unit.first else { break }
            if endsFrontPart(first) || isPageSeparator(first) || (unit.count == 1 && LineRules.heading(file.bytes[first]) != nil) {
                ended = true
                break
            }
            count += 1
        }
        if !ended { count = labelAlone && !pending.isEmpty ? 1 : 0 }
        for _ in 0..<min(count, pending.count) {
            guard let unit = pending.popLast() else { break }
            // A unit's own ending line (a note) goes back, with what follows it.
            let stop = unit.firstIndex(where: endsFrontPart) ?? unit.endIndex
            if stop > 0 { front.abstract += Self.paragraphs(Array(unit[..<stop]), bytes: file.bytes) }
            if stop < unit.count {
                pending.append(Array(unit[stop...]))
                break
            }
        }
    }

    /// Whether a line ends an abstract: a front matter's label, an author's note (`* Professor`,
    /// `†`, `∗`), a heading (numbered, in capitals, or `Introduction`), a page's printed furniture.
    private func endsFrontPart(_ line: Range<Int>) -> Bool {
        let text = LineRules.trim(file.bytes[line])
        guard let lead = text.first else { return true }
        if lead == UInt8(ascii: "*") || lead == 0x0C { return true }
        if lead == 0xE2, text.count >= 3, (text[text.startIndex + 1] == 0x80 && (text[text.startIndex + 2] == 0xA0 || text[text.startIndex + 2] == 0xA1))
            || (text[text.startIndex + 1] == 0x88 && text[text.startIndex + 2] == 0x97) {
            return true
        }
        if pageMarkers.contains(line) || FrontPartLine.read(text) != nil || PlainTitle.isDraftStamp(text) { return true }
        if text.count <= 120, Bytes.isUpper(lead) || Bytes.isDigit(lead) || lead == UInt8(ascii: "#") {
            if let heading = LineRules.heading(text), heading.number != nil || heading.hashes > 0 || !text.contains(where: Bytes.isLower) { return true }
            if text.count <= 16, LineRules.startsFolded(text, "introduction") { return true }
        }
        return LineRules.isPrintedFurniture(text)
    }

    /// Where the body goes on after a draft's invitation under the abstract (`Draft comments welcome
    /// at ...`): after the stamp and the two lines or fewer that finish it (`Or through this
    /// link.`) when a line ending front matter follows them (the author's note), else after the stamp.
    private func afterDraftStamp(_ unit: [Range<Int>], at stamp: Int) -> Int {
        let next = stamp + 1
        return unit[next...].prefix(3).firstIndex(where: endsFrontPart) ?? next
    }

    /// Whether a line ends with a comma or semicolon: a list of keywords goes on.
    private static func endsWithListSeparator(_ line: ArraySlice<UInt8>) -> Bool {
        let text = LineRules.trim(line)
        return text.last == UInt8(ascii: ",") || text.last == UInt8(ascii: ";")
    }

    /// A run of lines parted into paragraphs where a line ending a sentence is shorter than three
    /// quarters of the run's longest (a paragraph's last line, as PDF conversions print them).
    private static func paragraphs(_ lines: [Range<Int>], bytes: [UInt8]) -> [[Range<Int>]] {
        guard lines.count >= 3 else { return lines.isEmpty ? [] : [lines] }
        let widest = lines.map { LineRules.trim(bytes[$0]).count }.max() ?? 0
        var made: [[Range<Int>]] = []
        var current: [Range<Int>] = []
        for line in lines {
            current.append(line)
            let text = LineRules.trim(bytes[line])
            guard let last = text.last, text.count * 4 < widest * 3 else { continue }
            let ends = last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!") || last == UInt8(ascii: ")")
                || last == UInt8(ascii: "\"") || (last == 0x9D && text.count >= 3 && text[text.endIndex - 3] == 0xE2)
            if ends {
                made.append(current)
                current = []
            }
        }
        if !current.isEmpty { made.append(current) }
        return made
    }
}
