import LowLevel

/// The scan's rules for notes in their every form, and for the furniture around them, each a
/// method the scan asks in turn; and the phases that follow the scan (inline notes found, Markdown
/// notes numbered as a reader sees them, hyphens weighed).
extension EssayBuilder {
    // MARK: Furniture

    /// Takes out of a unit the lines a PDF prints on every page that are no part of the essay:
    /// a repository's footer, a galley slug.
    mutating func dropFurnitureLines(_ unit: inout [Range<Int>]) {
        if let known = facts(of: unit), known.keepsEveryLine { return }
        let bytes = file.bytes
        let drops = { (line: Range<Int>) in Self.dropsLine(line, in: bytes) }
        if unit.contains(where: drops) {
            // The page's number printed right above the repository's footer is the page's too: read
            // after the last note of the page, it would be taken for the next note's number.
            var kept: [Range<Int>] = []
            kept.reserveCapacity(unit.count)
            var previousKept = false
            for line in unit {
                if drops(line) {
                    if previousKept, let above = kept.last, LineRules.isPageNumber(bytes[above]) { kept.removeLast() }
                    previousKept = false
                    continue
                }
                kept.append(line)
                previousKept = true
            }
            unit = kept
        }
        // Plain text runs a page's footer into its last notes, and its head into its first text,
        // with no blank line: a line at either edge of a unit that the essay prints page after
        // page is furniture.
        if unit.count > 1, let last = unit.last, repeatedHeads.contains(line: bytes[last]) || LineRules.isCourtHead(bytes[last]) { unit.removeLast() }
        if unit.count > 1, Self.opensWithPageHead(unit[...], bytes: bytes, repeatedHeads: repeatedHeads, titleKey: titleKey) {
            // A new page: the notes at the last one's foot are over.
            openOpinion(at: unit.removeFirst())
            if unit.count > 1, repeatedHeads.contains(line: bytes[unit[0]]) || LineRules.isOpinionHead(bytes[unit[0]]) { openOpinion(at: unit.removeFirst()) }
            pageBreakSinceLastBlock = true
            if region == .footnoteBlock { region = .body }
        }
    }

    /// Whether a line is one a PDF prints on every page that is no part of the essay (a
    /// repository's footer, a galley slug), wherever it stands.
    static func dropsLine(_ line: Range<Int>, in bytes: [UInt8]) -> Bool {
        guard line.count >= 3, line.count <= 240 else { return false }
        // Such lines open with `E`, `D`, `T`, `P`, `\\`, `<`, `{` or emphasis, or end with a
        // time, a `)`, `>`, `}` or a file name's `.DOC`/`.DOCX`: a note's or a sentence's line
        // (`4. *Id.*`) is not looked into.
        let first = Bytes.lowercased(bytes[line.lowerBound])
        var last = bytes[line.upperBound - 1]
        if last == 0x20, line.count > 3 { last = bytes[line.upperBound - 2] }
        let mayBe: Bool
        switch first {
        case UInt8(ascii: "e"), UInt8(ascii: "d"), UInt8(ascii: "t"), UInt8(ascii: "p"), UInt8(ascii: "\\"), UInt8(ascii: "<"),
             UInt8(ascii: "{"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "-"): mayBe = true
        default: mayBe = Bytes.isDigit(last) || last | 0x20 == UInt8(ascii: "m") || last == UInt8(ascii: ")") || last == UInt8(ascii: "}")
            || last == UInt8(ascii: "C") || last == UInt8(ascii: "X")
        }
        return mayBe && (LineRules.isPrintedFurniture(bytes[line]) || LineRules.isMarkupOnly(bytes[line]))
    }

    /// Whether a unit of more than one line opens with a page's head: a line the essay prints page
    /// after page, a court's head, the title as a running head (`titleKey`), or a case's name over
    /// an opinion's head.
    static func opensWithPageHead(_ unit: ArraySlice<Range<Int>>, bytes: [UInt8], repeatedHeads: RepeatedHeads, titleKey: [UInt8]) -> Bool {
        guard let first = unit.first else { return false }
        return repeatedHeads.contains(line: bytes[first]) || LineRules.isCourtHead(bytes[first]) || isTitleHead(first, bytes: bytes, titleKey: titleKey)
            || (unit.count > 2 && LineRules.isCaseNameHead(bytes[first]) && LineRules.isOpinionHead(bytes[unit[unit.startIndex + 1]]))
    }

    /// Whether `dropFurnitureLines` would leave `unit` as it is.
    static func keepsEveryLine(_ unit: ArraySlice<Range<Int>>, bytes: [UInt8], repeatedHeads: RepeatedHeads, titleKey: [UInt8]) -> Bool {
        if unit.contains(where: { dropsLine($0, in: bytes) }) { return false }
        guard unit.count > 1, let last = unit.last else { return true }
        if repeatedHeads.contains(line: bytes[last]) || LineRules.isCourtHead(bytes[last]) { return false }
        return !opensWithPageHead(unit, bytes: bytes, repeatedHeads: repeatedHeads, titleKey: titleKey)
    }

    /// Whether every line of a unit is page furniture: a page number or label (`Page 1-16`), a running head in capitals,
    /// one marked by a `YEAR]` or a `[Vol. N:N` in any case, or one the essay prints more than once.
    func isFurniture(_ unit: [Range<Int>]) -> Bool {
        if let known = facts(of: unit) { return known.isFurniture }
        return Self.isFurniture(unit[...], bytes: file.bytes, repeatedHeads: repeatedHeads, titleKey: titleKey)
    }

    /// `isFurniture` of a unit of lines of `bytes`.
    static func isFurniture(_ unit: ArraySlice<Range<Int>>, bytes allBytes: [UInt8], repeatedHeads: RepeatedHeads, titleKey: [UInt8]) -> Bool {
        unit.allSatisfy { line in
            // Furniture is short: a paragraph's line is not looked into.
            guard line.count <= 480 else { return false }
            let bytes = allBytes[line]
            return LineRules.isPageNumber(bytes) || LineRules.isPageLabel(bytes) || LineRules.isRunningHead(bytes) || LineRules.isMarkedRunningHead(bytes)
                || LineRules.isCourtHead(bytes) || (unit.count == 1 && (repeatedHeads.contains(line: bytes) || isTitleHead(line, bytes: allBytes, titleKey: titleKey)))
                || (unit.count > 1 && (LineRules.isOpinionHead(bytes) || LineRules.isCaseNameHead(bytes)))
        }
    }

    /// Whether a unit is a slip opinion's head (`Opinion of the Court`, `THOMAS, J., dissenting`, the
    /// case's name in capitals) where a page breaks: right after page furniture, or right before it.
    func isOpinionHeadAtAPageBreak(_ unit: [Range<Int>], afterFurniture: Bool) -> Bool {
        guard facts(of: unit)?.isOpinionHead ?? Self.isOpinionHead(unit[...], bytes: file.bytes) else { return false }
        if afterFurniture { return true }
        guard let next = pending.last else { return false }
        return isFurniture(next)
    }

    /// Whether a unit is one line reading as a slip opinion's head or a case's name in capitals.
    static func isOpinionHead(_ unit: ArraySlice<Range<Int>>, bytes: [UInt8]) -> Bool {
        // A head is one short line, opening with a capital or a digit: most units are passed by here.
        guard unit.count == 1, let line = unit.first, line.count >= 8, line.count <= 160 else { return false }
        let lead = bytes[line.lowerBound]
        return (Bytes.isUpper(lead) || Bytes.isDigit(lead) || lead == UInt8(ascii: "#") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "_"))
            && (LineRules.isOpinionHead(bytes[line]) || LineRules.isCaseNameHead(bytes[line]))
    }

    // MARK: Notes

    /// A Markdown note definition (`[^12]: text`, lines that open another in the same unit starting
    /// it), or, right after one, an indented paragraph that goes on with it.
    mutating func takeDefinitions(_ unit: inout [Range<Int>]) -> Bool {
        let first = file.bytes[unit[0]]
        guard let start = LineRules.definitionStart(first) else {
            if region == .definition, LineRules.isIndented(first), !footnotes.isEmpty, !endsDefinition(unit[0], opensUnit: true) {
                footnotes[footnotes.count - 1].pieces.append(contentsOf: unit)
                return true
            }
            if region == .definition { region = .body }
            return false
        }
        // A list's next item run on under the definition is the body's: the unit is cut there.
        if let cut = unit.indices.dropFirst().first(where: {
            LineRules.definitionStart(file.bytes[unit[$0]]) == nil && endsDefinition(unit[$0], opensUnit: false)
        }) {
            pending.append(Array(unit[cut...]))
            unit.removeSubrange(cut...)
            addNotes(from: &unit, start: start, form: .markdown)
            region = .body
            return true
        }
        addNotes(from: &unit, start: start, form: .markdown)
        region = .definition
        return true
    }

    /// `pdftotext -layout` indents a note's first line like a paragraph's (`    12 See ...`, under a
    /// rule): lines of a footnote block that open with a number or a note mark after up to 12
    /// spaces are read from that number or mark.
    private func unindentNoteStarts(_ unit: inout [Range<Int>]) {
        let bytes = file.bytes
        for index in unit.indices where bytes[unit[index].lowerBound] == 0x20 {
            let line = Self.unindented(unit[index], in: bytes)
            guard line != unit[index], let lead = bytes[line].first,
                  Bytes.isDigit(lead) || lead == UInt8(ascii: "*") || lead == 0xE2 else { continue }
            unit[index] = line
        }
    }

    /// The forms a note's start may take where the scan is (`LineRules.NoteStartForms`).
    func noteForms(quotedOnly: Bool = false) -> LineRules.NoteStartForms {
        // A note a conversion gave empty (`25.` before `> 25 text`) is expected again.
        return LineRules.NoteStartForms(expected: lastNoteNumber + (lastNoteIsEmpty ? 0 : 1), bareNumbers: region == .footnoteBlock || region == .endnotes,
                                        listForms: region == .endnotes, quotedOnly: quotedOnly)
    }

    /// The last note's number; when there is none, the one before the first (0, or an excerpt's
    /// start less one: `ExcerptNoteNumbering`). (Read in place: copying the note would count
    /// references to its label and pieces.)
    var lastNoteNumber: Int {
        footnotes.isEmpty ? firstNoteNumber - 1 : footnotes[footnotes.count - 1].number
    }

    /// Whether the last note has no text yet.
    var lastNoteIsEmpty: Bool {
        !footnotes.isEmpty && footnotes[footnotes.count - 1].pieces.allSatisfy { LineRules.isBlank(file.bytes[$0]) }
    }

    /// In a footnote block or a list of notes: a note's start (with any that follow on lines of
    /// their own), or a unit that goes on with the note before it. In body text: a note a
    /// conversion quoted (`> 12 text`), which opens a run of notes at the foot of a page.
    mutating func takeNoteBlockUnit(_ unit: inout [Range<Int>]) -> Bool {
        if region == .footnoteBlock, hasFormFeeds {
            unindentNoteStarts(&unit)
            if footnotes.isEmpty, let star = authorMark(opening: unit[0], asterisks: 3) {
                // The author's note over the first page's notes: its lines run to note 1.
                let bytes = file.bytes
                let forms = LineRules.NoteStartForms(expected: 1, bareNumbers: true, listForms: false, quotedOnly: false)
                let rest = unit.indices.dropFirst().first { LineRules.noteStart(bytes[unit[$0]], forms)?.label == "1" } ?? unit.endIndex
                footnotes.append(RawFootnote(label: star.label, pieces: [star.textStart..<unit[0].upperBound] + unit[1..<rest],
                                             labelRange: unit[0].lowerBound..<star.textStart, number: 0))
                if authorNoteLabel == nil { authorNoteLabel = star.label }
                unit.removeSubrange(0..<rest)
                if unit.isEmpty { return true }
            }
        }
        let first = file.bytes[unit[0]]
        guard region == .footnoteBlock || region == .endnotes else {
            if noteForm == .quoted, isTailBeforeTheNextNote(unit) {
                for line in unit { appendToLastNote(LineRules.unquoted(line, in: file.bytes)) }
                return true
            }
            // Most body units open with neither `>` nor a digit: they are passed by before the
            // forms are made (a call that copies the builder).
            let opensWithDigit = first.first.map(Bytes.isDigit) == true
            guard first.first == UInt8(ascii: ">") || opensWithDigit, noteForm == nil || noteForm == .quoted else { return false }
            var forms = noteForms(quotedOnly: true)
            forms.bareNumbers = noteForm == .quoted || (noteForm == nil && opensWithDigit && quotedNoteFollowsBareOnes())
            guard first.first == UInt8(ascii: ">") || (forms.bareNumbers && opensWithDigit),
                  let start = LineRules.noteStart(first, forms),
                  footnotes.isEmpty || EssayBuilder.number(ofLabel: start.label) > 0 else { return false }
            region = .footnoteBlock
            unitsSinceBreak = 1
            addNotes(from: &unit, start: start, form: .quoted)
            return true
        }
        defer { unitsSinceBreak += 1 }
        if noteForm == .pageFeet { putNoteBeforeTheNextOne(&unit) }
        if noteForm == .pageFeet, let start = nextPageFootNote(unit[0]) {
            addPageFootNotes(from: &unit, start: start)
            return true
        }
        if noteForm == .pageBlocks, hasFormFeeds, let start = numberAloneOverText(&unit) {
            addPageFootNotes(from: &unit, start: start)
            return true
        }
        // The form of most footnote blocks first (`12. text`), then the others.
        let plain = LineRules.footnoteStart(first)
        let numberedRest = plain.map { isNumberedContinuation($0.label) } ?? false
        if let plain, !numberedRest, !isTextBeforeTheNextNote(plain.label, in: unit) {
            addNotes(from: &unit, start: LineRules.NoteStart(label: plain.label, textStart: plain.textStart, number: plain.number), form: region == .endnotes ? .endnotes : .pageBlocks)
            return true
        }
        if !numberedRest, let start = LineRules.noteStart(first, noteForms())
            ?? (noteForm == .pageBlocks ? resynchronisedStart(unit[0]) ?? afterLostLabelStart(unit[0]) : nil),
           !isTextBeforeTheNextNote(start.label, in: unit) {
            let quoted = first.first == UInt8(ascii: ">")
            addNotes(from: &unit, start: start, form: region == .endnotes ? .endnotes : quoted ? .quoted : .pageBlocks)
            return true
        }
        guard numberedRest || continuesLastNote(unit) || isTextBeforeTheNextNote(unit) else { return false }
        for line in unit {
            // In plain text a blank line may part a note's first line from the rest, and the rest
            // from the next note (`... (codified at 21 U.S.C.` / blank / `§§ 321, 355).` / `12 See`).
            if noteForm != .markdown, line != unit[0], let next = nextPageFootNote(line) {
                recoverSkippedNote(before: EssayBuilder.number(ofLabel: next.label))
                footnotes.append(RawFootnote(label: next.label, pieces: [], labelRange: line.lowerBound..<next.textStart))
                appendToLastNote(next.textStart..<line.upperBound)
                continue
            }
            appendToLastNote(LineRules.unquoted(line, in: file.bytes))
        }
        return true
    }

    /// Whether a note's start labelled `label`, in a run of notes, is a line of the last note's
    /// text that opens with a number (`2026. Selections are ...`, a year wrapped to a line's
    /// start): its number is neither the next note's nor the one after (a lost note's), nor a
    /// lower one not read yet (a note printed out of order), and a line further on opens the next
    /// note. Read as a note, it would put the next notes' numbers
    /// out of reach.
    private func isTextBeforeTheNextNote(_ label: String, in unit: [Range<Int>]) -> Bool {
        guard !footnotes.isEmpty else { return false }
        let number = EssayBuilder.number(ofLabel: label)
        let expected = lastNoteNumber + 1
        // The number first: most notes are the next one, and only then are the last note's lines read.
        guard number > 0, number < expected || number > expected + 1, !lastNoteIsEmpty else { return false }
        // A lower number not read yet may be a note printed after the next one (`61.` then `60.`).
        if number < expected, !footnotes.contains(where: { $0.number == number }) { return false }
        return nextNoteOpensAhead(expected, after: unit.dropFirst())
    }

    /// `isTextBeforeTheNextNote` of a unit's first line, whatever form of note's start it takes.
    private func isTextBeforeTheNextNote(_ unit: [Range<Int>]) -> Bool {
        guard let line = unit.first, file.bytes[line].first.map(Bytes.isDigit) == true else { return false }
        let bytes = file.bytes[line]
        guard let start = LineRules.footnoteStart(bytes).map({ $0.label }) ?? LineRules.noteStart(bytes, noteForms()).map(\.label) else { return false }
        return isTextBeforeTheNextNote(start, in: unit)
    }

    /// Whether a line of the units ahead (a few, as a page's foot holds) opens note `number` as
    /// a footnote block writes it (`12. text`, or a form `noteForms` admits), the rest of the unit
    /// being handled first.
    private func nextNoteOpensAhead(_ number: Int, after rest: ArraySlice<Range<Int>>) -> Bool {
        var forms = noteForms()
        forms.expected = number
        let label = String(number)
        let opens = { (line: Range<Int>) -> Bool in
            let bytes = self.file.bytes[line]
            guard let lead = bytes.first(where: { $0 != 0x20 }), Bytes.isDigit(lead) || lead == UInt8(ascii: ">") else { return false }
            return LineRules.footnoteStart(bytes)?.label == label || LineRules.noteStart(bytes, forms)?.label == label
        }
        if rest.prefix(60).contains(where: opens) { return true }
        return pending.reversed().prefix(12).contains { $0.prefix(60).contains(where: opens) }
    }

    /// Whether a unit opening `2025. text` among page-foot notes numbered `19 text` is the rest of the
    /// last note rather than a note: `pdftotext -layout` parts a note's first line from the rest by
    /// a blank line, and the rest may open with a year or a page range's end (`pp. 121-` / blank /
    /// `134. Even ...`). Only in a page's notes whose last label has no period (`19 text`), and
    /// only for a number that does not run on from the last note's.
    private func isNumberedContinuation(_ label: String) -> Bool {
        guard region == .footnoteBlock, noteForm == .pageFeet || noteForm == .pageBlocks, !footnotes.isEmpty else { return false }
        let number = EssayBuilder.number(ofLabel: label)
        guard number > lastNoteNumber + 2 || number <= lastNoteNumber else { return false }
        // The last note's label has no period: the notes here are `19 text`, not `19. text`.
        let labelRange = footnotes[footnotes.count - 1].labelRange
        return !labelRange.isEmpty && !file.bytes[labelRange].contains(UInt8(ascii: "."))
    }

    /// Whether, before any note is known, the units after this one are bare notes numbered on from
    /// the next and then a quoted one, as a conversion that quotes its notes may leave the first
    /// ones bare (`1 text`, `2 text`, `> 3 text`).
    private func quotedNoteFollowsBareOnes() -> Bool {
        var expected = lastNoteNumber + 2
        for unit in pending.reversed().prefix(6) {
            guard let line = unit.first else { return false }
            let bytes = file.bytes[line]
            if bytes.first == UInt8(ascii: ">") {
                let start = LineRules.noteStart(bytes, LineRules.NoteStartForms(expected: expected, quotedOnly: true))
                return start.map { EssayBuilder.number(ofLabel: $0.label) == expected } ?? false
            }
            let digits = bytes.prefix(while: Bytes.isDigit)
            guard !digits.isEmpty, digits.count <= 4, digits.endIndex < bytes.endIndex, bytes[digits.endIndex] == 0x20,
                  Int(String(decoding: digits, as: UTF8.self)) == expected else { return false }
            expected += 1
        }
        return false
    }

    /// Notes at the foot of a page of plain converted text (pdftotext, MarkItDown, PyMuPDF), where
    /// no rule or page break comes before them: a line opening with the next note's number and a
    /// space (`11 See ...`, or the number alone with the text below it) starts the page's notes
    /// when the text since the last note marks that number, glued to a word as plain text prints a
    /// superscript (`safety.11`) or set apart from it (`safety, 11 which`), or marks the note
    /// after it, which opens further on in the unit (the mark of this one was lost). Lines of the body above it in the same unit go back to the body;
    /// the note's lines and the notes after it are read as a footnote block.
    mutating func takePageFootNotes(_ unit: inout [Range<Int>]) -> Bool {
        // In a page's notes, a unit runs on into the next page (its head and footer unknown) when
        // text after the last note marks the next one.
        let inNotes = region == .footnoteBlock && (noteForm == .pageFeet || noteForm == .pageBlocks)
        // A page whose marks link to its notes prints no note bare: a line opening with digits
        // (`18 U.S.C. § 922 ...`) is its text.
        guard !webNoteTargets.linksNotes, region == .body || inNotes, noteForm == nil || noteForm == .pageFeet || noteForm == .pageBlocks else { return false }
        // In notes the first line is passed by: a unit of one line has none to look at.
        if inNotes, unit.count < 2 { return false }
        let expected = lastNoteNumber + 1
        let bytes = file.bytes
        for (index, line) in unit.enumerated() where index > 0 || !inNotes {
            // Only a line opening with a digit is looked into further.
            guard let lead = bytes[line].first(where: { $0 != 0x20 }), Bytes.isDigit(lead), !isAffiliationLine(unit, at: index),
                  let (number, textStart) = pageFootNoteStart(&unit, at: index, expected: expected, inNotes: inNotes) else { continue }
            if inNotes {
                region = .body
                pageBreakSinceLastBlock = true
            }
            if index > 0 {
                let tail = lastNoteTail(unit[..<index], expected: expected, noteTextColumn: textStart - line.lowerBound)
                pending.append(Array(unit[index...]))
                if !tail.isEmpty {
                    dropContinuedMark()
                    for line in tail { appendToLastNote(line) }
                    unit.removeSubrange(tail.startIndex...)
                } else if let star = authorNoteStart(unit[..<index]) {
                    // The author's note (`* Professor of Law.`) at the first page's foot, before note 1.
                    footnotes.append(RawFootnote(label: star.label, pieces: [star.textStart..<unit[star.line].upperBound] + unit[(star.line + 1)..<index],
                                                 labelRange: unit[star.line].lowerBound..<star.textStart, number: 0))
                    if authorNoteLabel == nil { authorNoteLabel = star.label }
                    unit.removeSubrange(star.line...)
                } else {
                    unit.removeSubrange(index...)
                }
                return unit.isEmpty
            }
            region = .footnoteBlock
            unitsSinceBreak = 1
            addPageFootNotes(from: &unit, start: LineRules.NoteStart(label: String(number), textStart: textStart))
            return true
        }
        return false
    }

    /// Whether line `index` of `unit` is an author's affiliation under the byline, numbered as the
    /// byline's names mark it (`Ada Roe1 and Tom Vale2` / `1 School of Law, ...`), not a note: before
    /// any body and any note, within the file's first eight lines, under the byline (the line above
    /// the numbered lines: short, no sentence in it, its names marked with the number glued to a
    /// letter, `Roe1`), as a page's notes come after the page's body.
    private func isAffiliationLine(_ unit: [Range<Int>], at index: Int) -> Bool {
        guard footnotes.isEmpty, index > 0, sections.allSatisfy({ $0.blocks.isEmpty }),
              file.bytes[..<unit[index].lowerBound].lazy.filter({ $0 == 0x0A }).count < 8 else { return false }
        let bytes = file.bytes
        let digits = bytes[unit[index]].prefix(while: Bytes.isDigit)
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        var above = index - 1
        while above > 0, bytes[unit[above]].first.map(Bytes.isDigit) == true { above -= 1 }
        let byline = LineRules.trim(bytes[unit[above]])
        guard byline.count <= Self.longestFrontLine, byline.last != UInt8(ascii: "."),
              !byline.indices.dropLast().contains(where: { byline[$0] == UInt8(ascii: ".") && byline[$0 + 1] == 0x20 }) else { return false }
        // The number glued to a name: a letter before it, no digit after it.
        var offset = byline.startIndex + 1
        while offset + digits.count <= byline.endIndex {
            if Bytes.isLetter(byline[offset - 1]), byline[offset..<(offset + digits.count)].elementsEqual(digits),
               offset + digits.count == byline.endIndex || !Bytes.isDigit(byline[offset + digits.count]) { return true }
            offset += 1
        }
        return false
    }

    /// The longest line a byline takes, in bytes.
    private static let longestFrontLine = 120

    /// Where the author's note starts among the lines above the first page's first note, as plain
    /// text leaves it at the page's foot: a line opening with `*` (or TeX's `∗`), `†` or `‡` and a
    /// space, within the six lines above, before any note is known.
    private func authorNoteStart(_ lines: ArraySlice<Range<Int>>) -> (line: Int, label: String, textStart: Int)? {
        guard footnotes.isEmpty else { return nil }
        for index in lines.indices.reversed().prefix(6) {
            if let mark = authorMark(opening: lines[index], asterisks: 1) { return (index, mark.label, mark.textStart) }
        }
        return nil
    }

    /// The author's mark opening `line` and where its text starts: up to `asterisks` `*`, or TeX's
    /// `∗`, `†` or `‡`, then a space, on a line longer than four bytes.
    func authorMark(opening line: Range<Int>, asterisks: Int) -> (label: String, textStart: Int)? {
        guard line.count > 4 else { return nil }
        let bytes = file.bytes
        let start = line.lowerBound
        if bytes[start] == UInt8(ascii: "*") {
            var end = start
            while end < line.upperBound, bytes[end] == UInt8(ascii: "*") { end += 1 }
            return end - start <= asterisks && end < line.upperBound && bytes[end] == 0x20 ? ("*", end + 1) : nil
        }
        guard bytes[start] == 0xE2, bytes[start + 3] == 0x20 else { return nil }
        switch (bytes[start + 1], bytes[start + 2]) {
        case (0x80, 0xA0): return ("†", start + 4)
        case (0x80, 0xA1): return ("‡", start + 4)
        case (0x88, 0x97): return ("*", start + 4)
        default: return nil
        }
    }

    /// Adds the notes of a unit opening with a note at a page's foot; a number alone on its line
    /// has its text on the next.
    private mutating func addPageFootNotes(from unit: inout [Range<Int>], start: LineRules.NoteStart) {
        var start = start
        if start.textStart == unit[0].upperBound, unit.count > 1 {
            unit.removeFirst()
            start.textStart = unit[0].lowerBound
        }
        addNotes(from: &unit, start: start, form: .pageFeet)
    }

    /// The start of the note numbered after the last on `line`, in a page's notes of plain text:
    /// `12 See ...`, or `12` alone with the text on the lines after it.
    func nextPageFootNote(_ line: Range<Int>) -> LineRules.NoteStart? {
        let expected = lastNoteNumber + 1
        let bytes = LineRules.trim(file.bytes[line])
        if bytes.count <= 4, !bytes.isEmpty, bytes.allSatisfy(Bytes.isDigit), Int(String(decoding: bytes, as: UTF8.self)) == expected {
            return LineRules.NoteStart(label: String(expected), textStart: line.upperBound)
        }
        let found = LineRules.noteStart(file.bytes[line], noteForms())
        guard let start = found, EssayBuilder.number(ofLabel: start.label) == expected else {
            guard bytes.first.map(Bytes.isDigit) == true else { return nil }
            return justifiedNoteStart(line, number: expected) ?? lowerCaseNoteStart(line) ?? resynchronisedStart(line)
                ?? resynchronisedBareStart(found ?? justifiedNoteStart(line, number: expected + 1), on: line) ?? afterLostLabelStart(line)
        }
        return splitsAVolume(start, on: line) ? nil : start
    }

    /// The next note's start where pdfminer (MarkItDown) kept a justified line's two spaces (or
    /// three or four) after its number (`2  See ...`), as it printed the page's first note: where
    /// pages end with form feeds and a note was read, before a capital, a quotation mark or a
    /// bracketed number (`(1672) 83 Eng. Rep.`, a Commonwealth report's year). Without it every note after a page's first went on with it.
    private func justifiedNoteStart(_ line: Range<Int>, number: Int) -> LineRules.NoteStart? {
        guard hasFormFeeds, !footnotes.isEmpty else { return nil }
        let bytes = file.bytes
        let digits = Array(String(number).utf8)
        // The note's first line may be indented as a paragraph is (`  154  See ...`).
        var labelStart = line.lowerBound
        while labelStart < line.upperBound, bytes[labelStart] == 0x20, labelStart - line.lowerBound < 4 { labelStart += 1 }
        var text = labelStart + digits.count
        guard text + 2 < line.upperBound, bytes[labelStart..<text].elementsEqual(digits) else { return nil }
        while text < line.upperBound, bytes[text] == 0x20, text - labelStart - digits.count < 4 { text += 1 }
        guard text - labelStart - digits.count >= 2, text < line.upperBound else { return nil }
        let lead = bytes[text]
        // A bracketed year or volume opens a report's citation (`(1672) 83 Eng. Rep. 112`, `[2011] 2 SCR`).
        let opensBracketedNumber = (lead == UInt8(ascii: "(") || lead == UInt8(ascii: "[")) && text + 1 < line.upperBound && Bytes.isDigit(bytes[text + 1])
        guard Bytes.isUpper(lead) || lead == UInt8(ascii: "\"") || opensBracketedNumber
                || (lead == 0xE2 && text + 2 < line.upperBound && bytes[text + 1] == 0x80 && bytes[text + 2] == 0x9C) else { return nil }
        return LineRules.NoteStart(label: String(number), textStart: text)
    }

    /// The lines at the end of a page's text that are the tail of the last page's last note: that
    /// note stopped mid-sentence or says it is `(continued...)`, and the lines come after the
    /// page's last line of body text, which ends with the mark of a note on this page (`... .50`),
    /// and after the last line marking an upcoming note (notes mark none).
    private func lastNoteTail(_ lines: ArraySlice<Range<Int>>, expected: Int, noteTextColumn: Int = 0) -> ArraySlice<Range<Int>> {
        guard !footnotes.isEmpty, let lastPiece = footnotes[footnotes.count - 1].pieces.last else { return [] }
        let noteText = LineRules.trim(file.bytes[lastPiece])
        guard lastNoteStopsMidSentence || noteText.suffix(14).elementsEqual("(continued...)".utf8)
                || noteText.suffix(11).elementsEqual("(continued)".utf8) else { return [] }
        for index in lines.indices.reversed() where index < lines.endIndex - 1 {
            let line = LineRules.trim(file.bytes[lines[index]])
            let digits = line.reversed().prefix(while: Bytes.isDigit).count
            guard digits > 0, digits < line.count, digits <= 4,
                  let number = Int(String(decoding: line.suffix(digits), as: UTF8.self)), number >= expected,
                  ".,;:?!)\"'".utf8.contains(line[line.endIndex - digits - 1]) || line[line.endIndex - digits - 1] >= 0x80 else { continue }
            // Notes mark none: lines marking a note of this page are the body's (no tail), and
            // where a line marks an upcoming note (`agreements.23`) the tail starts after the last.
            let rest = lines[(index + 1)...]
            if rest.contains(where: { marksPageNote($0, from: expected) }) { return [] }
            if let marking = rest.lastIndex(where: marksAnUpcomingNote) { return afterTheBody(lines[(marking + 1)...]) }
            return afterTheBody(rest)
        }
        // A unit of its own at the next page's foot, over that page's notes (an OCR'd scan parts
        // the body from its notes by a blank line): lines going on in lower case, marking no note,
        // are the rest of the note that stopped mid-sentence.
        if let first = lines.first, lines.count <= 6, startsWithLowercase(first) || isAlignedWithNoteText(lines, column: noteTextColumn),
           pageBreakSinceLastNote(before: first.lowerBound), !lines.contains(where: { marksPageNote($0, from: expected) }) {
            return lines
        }
        return []
    }

    /// Whether every line of `lines` is indented to `column`, where the text of the note after
    /// them starts (`pdftotext -layout` sets a note continued below the next page's body, `      METRO
    /// FILING GROUP, http://...`, over that page's first note, `130   Ben Lowe, ...`, in the notes'
    /// text column), and no line of them is indented so by chance: two spaces at least.
    private func isAlignedWithNoteText(_ lines: ArraySlice<Range<Int>>, column: Int) -> Bool {
        guard column >= 2 else { return false }
        let bytes = file.bytes
        return lines.allSatisfy { line in
            line.count > column && bytes[line.lowerBound..<(line.lowerBound + column)].allSatisfy { $0 == 0x20 } && bytes[line.lowerBound + column] != 0x20
        }
    }

    /// Whether a form feed lies between the last note's last line and `position`: what follows
    /// is on a later page.
    private func pageBreakSinceLastNote(before position: Int) -> Bool {
        guard let end = footnotes.last?.pieces.last?.upperBound ?? footnotes.last?.labelRange.upperBound else { return false }
        return formFeeds.contains { $0 > end && $0 < position }
    }

    /// The tail among lines that may open with the rest of the body's paragraph: where a line
    /// going on in lower case follows one that ends a sentence (`... gives up on collecting.` /
    /// `of 4.8% of their accounts ...`), the body's sentence ended and the note's goes on, so the
    /// tail starts there; otherwise all the lines are the tail.
    private func afterTheBody(_ lines: ArraySlice<Range<Int>>) -> ArraySlice<Range<Int>> {
        for index in lines.indices.reversed() where index > lines.startIndex {
            if startsWithLowercase(lines[index]), ending(of: [lines[index - 1]]) == .complete { return lines[index...] }
        }
        return lines
    }

    /// Whether `line` holds the mark of a note from `expected` on (up to 40 further), glued to a
    /// word as plain text prints it (`the charge.212 And`).
    private func marksPageNote(_ line: Range<Int>, from expected: Int) -> Bool {
        let bytes = file.bytes
        var index = line.lowerBound
        while index < line.upperBound {
            guard Bytes.isDigit(bytes[index]), index > line.lowerBound, !Bytes.isDigit(bytes[index - 1]) else { index += 1; continue }
            var end = index
            while end < line.upperBound, Bytes.isDigit(bytes[end]) { end += 1 }
            if end - index <= 4, bytes[index] != UInt8(ascii: "0"), Self.isGluedMark(bytes, at: index, count: end - index) {
                let number = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
                if number >= expected, number <= expected + 40 { return true }
            }
            index = end
        }
        return false
    }

    /// Takes a `(continued...)` mark off the end of the last note, whose tail is found.
    private mutating func dropContinuedMark() {
        guard let piece = footnotes.last?.pieces.last else { return }
        let text = LineRules.trim(file.bytes[piece])
        for mark in ["(continued...)", "(continued)"] where text.suffix(mark.utf8.count).elementsEqual(mark.utf8) {
            footnotes[footnotes.count - 1].pieces[footnotes[footnotes.count - 1].pieces.count - 1] = piece.lowerBound..<(text.endIndex - mark.utf8.count)
            return
        }
    }

    /// Where the text of the note numbered `number` starts, when line `index` of `unit` opens it:
    /// the number, a space and text that does not go on in lower case, the number alone with a
    /// line after it, or the number glued to its text (`LineRules.gluedNoteStart`).
    func pageFootNoteText(_ unit: [Range<Int>], at index: Int, number: Int) -> Int? {
        let line = file.bytes[unit[index]]
        var start = line.startIndex
        while start < line.endIndex, line[start] == 0x20, start - line.startIndex < 3 { start += 1 }
        let digits = line[start...].prefix(while: Bytes.isDigit)
        guard !digits.isEmpty, digits.count <= 8, digits.first != UInt8(ascii: "0") else { return nil }
        guard digits.count <= 4, Int(String(decoding: digits, as: UTF8.self)) == number else {
            // The number glued to a volume or title that opens the note (`3742 U.S.C. §7436(d).`).
            return LineRules.gluedNoteStart(line[start...], digits: digits, expected: number)?.textStart
        }
        var text = digits.endIndex
        if text == line.endIndex || LineRules.isBlank(line[text...]) {
            return index + 1 < unit.count ? line.endIndex : nil
        }
        if let glued = LineRules.gluedNoteStart(line[start...], digits: digits, expected: number) { return glued.textStart }
        // A Word draft justified by pdfminer (MarkItDown) prints a note `8.  See ...`, a full stop
        // and two spaces after the number, though its first note was `1  Text`: only after a note
        // was read, on pages parted by form feeds (a heading `1.  Today's ...` opens no note).
        if line[text] == UInt8(ascii: "."), hasFormFeeds, !footnotes.isEmpty, text + 3 < line.endIndex, line[text + 1] == 0x20, line[text + 2] == 0x20 { text += 1 }
        // Pages parted only by a repository's footer, as a LaTeX paper's text layer prints its notes
        // `10. Text`: a full stop, a space and a capital (the callers ask that the body mark it).
        if line[text] == UInt8(ascii: "."), !hasFormFeeds, repositoryFooters.partsPages, text + 2 < line.endIndex, line[text + 1] == 0x20,
           Bytes.isUpper(line[text + 2]) { text += 1 }
        guard line[text] == 0x20 else { return nil }
        while text < line.endIndex, line[text] == 0x20 { text += 1 }
        guard text < line.endIndex, !Bytes.isLower(line[text]) else {
            // After a line of the same unit that stops mid-sentence (`the Navy, and` / `15 other
            // offices`), a number before a word in lower case goes on with that sentence.
            if index > 0, ending(of: [unit[index - 1]]) != .complete { return nil }
            return lowerCaseNoteStart(unit[index])?.textStart
        }
        return text
    }

    /// Whether the text from the start of the last note (its end, when `sinceLastNoteEnds`; the
    /// file's start when there is none) to `end` marks note `number` as plain text prints a
    /// superscript: its digits glued to a word or to the punctuation after one (`care.1`,
    /// `branch2`, `Clause,22`, `2021.15`), with no digit or letter after them, or set apart from
    /// it (`the visa, 14 which`, `LooseMarks.isSetApart`), or glued between a sentence's stop and
    /// the next word where a converter lost the spaces (`texts.34Inthose`, `SentenceGluedMarks`).
    func marksNote(_ number: Int, before end: Int, sinceLastNoteEnds: Bool = false) -> Bool {
        let bytes = file.bytes
        let digits = Array(String(number).utf8)
        var from = 0
        // From the last note's start: a tail given to it may lie after the page's text.
        // The author's note (numbered 0) comes before note 1 but marks nothing.
        if let last = footnotes.last, last.number > 0 {
            from = min(sinceLastNoteEnds ? (last.pieces.last?.upperBound ?? last.labelRange.upperBound) : last.labelRange.lowerBound, end)
        }
        var index = from + 1
        while index + digits.count <= end {
            // Among marks run together after a word's full stop (`rights.414243`).
            if Bytes.isDigit(bytes[index]), index >= from + 3, bytes[index - 1] == UInt8(ascii: ".") || bytes[index - 1] >= 0x80 || bytes[index - 1] == UInt8(ascii: "\""),
               Self.fusedMarksHold(number, bytes, from: index) {
                return true
            }
            guard bytes[index] == digits[0] else { index += 1; continue }
            if Self.isGluedMark(bytes, at: index, count: digits.count) || LooseMarks.isSetApart(bytes, at: index, count: digits.count)
                || Self.isMarkAloneInASentence(bytes, at: index, count: digits.count) || SectionDecimalMarks.isMark(bytes, at: index, count: digits.count)
                || SentenceGluedMarks.isMark(bytes, at: index, count: digits.count),
               bytes[index..<(index + digits.count)].elementsEqual(digits) {
                return true
            }
            if digits.count == 1, index >= from + 5, Self.isOneDigitMarkAfterYear(bytes, at: index) { return true }
            // Glued to a year (`Pound in 1939192`), as `findPlainMarkers` reads it.
            if index >= from + 5, digits.count >= 2, Bytes.isDigit(bytes[index - 1]), index + digits.count <= bytes.count,
               index + digits.count == bytes.count || !Bytes.isDigit(bytes[index + digits.count]),
               Self.markAfterYear(bytes, digits: (index - 4)..<(index + digits.count), expected: number) != nil {
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether the `count` digits at `index`, glued as a mark is, lie inside a web address
    /// (`vol1/iss2`, `AddressDigits`): the mark finders anchor no note there. The evidence that
    /// opens a note (`marksNote`) still counts them, so the note is kept.
    static func isAddressDigits(_ bytes: [UInt8], at index: Int, count: Int) -> Bool {
        count <= 4 && isGluedMark(bytes, at: index, count: count) && AddressDigits.areInside(bytes, at: index, count: count)
    }

    /// Whether the run of digits at `index` is marks run together after a word's stop, one of them
    /// `number`'s (`rights.414243` holds 42), as `FusedMarks` reads them.
    static func fusedMarksHold(_ number: Int, _ bytes: [UInt8], from index: Int) -> Bool {
        guard index > 0, !Bytes.isDigit(bytes[index - 1]) else { return false }
        var end = index
        while end < bytes.count, end - index <= 16, Bytes.isDigit(bytes[end]) { end += 1 }
        guard end - index >= 2, let marks = FusedMarks.marks(bytes, digits: index..<end) else { return false }
        return marks.contains { $0.number == number }
    }

    /// Whether the `count` digits at `index` are a mark a PDF's text set on a line of its own inside
    /// a sentence (`the costs in-` / `20` / `volved in shielding`): the line before stops with a
    /// letter, a hyphen or a comma, and the line after goes on in lower case. A page's number
    /// stands between a page's last line and the next page's furniture or first line, after a
    /// line of its own.
    static func isMarkAloneInASentence(_ bytes: [UInt8], at index: Int, count: Int) -> Bool {
        let end = index + count
        guard index >= 2, end + 1 < bytes.count, bytes[index - 1] == 0x0A, bytes[end] == 0x0A, bytes[index] != UInt8(ascii: "0") else { return false }
        let before = bytes[index - 2]
        guard Bytes.isLetter(before) || before == UInt8(ascii: "-") || before == UInt8(ascii: ",") else { return false }
        return Bytes.isLower(bytes[end + 1])
    }

    /// Where `number` is first written in `start..<end` of `bytes` as a mark glued to a word
    /// (`Resilience.24`, `market.12 The`), if it is.
    static func firstGluedMark(_ number: Int, in bytes: [UInt8], from start: Int, upTo end: Int) -> Int? {
        let digits = Array(String(number).utf8)
        var index = start
        while index + digits.count <= end {
            if bytes[index] == digits[0], bytes[index..<(index + digits.count)].elementsEqual(digits),
               isGluedMark(bytes, at: index, count: digits.count) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether the `count` digits at `index` read as a note's mark printed as plain text: glued
    /// to a word or to the punctuation after one, with no digit or letter after them.
    static func isGluedMark(_ bytes: [UInt8], at index: Int, count: Int) -> Bool {
        guard index >= 2 else { return false }
        let before = bytes[index - 1]
        let after = index + count < bytes.count ? bytes[index + count] : 0x20
        // `§ 5`, `¶ 5` (C2 A7, C2 B6) are a section and a paragraph, not a note's mark.
        let isSign = (before == 0xA7 || before == 0xB6) && bytes[index - 2] == 0xC2
        // After an en dash (E2 80 93) digits close a range (`11–14`); a mark comes before a dash.
        let closesRange = before == 0x93 && index >= 3 && bytes[index - 2] == 0x80 && bytes[index - 3] == 0xE2
        // After a number's colon and before a dash, digits are a transcript's lines (`Tr. 12:6–9`).
        let afterColon = before == UInt8(ascii: ":") && Bytes.isDigit(bytes[index - 2])
            && (after == UInt8(ascii: "-") || (after == 0xE2 && index + count + 2 < bytes.count && bytes[index + count + 1] == 0x80 && bytes[index + count + 2] == 0x93))
        return !Bytes.isDigit(before) && !isSign && !closesRange && !afterColon && (Bytes.isLetter(before) || ".,;:)]\"'?!".utf8.contains(before) || before >= 0x80)
            && !Bytes.isDigit(after) && !Bytes.isLetter(after) && !isNumberPart(bytes, at: index)
    }

    /// Whether digits at `index`, after a period or comma, are part of a number rather than a mark
    /// glued to one: a decimal's fraction (`Section 5.2`, `$4.1 trillion`, `3.5 percent`), a
    /// number's thousands (`1,250`), or a contents line's page after its leader dots
    /// (`Background.......12`). After a year's four digits (`in 2021.15`), a name's or range's
    /// number (`COVID-19.52`, `pp. 33–35.4`, `Directive 2009/90.48`), or a pinpoint's page that ends a sentence
    /// (`Id. at 153.15 The`, `LooseMarks.isAfterPinpoint`), they are a mark.
    static func isNumberPart(_ bytes: [UInt8], at index: Int) -> Bool {
        let before = bytes[index - 1]
        guard before == UInt8(ascii: ".") || before == UInt8(ascii: ",") else { return false }
        let previous = bytes[index - 2]
        if Bytes.isDigit(previous) {
            var start = index - 2
            while start > 0, index - 2 - start < 5, Bytes.isDigit(bytes[start - 1]) { start -= 1 }
            guard index - 1 - start != 4, start > 0 else { return false }
            let joint = bytes[start - 1]
            var digits = index
            while digits < bytes.count, Bytes.isDigit(bytes[digits]) { digits += 1 }
            // A rule's or an article's number runs to no thousands (`Rule 4,150 based`): the
            // digits after its comma are a mark.
            if before == UInt8(ascii: ","), joint == 0x20, Self.numbersAProvision(bytes, before: start - 1) { return false }
            return !(Bytes.isLetter(joint) || joint == UInt8(ascii: "-") || joint == 0x93 || joint == UInt8(ascii: "/"))
                && !LooseMarks.isAfterPinpoint(bytes, at: index, count: digits - index)
        }
        return previous == UInt8(ascii: ".") && index >= 3 && bytes[index - 3] == UInt8(ascii: ".")
    }

    /// Whether the word that ends at `end` (a space) numbers a provision (`Rule`, `Article`, `Art.`,
    /// `Section`, `Amendment`, `§`): the number after it is no thousands.
    static func numbersAProvision(_ bytes: [UInt8], before end: Int) -> Bool {
        // A justified line may keep two spaces (`Rule  4,150`).
        var end = end
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, start > end - 12, bytes[start - 1] != 0x20, bytes[start - 1] != 0x0A { start -= 1 }
        let word = bytes[start..<end]
        if word.elementsEqual([0xC2, 0xA7]) { return true }
        let lower = word.map { Bytes.isUpper($0) ? $0 | 0x20 : $0 }
        return ["rule", "rules", "article", "art.", "section", "sec.", "amendment", "clause", "chapter", "title", "canon", "principle", "regulation"]
            .contains { lower.elementsEqual($0.utf8) }
    }

    /// The mark plain text glued to a year (`the Act of 1958106`): in a run of six or seven digits
    /// after a space or an opening parenthesis, the first four a year (1600–2029), the rest, two or
    /// three digits not opening with a zero, the number of the next note. (A shorter run may be a
    /// postal code, `20540`.)
    static func markAfterYear(_ bytes: [UInt8], digits: Range<Int>, expected: Int) -> Range<Int>? {
        guard digits.lowerBound > 0, bytes[digits.lowerBound - 1] == 0x20 || bytes[digits.lowerBound - 1] == UInt8(ascii: "("),
              digits.upperBound == bytes.count || !Bytes.isLetter(bytes[digits.upperBound]),
              bytes[digits.lowerBound + 4] != UInt8(ascii: "0") else { return nil }
        func value(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 * 10 + Int($1 &- 0x30) } }
        let year = value(digits.lowerBound..<(digits.lowerBound + 4))
        let mark = (digits.lowerBound + 4)..<digits.upperBound
        return (1600...2029).contains(year) && value(mark) == expected ? mark : nil
    }

    /// Finds the marks of notes printed as plain text in the body (`care.1`, `Clause,22`), where
    /// the notes sit at the pages' feet and nothing else marks them: in reading order, each the
    /// number of the next note (or the one after, where a conversion lost one), glued to a word.
    mutating func findPlainMarkers() {
        let endnotesByNumber = readsEndnotesByNumberAlone
        guard noteForm == .pageFeet || noteForm == .pageBlocks || endnotesByNumber else { return }
        let numbers = footnotes.map(\.number).filter { $0 > 0 }
        guard let first = numbers.first else { return }
        let bytes = file.bytes
        // Notes marked any other way (`<sup>1</sup>`, `[^1]`, `[1](#fn1)`, `<a href="#_ftn1">`) leave
        // plain digits alone.
        for section in sections {
            for block in section.blocks {
                for piece in block.pieces + block.items.flatMap(\.pieces) {
                    if LineRules.firstRange(of: "</sup>", in: bytes[piece]) != nil || LineRules.firstRange(of: "[^", in: bytes[piece]) != nil
                        || LineRules.firstRange(of: "](#", in: bytes[piece]) != nil || LineRules.firstRange(of: "<a ", in: bytes[piece]) != nil { return }
                }
            }
        }
        // Endnotes are on no page of their marks: the marks are read in reading order.
        if !endnotesByNumber, let pages = PlainMarkPages(footnotes: footnotes, formFeeds: formFeeds, pagesBack: readsLawReviewNotes ? 1 : 0) {
            findPlainMarkers(on: pages)
            findHeadingMarks()
            warnOfUnreadNotes(after: numbers.max() ?? first)
            return
        }
        var expected = first
        let last = numbers.max() ?? first
        defer {
            findHeadingMarks()
            warnOfUnreadNotes(after: last)
        }
        for sectionIndex in sections.indices {
            for blockIndex in sections[sectionIndex].blocks.indices {
                let block = sections[sectionIndex].blocks[blockIndex]
                var found: [InlineNote] = []
                for piece in block.pieces + block.items.flatMap(\.pieces) {
                    var index = piece.lowerBound
                    while index < piece.upperBound, expected <= last + 1 {
                        guard Bytes.isDigit(bytes[index]), index > piece.lowerBound, !Bytes.isDigit(bytes[index - 1]) else { index += 1; continue }
                        var end = index
                        while end < piece.upperBound, Bytes.isDigit(bytes[end]) { end += 1 }
                        if Self.isAddressDigits(bytes, at: index, count: end - index) { index = end; continue }
                        // A mark never opens with a zero: `§1.01`, `CIV–07–` are numbers.
                        if end - index <= 4, bytes[index] != UInt8(ascii: "0"), let number = Int(String(decoding: bytes[index..<end], as: UTF8.self)),
                           Self.isGluedMark(bytes, at: index, count: end - index) ? number == expected || number == expected + 1
                               : number == expected && LooseMarks.isSetApart(bytes, at: index, count: end - index) {
                            found.append(InlineNote(range: index..<end, label: String(number)))
                            expected = number + 1
                        } else if end - index >= 6, end - index <= 7, let mark = Self.markAfterYear(bytes, digits: index..<end, expected: expected) {
                            found.append(InlineNote(range: mark, label: String(expected)))
                            expected += 1
                        } else if end - index <= 3, bytes[index..<end].reduce(0, { $0 * 10 + Int($1 &- 0x30) }) == expected,
                                  SectionDecimalMarks.isMark(bytes, at: index, count: end - index)
                                    || SentenceGluedMarks.isMark(bytes, at: index, count: end - index) {
                            found.append(InlineNote(range: index..<end, label: String(expected)))
                            expected += 1
                        } else if let fused = FusedMarks.marks(bytes, digits: index..<end, first: expected)
                                    ?? FusedMarks.marks(bytes, digits: index..<end, first: expected + 1) {
                            found.append(contentsOf: fused.map { InlineNote(range: $0.range, label: String($0.number)) })
                            expected = (fused.last?.number ?? expected) + 1
                        }
                        index = end
                    }
                }
                if !found.isEmpty { sections[sectionIndex].blocks[blockIndex].notes = found }
            }
        }
    }

    /// `findPlainMarkers` where the file's pages are known: each number glued to a word on the
    /// page of the note it names is a candidate, and the marks are those whose numbers rise in
    /// reading order (`PlainMarkPages`).
    private mutating func findPlainMarkers(on pages: PlainMarkPages) {
        let bytes = file.bytes
        var candidates: [PlainMarkPages.Candidate] = []
        for sectionIndex in sections.indices {
            for blockIndex in sections[sectionIndex].blocks.indices {
                let block = sections[sectionIndex].blocks[blockIndex]
                for piece in block.pieces + block.items.flatMap(\.pieces) {
                    var index = piece.lowerBound
                    while index < piece.upperBound {
                        guard Bytes.isDigit(bytes[index]), index > piece.lowerBound, !Bytes.isDigit(bytes[index - 1]) else { index += 1; continue }
                        var end = index
                        while end < piece.upperBound, Bytes.isDigit(bytes[end]) { end += 1 }
                        if Self.isAddressDigits(bytes, at: index, count: end - index) { index = end; continue }
                        let whole = end - index <= 4 ? bytes[index..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) } : 0
                        if end - index <= 4, bytes[index] != UInt8(ascii: "0"), Self.isGluedMark(bytes, at: index, count: end - index),
                           pages.allows(whole, at: index) {
                            candidates.append(.init(range: index..<end, number: whole, section: sectionIndex, block: blockIndex))
                        } else if let fused = FusedMarks.marks(bytes, digits: index..<end), fused.allSatisfy({ pages.allows($0.number, at: index) }) {
                            // Marks run together after a word's stop, where the run as one number marks no note here.
                            for mark in fused {
                                candidates.append(.init(range: mark.range, number: mark.number, section: sectionIndex, block: blockIndex))
                            }
                        } else if end - index <= 4, bytes[index] != UInt8(ascii: "0"), Self.isGluedMark(bytes, at: index, count: end - index) {
                            // A glued number no note of this page has: no mark.
                        } else if end - index <= 3, pages.allows(whole, at: index), SentenceGluedMarks.isMark(bytes, at: index, count: end - index) {
                            candidates.append(.init(range: index..<end, number: whole, section: sectionIndex, block: blockIndex))
                        } else if end - index <= 3, pages.allows(whole, at: index), SectionDecimalMarks.isMark(bytes, at: index, count: end - index) {
                            candidates.append(.init(range: index..<end, number: whole, section: sectionIndex, block: blockIndex, setApart: true, onlyNext: true))
                        } else if end - index <= 3, LooseMarks.isSetApart(bytes, at: index, count: end - index)
                                    || numberLineFeet.bareMarks[index] != nil {
                            let number = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
                            if pages.allows(number, at: index) {
                                candidates.append(.init(range: index..<end, number: number, section: sectionIndex, block: blockIndex, setApart: true))
                            }
                        } else if end - index >= 6, end - index <= 7 {
                            let number = bytes[(index + 4)..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
                            if pages.allows(number, at: index), let mark = Self.markAfterYear(bytes, digits: index..<end, expected: number) {
                                candidates.append(.init(range: mark, number: number, section: sectionIndex, block: blockIndex))
                            }
                        }
                        index = end
                    }
                }
            }
        }
        for mark in pages.marksWithSetApart(among: candidates) {
            sections[mark.section].blocks[mark.block].notes.append(InlineNote(range: mark.range, label: String(mark.number)))
        }
    }

    /// Whether a unit in a run of notes that starts no note goes on with the last note: a note's
    /// second paragraph, or the tail of a note a page break cut.
    ///
    /// - It is quoted, where a conversion quotes the notes at a page's foot; or, in a list of
    ///   notes, indented under the last.
    /// - It marks a note: it is body text, as notes mark none.
    /// - The note numbered after the last (or the one after that, where a conversion lost one)
    ///   follows it: it lies between two notes.
    /// - It goes on in lower case: with whichever of the last note and the body text stopped
    ///   mid-sentence. When both did, right after the page break it is the note's tail (a tail comes
    ///   first in a footnote block), before page furniture it is at the page's foot with the notes,
    ///   and otherwise it is the body's continuation after the page's notes.
    /// - It opens with a capital, page furniture follows, and the last note stopped mid-sentence or
    ///   a note of this page's block came before it (a note's second paragraph at the page's foot).
    private func continuesLastNote(_ unit: [Range<Int>]) -> Bool {
        guard !footnotes.isEmpty else { return false }
        let first = file.bytes[unit[0]]
        // Quoted text goes on with a note only where the conversion quotes its notes; elsewhere
        // it is a block quotation, as after a Markdown essay's `---` break.
        if first.first == UInt8(ascii: ">") { return noteForm == .quoted }
        // A web edition's notes as rows of a table (`| 12. | text`) each hold the whole note on
        // their row: what comes after the table (the report's closing notice) is none of them.
        let lastLabel = footnotes[footnotes.count - 1].labelRange.lowerBound
        if region == .endnotes, lastLabel < file.bytes.count, file.bytes[lastLabel] == UInt8(ascii: "|"),
           LineRules.trim(first).first != UInt8(ascii: "|") { return false }
        if region == .endnotes, LineRules.isIndented(first) { return true }
        // In plain text, lines that a blank parts from the note before and that run into the next
        // note's start (`Kevin J. Hickey, at 1 (2023).` / `4 See ...`) are the note's rest.
        if noteForm != .markdown, unit.dropFirst().contains(where: { nextPageFootNote($0) != nil }) { return true }
        if noteForm == .pageFeet, hasFormFeeds, runsIntoTheNextNote(unit) { return true }
        // Body text marks notes, and notes mark none; looked for only in a unit that may go on.
        return mayContinueLastNote(unit) && !unit.contains(where: { line in
            LineRules.firstRange(of: "<sup>", in: file.bytes[line]) != nil || LineRules.firstRange(of: "[^", in: file.bytes[line]) != nil
        })
    }

    /// The next note's start where a unit of a law review's page notes opens with its number alone
    /// over its text (`71` / `See id. at 105 ...` / `72 See ...`), as pdftotext prints a Word page's
    /// note whose first line is spread: the number is the next, and a line of text follows, not
    /// another number (a column of numbers is `takeLawReviewNumberColumns`'s). Later lines of the
    /// unit opening the notes after it (`72 See ...`) open them. Without it the number and every
    /// later note of the page went on with the last note. A blank line may part the number from
    /// its text (`47` / blank / `See, e.g., ...`): the unit after it is joined when it reads as the
    /// note's text (`textFollowsNumberAlone`); else the note and the page's later notes went to the body.
    private mutating func numberAloneOverText(_ unit: inout [Range<Int>]) -> LineRules.NoteStart? {
        let expected = lastNoteNumber + 1
        guard isNumberAlone(unit[0], expected) else { return nil }
        // A blank line may part the number from its text (`47` / blank / `See, e.g., ...`).
        if unit.count == 1, let next = pending.last, textFollowsNumberAlone(next, number: expected) { unit += pending.removeLast() }
        guard unit.count > 1, opensNoteText(unit[1]) else { return nil }
        return LineRules.NoteStart(label: String(expected), textStart: unit[0].upperBound)
    }

    /// Whether `line` is `number` alone (`71`).
    private func isNumberAlone(_ line: Range<Int>, _ number: Int) -> Bool {
        guard line.count <= 6 else { return false }
        let text = LineRules.trim(file.bytes[line])
        return !text.isEmpty && text.count <= 4 && text.allSatisfy(Bytes.isDigit) && text.first != UInt8(ascii: "0")
            && text.reduce(0) { $0 * 10 + Int($1 &- 0x30) } == number
    }

    /// Whether `line` may be a note's first line of text under its number alone: not in lower
    /// case, and not a number alone itself (a column of numbers); a volume may open it
    /// (`359 F.3d 1066 ...`, `18 U.S.C. § 2702`).
    private func opensNoteText(_ line: Range<Int>) -> Bool {
        let text = LineRules.trim(file.bytes[line])
        guard let lead = text.first, !Bytes.isLower(lead) else { return false }
        return !text.allSatisfy(Bytes.isDigit)
    }

    /// Whether `unit` and the few units after it on the page run into the next note's start, as
    /// pdftotext leaves a Word page's note parted by more than one blank line (a line of small
    /// capitals or an address set apart: `69 Ann Vale, Title, INST.` / blank / `FOR SEC. & DEV.
    /// POL'Y (2020), https://...` / blank / `through-the-text/.` / `70 See ...`): the last note
    /// stops mid-sentence (or the unit does: the note may end with an abbreviation, `INST.`), and no
    /// line before the next note's marks a note to come (notes mark none).
    private func runsIntoTheNextNote(_ unit: [Range<Int>]) -> Bool {
        guard lastNoteStopsMidSentence || ending(of: unit) != .complete else { return false }
        let expected = lastNoteNumber + 1
        // An address's digits (`perma.cc/AB12-CD34]`) are no mark.
        let marks = { (line: Range<Int>) in
            self.marksPageNote(line, from: expected) && LineRules.firstRange(of: "://", in: self.file.bytes[line]) == nil
        }
        if unit.contains(where: marks) { return false }
        var lines = unit.count
        for next in pending.reversed().prefix(3) {
            guard let first = next.first, !isPageSeparator(first), !isFurniture(next) else { return false }
            for line in next {
                if nextPageFootNote(line) != nil { return true }
                if marks(line) { return false }
            }
            lines += next.count
            if lines > 16 { return false }
        }
        return false
    }

    /// `continuesLastNote` but for markers.
    private func mayContinueLastNote(_ unit: [Range<Int>]) -> Bool {
        let next = upcoming()
        let last = lastNoteNumber
        if case .note(let start) = next, (last + 1...last + 2).contains(EssayBuilder.number(ofLabel: start.label)) { return true }
        let noteStops = lastNoteStopsMidSentence
        let bodyStops = !lastBodyEndsSentence
        let furnitureFollows: Bool
        if case .furniture = next { furnitureFollows = true } else { furnitureFollows = false }
        // A paragraph opening with a capital between a page's notes and its foot is a note's next
        // paragraph: body text never comes after the notes on a page.
        guard startsWithLowercase(unit[0]) else { return (noteStops || unitsSinceBreak > 0) && furnitureFollows }
        switch (noteStops, bodyStops) {
        case (false, true): return false
        case (true, true): return unitsSinceBreak == 0 || furnitureFollows
        default: return true
        }
    }

    /// Whether a unit of body text, where notes are quoted, is the tail of the last note: the note
    /// stopped mid-sentence, the page's notes start right after the unit with the next one, and the
    /// unit marks no note.
    private func isTailBeforeTheNextNote(_ unit: [Range<Int>]) -> Bool {
        guard !footnotes.isEmpty, lastNoteStopsMidSentence,
              !unit.contains(where: { LineRules.firstRange(of: "<sup>", in: file.bytes[$0]) != nil }),
              case .note(let next) = upcoming(), EssayBuilder.number(ofLabel: next.label) == lastNoteNumber + 1,
              let nextLine = pending.last?.first, file.bytes[nextLine].first == UInt8(ascii: ">") else { return false }
        return true
    }

    /// Whether the last note's text stops mid-sentence, as a note a page cuts does.
    var lastNoteStopsMidSentence: Bool {
        guard !footnotes.isEmpty else { return false }
        return ending(of: footnotes[footnotes.count - 1].pieces) != .complete
    }

    /// What comes after the unit being handled, as far as a run of notes cares.
    private enum Upcoming {
        case note(LineRules.NoteStart)
        case furniture
        case other
    }

    /// The next unit: a note's start (past any page furniture), page furniture, or something else.
    private func upcoming() -> Upcoming {
        var sawFurniture = false
        for unit in pending.reversed().prefix(4) {
            guard let line = unit.first else { continue }
            // A page separator (pdftotext's form feed, a marker line) ends a page as its furniture does.
            if isPageSeparator(line) || isFurniture(unit) || LineRules.isPrintedFurniture(file.bytes[line])
                || repeatedHeads.contains(line: file.bytes[line]) {
                sawFurniture = true
                continue
            }
            // MarkItDown keeps a justified line's spaces after a page's note's number (`88  Id.`).
            if let start = LineRules.noteStart(file.bytes[line], noteForms())
                ?? (noteForm == .pageFeet ? justifiedNoteStart(line, number: lastNoteNumber + 1) : nil) { return .note(start) }
            return sawFurniture ? .furniture : .other
        }
        return sawFurniture ? .furniture : .other
    }

    /// Whether the next unit, past page furniture, starts a note.
    func nextUnitStartsNote() -> Bool {
        if case .note = upcoming() { return true }
        return false
    }

    /// Whether the last body block ends a sentence (or there is none).
    var lastBodyEndsSentence: Bool {
        guard let section = sections.indices.last, let index = sections[section].blocks.indices.last else { return true }
        if sections[section].blocks[index].kind == .list, let item = sections[section].blocks[index].items.indices.last {
            return ending(of: sections[section].blocks[index].items[item].pieces) == .complete
        }
        return ending(of: sections[section].blocks[index].pieces) == .complete
    }

    /// Adds the notes a unit holds: the one `start` opens on its first line, and one for each later
    /// line that opens the note numbered next (or any Markdown definition); other lines go on with
    /// the note before them. A note a conversion gave twice, empty the first time (`25.` then
    /// `> 25 text`), is kept once.
    mutating func addNotes(from unit: inout [Range<Int>], start: LineRules.NoteStart, form: NoteForm) {
        if noteForm == nil || (noteForm == .pageBlocks && form == .quoted) { noteForm = form }
        let added = footnotes.count
        defer { if form == .markdown { markdownDefinitions.append(contentsOf: added..<footnotes.count) } }
        let firstLine = unit[0]
        if form == .pageFeet || form == .pageBlocks { recoverSkippedNote(before: start.number ?? EssayBuilder.number(ofLabel: start.label)) }
        if !footnotes.isEmpty, footnotes[footnotes.count - 1].label == start.label, lastNoteIsEmpty {
            // The empty one was no note: when the note before stops mid-sentence, its number is
            // that note's tail (`See infra, at 21–` / `25.`), else a stray of the conversion.
            let stray = footnotes.removeLast()
            if lastNoteStopsMidSentence { footnotes[footnotes.count - 1].pieces.append(stray.labelRange) }
        }
        if unit.count == 1, noteForm != .quoted {
            var pieces: [Range<Int>] = []
            swap(&pieces, &unit)
            pieces[0] = start.textStart..<firstLine.upperBound
            footnotes.append(RawFootnote(label: start.label, pieces: pieces, labelRange: firstLine.lowerBound..<start.textStart, number: start.number))
            return
        }
        footnotes.append(RawFootnote(label: start.label, pieces: [], labelRange: firstLine.lowerBound..<start.textStart, number: start.number))
        appendToLastNote(start.textStart..<firstLine.upperBound)
        for line in unit.dropFirst() {
            let bytes = file.bytes[line]
            let next = form == .markdown ? LineRules.definitionStart(bytes)
                : form == .pageFeet ? nextPageFootNote(line)
                : LineRules.noteStart(bytes, noteForms()).flatMap { EssayBuilder.number(ofLabel: $0.label) == footnotes[footnotes.count - 1].number + 1 ? $0 : nil }
                    ?? (form == .pageBlocks ? resynchronisedStart(line) ?? afterLostLabelStart(line) : nil)
            if let next {
                if form != .markdown { recoverSkippedNote(before: EssayBuilder.number(ofLabel: next.label)) }
                footnotes.append(RawFootnote(label: next.label, pieces: [], labelRange: line.lowerBound..<next.textStart))
                appendToLastNote(next.textStart..<line.upperBound)
            } else {
                appendToLastNote(form == .markdown ? line : LineRules.unquoted(line, in: file.bytes))
            }
        }
    }

    /// Adds a piece to the last note. In notes a conversion quoted, a note it ran into the line
    /// before (`... at 7. 36 A detailed ...`) is split off as the note numbered next.
    mutating func appendToLastNote(_ piece: Range<Int>) {
        guard !footnotes.isEmpty else { return }
        guard noteForm == .quoted else {
            footnotes[footnotes.count - 1].pieces.append(piece)
            return
        }
        var rest = piece
        while let cut = mergedNote(in: rest, number: footnotes[footnotes.count - 1].number + 1) {
            footnotes[footnotes.count - 1].pieces.append(rest.lowerBound..<cut.labelStart)
            footnotes.append(RawFootnote(label: String(footnotes[footnotes.count - 1].number + 1), pieces: [],
                                         labelRange: cut.labelStart..<cut.textStart))
            rest = cut.textStart..<rest.upperBound
        }
        footnotes[footnotes.count - 1].pieces.append(rest)
    }

    /// Where the note numbered `number` starts inside `piece`, run into the note before: its number
    /// after a sentence's end (`.`, `)`, `]`, `”`) and a space, then a space and a capital,
    /// emphasis, a quotation mark, or a volume or title before its reporter or code
    /// (`... (1990). 37 42 U.S.C. §7436(d).`): only the number the sequence of notes expects.
    private func mergedNote(in piece: Range<Int>, number: Int) -> (labelStart: Int, textStart: Int)? {
        let bytes = file.bytes
        let digits = Array(String(number).utf8)
        var index = piece.lowerBound + 2
        while index + digits.count + 1 < piece.upperBound {
            guard bytes[index] == digits[0], bytes[index - 1] == 0x20 else {
                index += 1
                continue
            }
            let end = index + digits.count
            let before = bytes[index - 2]
            guard bytes[index..<end].elementsEqual(digits), bytes[end] == 0x20,
                  before == UInt8(ascii: ".") || before == UInt8(ascii: ")") || before == UInt8(ascii: "]") || before == 0x9D,
                  end + 1 < piece.upperBound else {
                index += 1
                continue
            }
            let after = bytes[end + 1]
            if Bytes.isUpper(after) || after == UInt8(ascii: "_") || after == UInt8(ascii: "*") || after == UInt8(ascii: "\"") || after == 0xE2
                || Self.opensWithVolume(bytes, at: end + 1, before: piece.upperBound) {
                return (index, end + 1)
            }
            index += 1
        }
        return nil
    }

    /// Whether a number that opens a note's text starts at `index`: up to five digits, a space and
    /// a capital, as a volume or a code's title comes before its reporter or code (`42 U.S.C.`,
    /// `505 U. S.`, `104 Stat.`).
    static func opensWithVolume(_ bytes: [UInt8], at index: Int, before end: Int) -> Bool {
        var cursor = index
        while cursor < end, Bytes.isDigit(bytes[cursor]), cursor - index < 6 { cursor += 1 }
        return cursor > index && cursor - index <= 5 && bytes[index] != UInt8(ascii: "0")
            && cursor + 1 < end && bytes[cursor] == 0x20 && Bytes.isUpper(bytes[cursor + 1])
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
        guard !markdownDefinitions.isEmpty || !inlineNotes.isEmpty else { return }
        if inlineNotes.isEmpty, markdownDefinitions.allSatisfy({ GutenbergPageNotes.isPageLabel(footnotes[$0].label) }) {
            // Notes labelled by their page (`81/1`) keep the label printed, numbered in their order.
            for (place, index) in markdownDefinitions.enumerated() { footnotes[index].number = place + 1 }
            return
        }
        if inlineNotes.isEmpty {
            let wordMarks = wordCustomMarks()
            if !wordMarks.isEmpty { return renameForWordMarks(wordMarks) }
        }
        // Notes labelled by marks beside numbered ones take no number: numbers keep theirs.
        let marks = inlineNotes.isEmpty ? markLabels() : []
        let named = markdownDefinitions.contains {
            LabelIndex.plainNumber(footnotes[$0].label) == nil && footnotes[$0].label != authorNoteLabel && !marks.contains(footnotes[$0].label)
        }
        guard !inlineNotes.isEmpty || named else { return }
        let bytes = file.bytes
        var numberOf: [String: Int] = [:]
        var next = 1
        var inlineNext = 0
        // A reference (`[^name]`) at `index`: its name numbered if it is new; returns where it ends.
        func numberReference(at index: Int, before end: Int) -> Int? {
            guard bytes[index] == UInt8(ascii: "["), index + 1 < end, bytes[index + 1] == UInt8(ascii: "^"),
                  let close = bytes[(index + 2)..<min(end, index + 3 + LineRules.longestNoteLabel)].firstIndex(of: UInt8(ascii: "]")),
                  close > index + 2 else { return nil }
            let name = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
            if numberOf[name] == nil, !name.contains(" "), !marks.contains(name), name != authorNoteLabel {
                numberOf[name] = next
                next += 1
            }
            return close + 1
        }
        func numberReferences(in piece: Range<Int>) {
            var index = piece.lowerBound
            while index < piece.upperBound { index = numberReference(at: index, before: piece.upperBound) ?? index + 1 }
        }
        for sectionIndex in sections.indices {
            // A heading's reference (`#### Morrow v Castell[^morrow]`) comes before its section's text.
            for piece in sections[sectionIndex].titlePieces { numberReferences(in: piece) }
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
                        index = numberReference(at: index, before: piece.upperBound) ?? index + 1
                    }
                }
            }
        }
        var renamed: [String: String] = [:]
        for index in markdownDefinitions {
            let written = footnotes[index].label
            if written == authorNoteLabel || marks.contains(written) {
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
        var anyBreak = false
        for index in 1..<max(1, starts.count) {
            // The line before `index` ends at its line feed; a hyphen before that (or a carriage
            // return and spaces) after a letter is a break to weigh.
            var end = starts[index] - 1
            let lineStart = starts[index - 1]
            while end > lineStart, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
            if end - 1 > lineStart, bytes[end - 1] == UInt8(ascii: "-"), Bytes.isWordByte(bytes[end - 2]) {
                anyBreak = true
                break
            }
        }
        guard anyBreak else { return }
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

/// The running heads an essay prints on page after page: short lines that come back, either
/// with a page number at one end and a title between (`Legitimacy and Internet Governance 141`,
/// twice or more), or word for word (`Cite as: 597 U. S. ____ (2022)`, `### Opinion of the Court`,
/// three times or more). Heading marks and emphasis do not count. Lines are kept as hashes of
/// their folded text, so counting them makes no strings.
struct RepeatedHeads {
    private var keys: Set<UInt64> = []

    /// The heads among `units` (each a unit of lines of `bytes`); with `parallel`, a long list's
    /// two halves are counted at once, on two cores, and their counts added.
    init(units: [[Range<Int>]], bytes: [UInt8], parallel: Bool = false) {
        let counts: Counts
        if parallel, units.count >= Self.unitsWorthHalving {
            let middle = units.count / 2
            let (first, second) = Parallel.both({ Counts(units[..<middle], bytes: bytes) }, { Counts(units[middle...], bytes: bytes) })
            counts = first.adding(second)
        } else {
            counts = Counts(units[...], bytes: bytes)
        }
        keys = Set(counts.numbered.filter { $0.value > 1 }.keys).union(counts.whole.filter { $0.value > 2 }.keys)
    }

    /// Units below this many are counted on one core: a thread is not worth waking for them.
    private static let unitsWorthHalving = 4096

    /// How often each short line's key comes back among some units.
    private struct Counts: Sendable {
        /// Keys of lines with a page number at one end (`numberedKey`).
        var numbered: [UInt64: Int] = [:]
        /// Keys of lines counted word for word.
        var whole: [UInt64: Int] = [:]

        init(_ units: ArraySlice<[Range<Int>]>, bytes: [UInt8]) {
            // Sized for the short lines of a long essay at once, not grown step by step.
            numbered.reserveCapacity(64)
            whole.reserveCapacity(64)
            // A unit's first and last lines: a page's head and footer stand alone, or, in plain text,
            // at the edges of the page's text.
            for unit in units {
                // A head of two lines (`Cite as: 597 U. S. ____ (2022) 5` / `Opinion of the Court`)
                // has its second line second.
                // The first two lines and the last, by place: a list of them would be made for every unit.
                for place in 0..<min(unit.count, 3) {
                    let line = place < 2 ? unit[place] : unit[unit.count - 1]
                    if line.count <= 12, let key = RepeatedHeads.prefixedNumberKey(bytes[line]) {
                        whole[key, default: 0] += 1
                        continue
                    }
                    guard line.count >= 6, line.count <= 160 else { continue }
                    // A head ends with no period, and a note's start (`4. *Id.*`) is none: most short
                    // lines are passed by at their ends.
                    var end = line.upperBound - 1
                    while end > line.lowerBound, bytes[end] == 0x20 || bytes[end] == UInt8(ascii: "*") || bytes[end] == UInt8(ascii: "_") { end -= 1 }
                    // A line closing an attribute block (`contenteditable="false"}`) is markup, repeated
                    // as a page repeats its notes' markup.
                    if bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "}") { continue }
                    // A line a converter wrapped mid-sentence (`Sand, *supra* note 1, at`, the same
                    // opening in several notes) runs on into the next: no head ends so.
                    if bytes[end] == UInt8(ascii: ",") || Bytes.isLower(bytes[end]), RepeatedHeads.runsOn(bytes[line.lowerBound...end]) { continue }
                    var digits = line.lowerBound
                    while digits < line.upperBound, Bytes.isDigit(bytes[digits]) { digits += 1 }
                    if digits > line.lowerBound, digits < line.upperBound, bytes[digits] == UInt8(ascii: ".") { continue }
                    let text = bytes[line]
                    if let key = RepeatedHeads.wholeKey(text) { whole[key, default: 0] += 1 }
                    if let key = RepeatedHeads.numberedKey(text) {
                        numbered[key, default: 0] += 1
                    } else if let key = RepeatedHeads.citedHeadKey(text) {
                        // Counted as a head printed word for word: three times or more.
                        whole[key, default: 0] += 1
                    }
                }
            }
        }

        /// These counts and `other`'s, added.
        func adding(_ other: Counts) -> Counts {
            var sum = self
            sum.numbered.merge(other.numbered, uniquingKeysWith: +)
            sum.whole.merge(other.whole, uniquingKeysWith: +)
            return sum
        }
    }

    init() {}

    /// Whether `line` is one of the heads.
    func contains(line: ArraySlice<UInt8>) -> Bool {
        guard !keys.isEmpty, line.count <= 160 else { return false }
        if let key = Self.wholeKey(line), keys.contains(key) { return true }
        if let key = Self.numberedKey(line), keys.contains(key) { return true }
        if let key = Self.citedHeadKey(line), keys.contains(key) { return true }
        if line.count <= 12, let key = Self.prefixedNumberKey(line), keys.contains(key) { return true }
        return false
    }

    /// A page's number after a short prefix in capitals and a hyphen, as a report numbers its
    /// pages (`CRS-7`, `A-12`): the prefix's hash, the same for every page.
    private static func prefixedNumberKey(_ line: ArraySlice<UInt8>) -> UInt64? {
        let text = LineRules.trim(line)
        let letters = text.prefix(while: Bytes.isUpper)
        guard (1...5).contains(letters.count), letters.endIndex < text.endIndex, text[letters.endIndex] == UInt8(ascii: "-") else { return nil }
        let digits = text[(letters.endIndex + 1)...]
        guard (1...4).contains(digits.count), digits.allSatisfy(Bytes.isDigit) else { return nil }
        return hash(letters, seed: 0x2545_F491_4F6C_DD1D)
    }

    /// Whether a line ends as no head does: on a comma, or on a word that joins it to the next
    /// line (`at`, `of`, `the`, `see`).
    static func runsOn(_ text: ArraySlice<UInt8>) -> Bool {
        guard let last = text.last else { return false }
        if last == UInt8(ascii: ",") { return true }
        let word = text.suffix(4).drop { !Bytes.isSpace($0) }.dropFirst()
        guard !word.isEmpty, word.count <= 3, word.startIndex - 1 >= text.startIndex, Bytes.isSpace(text[word.startIndex - 1]) else { return false }
        return runOnWords.contains(Array(word))
    }

    private static let runOnWords: Set<[UInt8]> = Set(["at", "of", "the", "and", "in", "to", "a", "an", "see", "for", "by", "on", "or"]
        .map { Array($0.utf8) })

    /// A line without its heading marks, trimmed.
    private static func plain(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var text = LineRules.trim(line)
        while text.first == UInt8(ascii: "#") { text = text.dropFirst() }
        return LineRules.trim(text)
    }

    /// FNV-1a of `text` lower-cased, emphasis marks left out, from `seed`.
    private static func hash(_ text: ArraySlice<UInt8>, seed: UInt64) -> UInt64 {
        var hash = seed
        for byte in text where byte != UInt8(ascii: "*") && byte != UInt8(ascii: "_") {
            hash = (hash ^ UInt64(Bytes.lowercased(byte))) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// A line's text as a whole, when it reads as a head and not a sentence: a few words ending
    /// with no period, and no link opened that a later line closes (a web page's note ends with
    /// `[Return to citation` / `\^](#fn1)`, the same words in every note, and is no head).
    private static func wholeKey(_ line: ArraySlice<UInt8>) -> UInt64? {
        let text = plain(line)
        guard text.count >= 6, text.count <= 100,
              let last = text.last(where: { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") }), last != UInt8(ascii: ".") else { return nil }
        var letters = 0
        var openBrackets = 0
        for byte in text {
            if byte == UInt8(ascii: "<") { return nil }
            if Bytes.isLetter(byte) {
                letters += 1
            } else if byte == UInt8(ascii: "[") {
                openBrackets += 1
            } else if byte == UInt8(ascii: "]"), openBrackets > 0 {
                openBrackets -= 1
            }
        }
        return letters >= 4 && openBrackets == 0 ? hash(text, seed: 0xCBF2_9CE4_8422_2325) : nil
    }

    /// A head's text without its page number, when the line reads as a head: a page number at one
    /// end, then up to fourteen words, each capitalised or a short joining word, ending with no
    /// sentence's punctuation.
    private static func numberedKey(_ line: ArraySlice<UInt8>) -> UInt64? {
        guard let text = LineRules.pageNumberAtAnEnd(plain(line)),
              let last = text.last(where: { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") }),
              !".,;:!?".utf8.contains(last), !endsSentenceInQuotes(text) else { return nil }
        var words = 0
        var letters = 0
        var index = text.startIndex
        while index < text.endIndex {
            while index < text.endIndex, text[index] == 0x20 { index += 1 }
            guard index < text.endIndex else { break }
            var end = index
            while end < text.endIndex, text[end] != 0x20 { end += 1 }
            let word = text[index..<end].filter { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") }
            words += 1
            letters += word.filter(Bytes.isLetter).count
            if word.contains(UInt8(ascii: "<")) { return nil }
            if let first = word.first(where: { !"[(\"'".utf8.contains($0) }) {
                // An abbreviation's period (`Id.`, `at 12`) reads as a citation, not a title.
                let packed = Bytes.packedLowercase(word)
                if word.last == UInt8(ascii: "."), word.count > 2, packed.map({ !joiningWords.contains($0) }) ?? true { return nil }
                if !(Bytes.isUpper(first) || Bytes.isDigit(first) || first >= 0x80) {
                    guard end < text.endIndex, let packed, joiningWords.contains(packed) else { return nil }
                }
            }
            index = end
        }
        guard words > 0, words <= 14, letters >= 3 else { return nil }
        return hash(text, seed: 0x84222325_CBF29CE4)
    }

    /// Whether `text` ends a sentence inside its closing quotation mark (`Sharma, “Issues.”`), as a
    /// note citing a title does (`209 Sharma, “Issues.”` at two pages' feet), and no head.
    private static func endsSentenceInQuotes(_ text: ArraySlice<UInt8>) -> Bool {
        var end = text.endIndex
        if end - text.startIndex >= 4, text[end - 3] == 0xE2, text[end - 2] == 0x80, text[end - 1] == 0x9D || text[end - 1] == 0x99 {
            end -= 3
        } else if end - text.startIndex >= 2, text[end - 1] == UInt8(ascii: "\"") || text[end - 1] == UInt8(ascii: "'") {
            end -= 1
        } else {
            return false
        }
        return ".!?".utf8.contains(text[end - 1])
    }

    /// A court's head with its page number, that cites the volume it is in rather than naming a
    /// title (`Cite as: 597 U. S. ____ (2022) 5`): a colon among its first words and a closing
    /// parenthesis before the number.
    private static func citedHeadKey(_ line: ArraySlice<UInt8>) -> UInt64? {
        guard let text = LineRules.pageNumberAtAnEnd(plain(line)), text.count >= 10, text.count <= 100,
              LineRules.trim(text).last == UInt8(ascii: ")"),
              let colon = text.firstIndex(of: UInt8(ascii: ":")), colon - text.startIndex <= 12 else { return nil }
        return hash(LineRules.trim(text), seed: 0x5851_F42D_4C95_7F2D)
    }

    /// Short words a title leaves in lower case.
    private static let joiningWords: Set<UInt64> = Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
                                                        "the", "to", "v.", "vs.", "with", "&"].compactMap { Bytes.packedLowercase(Array($0.utf8)) })
}
