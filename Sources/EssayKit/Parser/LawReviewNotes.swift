import LowLevel

/// Notes at the foot of a law review's pages as pdftotext (default mode) prints them: after the
/// page's text, with no rule between, each opening with its number and a full stop (`9. This
/// portion ...`), wrapped lines under it, then a form feed and the next page's running heads. The
/// body marks them with digits glued to a word (`“outsider.”9 This`).
extension EssayBuilder {
    /// A unit of body text in which a line opens the next note (`12. See ...`) at a page's foot:
    /// the number is the next note's (or one after it, where a note was lost), the text since the
    /// last note marks it, and no line after it on the same page opens with it again (a numbered
    /// list in the body is followed by the page's real notes). Lines of body text above it go back
    /// to the body, an author's note above note 1 (`* Professor of Law.`) is the author's, and the
    /// note's lines and the notes after them are read as a footnote block. In a run of such notes,
    /// a unit opening with the next note is read so too.
    mutating func takeLawReviewFootNotes(_ unit: inout [Range<Int>]) -> Bool {
        guard hasFormFeeds else { return false }
        if takeLawReviewNumberColumns(&unit) { return true }
        guard !unit.isEmpty else { return false }
        let bytes = file.bytes
        if footnotes.isEmpty, takeLawReviewAuthorNoteUnit(unit) { return true }
        let expected = lastNoteNumber + 1
        if region == .footnoteBlock {
            let opening = Self.unindented(unit[0], in: bytes)
            guard readsLawReviewNotes, noteForm == .pageBlocks else { return false }
            guard Bytes.isDigit(bytes[opening.lowerBound]),
                  Self.dottedNoteStart(bytes[opening], from: expected, upTo: expected, alone: true) != nil else { return false }
            readLawReviewNotes(&unit)
            return true
        }
        guard region == .body, noteForm == nil || noteForm == .pageBlocks else { return false }
        if readsLawReviewNotes, let next = pending.last?.first, next.count >= 2, Bytes.isDigit(bytes[next.lowerBound]),
           Self.dottedNoteStart(bytes[next], from: expected, upTo: expected, alone: true) != nil, isLawReviewTail(unit) {
            for line in unit { appendToLastNote(line) }
            return true
        }
        // The rest, indented, as a unit of its own right above the page's first note (`pdftotext
        // -layout` may leave a blank line between).
        if readsLawReviewNotes, let next = pending.last?.first, case let opening = Self.unindented(next, in: bytes), opening.count >= 2,
           Bytes.isDigit(bytes[opening.lowerBound]), let start = Self.dottedNoteStart(bytes[opening], from: expected, upTo: expected, alone: true),
           layoutAlignedTailStart(unit, note: next, textStart: start.textStart) == 0 {
            for line in unit { appendToLastNote(line) }
            return true
        }
        for (index, whole) in unit.enumerated() {
            // Only a line opening with a digit (after a paragraph's indent, `pdftotext -layout`) is
            // looked into further.
            let line = Self.unindented(whole, in: bytes)
            guard line.count >= 2, Bytes.isDigit(bytes[line.lowerBound]),
                  let start = Self.dottedNoteStart(bytes[line], from: expected, upTo: expected + 20, alone: true),
                  start.number <= expected + 1
                    ? marksLawReviewNote(start.number, before: line.lowerBound)
                        || (marksLawReviewNote(start.number + 1, before: line.lowerBound) && opensNext(start.number + 1, after: unit[(index + 1)...]))
                    // Further on, where the numbering went wrong (`92.` printed for `90.`): marked,
                    // and the next note follows.
                    : marksLawReviewNote(start.number, before: line.lowerBound) && opensNext(start.number + 1, after: unit[(index + 1)...]),
                  !opensAgainBeforeThePageEnds(start.number, after: unit[(index + 1)...]) else { continue }
            if index > 0 {
                pending.append(Array(unit[index...]))
                unit.removeSubrange(index...)
                // The lost note's number glued to the body's last word (`in its personal38.`).
                let glued = start.number == expected + 1 ? gluedLawReviewNote(expected, in: &unit) : nil
                if readsLawReviewNotes, let tail = lawReviewTailStart(unit) ?? layoutTailStart(unit, noteIndented: line != whole)
                    ?? layoutAlignedTailStart(unit, note: whole, textStart: start.textStart)
                    ?? (isLawReviewTail(unit) ? 0 : nil) {
                    // The last note's rest, which the page before had no room for.
                    for line in unit[tail...] { appendToLastNote(line) }
                    unit.removeSubrange(tail...)
                }
                if let star = lawReviewAuthorNote(in: unit) {
                    footnotes.append(RawFootnote(label: star.label, pieces: [star.textStart..<unit[star.line].upperBound] + unit[(star.line + 1)...],
                                                 labelRange: Self.unindented(unit[star.line], in: bytes).lowerBound..<star.textStart, number: 0))
                    if authorNoteLabel == nil { authorNoteLabel = star.label }
                    unit.removeSubrange(star.line...)
                }
                if let glued { footnotes.append(glued) }
                return unit.isEmpty
            }
            region = .footnoteBlock
            unitsSinceBreak = 1
            noteForm = .pageBlocks
            readsLawReviewNotes = true
            lawReviewMarksFrom = footnotes.last(where: { $0.number > 0 })?.pieces.last?.upperBound ?? 0
            readLawReviewNotes(&unit, first: start.number)
            return true
        }
        return false
    }

    /// Whether `unit` and the units after it, up to the page's next note, are the paragraphs a
    /// note ending in a lead-in (`Professor Moreno explains this shift as follows:`) introduces: the
    /// quotation and its source, parted by blank lines (MarkItDown). Taken into the note when the
    /// next note (`22.`) opens within the next four units on the same page and no line between
    /// marks a note to come (body text marks its notes). Asked in a page's notes, of a unit that
    /// opens no note.
    mutating func takeLeadInNoteParagraphs(_ unit: [Range<Int>]) -> Bool {
        let bytes = file.bytes
        guard region == .footnoteBlock, let last = footnotes.last, last.number > 0, ending(of: last.pieces) == .leadIn,
              !marksAnUpcomingNote(in: unit) else { return false }
        let expected = lastNoteNumber + 1
        var between = 0
        var found = false
        for next in pending.reversed().prefix(4) {
            guard let first = next.first, !isPageSeparator(first), !isFurniture(next) else { return false }
            let opening = Self.unindented(first, in: bytes)
            if opening.count >= 2, Bytes.isDigit(bytes[opening.lowerBound]),
               Self.dottedNoteStart(bytes[opening], from: expected, upTo: expected, alone: true) != nil || nextPageFootNote(first) != nil {
                found = true
                break
            }
            guard !marksAnUpcomingNote(in: next) else { return false }
            between += 1
        }
        guard found else { return false }
        for line in unit { appendToLastNote(line) }
        for _ in 0..<between {
            for line in pending.removeLast() { appendToLastNote(line) }
        }
        return true
    }

    /// The note `number` whose number pdftotext glued to the body's last word as it joined a word
    /// hyphenated across the page's end (`... interstate federalism in its personal38.` over the
    /// note's text, or `... inpatient foot sur4. See infra ...` on one line): digits glued to a
    /// lower-case letter, then a full stop and the line's end or a space and no lower-case
    /// letter, on a line of `lines` (the body's lines above the page's next note) that the body
    /// marked before, with no line after it marking a note to come. The note takes the rest of that
    /// line and the lines after it; the body keeps the line up to the digits. Asked only where the
    /// page's notes open one note on from the expected one.
    private func gluedLawReviewNote(_ number: Int, in lines: inout [Range<Int>]) -> RawFootnote? {
        let bytes = file.bytes
        let digits = Array(String(number).utf8)
        for index in lines.indices.reversed().prefix(12) {
            let line = lines[index]
            var at = line.lowerBound + 1
            while at + digits.count < line.upperBound {
                defer { at += 1 }
                guard bytes[at] == digits[0], Bytes.isLower(bytes[at - 1]), bytes[at..<(at + digits.count)].elementsEqual(digits) else { continue }
                let stop = at + digits.count
                guard bytes[stop] == UInt8(ascii: ".") else { continue }
                var text = stop + 1
                if text < line.upperBound {
                    guard bytes[text] == 0x20 else { continue }
                    while text < line.upperBound, bytes[text] == 0x20 { text += 1 }
                    guard text < line.upperBound, !Bytes.isLower(bytes[text]), !Bytes.isDigit(bytes[text]) else { continue }
                }
                guard marksLawReviewNote(number, before: at), !lines[(index + 1)...].contains(where: marksAnUpcomingNote) else { return nil }
                var pieces: [Range<Int>] = text < line.upperBound ? [text..<line.upperBound] : []
                pieces += lines[(index + 1)...]
                guard !pieces.isEmpty else { return nil }
                lines.removeSubrange(index...)
                lines.append(line.lowerBound..<at)
                return RawFootnote(label: String(number), pieces: pieces, labelRange: at..<stop)
            }
        }
        return nil
    }

    /// The author's note as a unit of its own right above note 1 (`*  Associate Professor ...`, then
    /// `1.  See ...`), as MarkItDown parts a page's notes by blank lines: read as the author's
    /// note when the body above marks note 1. Asked only before any note is read, of a unit opening
    /// with `*`, `∗`, `†` or `‡`.
    private mutating func takeLawReviewAuthorNoteUnit(_ unit: [Range<Int>]) -> Bool {
        let bytes = file.bytes
        let lead = bytes[unit[0].lowerBound]
        guard region == .body, noteForm == nil, lead == UInt8(ascii: "*") || lead == 0xE2,
              let star = authorMark(opening: unit[0], asterisks: 3),
              let next = pending.last?.first, next.count >= 2, bytes[next.lowerBound] == UInt8(ascii: "1"),
              Self.dottedNoteStart(bytes[next], from: 1, upTo: 1) != nil,
              marksLawReviewNote(1, before: unit[0].lowerBound) else { return false }
        footnotes.append(RawFootnote(label: star.label, pieces: [star.textStart..<unit[0].upperBound] + unit[1...],
                                     labelRange: unit[0].lowerBound..<star.textStart, number: 0))
        if authorNoteLabel == nil { authorNoteLabel = star.label }
        return true
    }

    /// Reads a unit of a law review's notes that opens with the next note: each line opening the
    /// note after the last starts it (`12. text`, or `12.` alone with its text below, on the next
    /// line or in the next unit); a column of numbers alone (`12.` / `13.` / `14.`) has the notes'
    /// texts after it in order (`lawReviewColumnTexts`); other lines go on with the last note.
    private mutating func readLawReviewNotes(_ unit: inout [Range<Int>], first: Int? = nil) {
        let bytes = file.bytes
        var index = 0
        while index < unit.count {
            let line = Self.unindented(unit[index], in: bytes)
            // The first note of a run may be the one after the next, where a note was lost.
            var next = index == 0 ? first ?? lastNoteNumber + 1 : lastNoteNumber + 1
            // A note whose number the conversion lost is passed over.
            guard line.count >= 2, Bytes.isDigit(bytes[line.lowerBound]),
                  let start = Self.dottedNoteStart(bytes[line], from: next, upTo: index == 0 ? next : next + 1, alone: true) else {
                appendToLastNote(unit[index])
                index += 1
                continue
            }
            next = start.number
            guard start.textStart == line.upperBound else {
                footnotes.append(RawFootnote(label: String(next), pieces: [start.textStart..<line.upperBound], labelRange: line.lowerBound..<start.textStart))
                index += 1
                continue
            }
            // The number alone: its text, or the column's texts, come on the next lines.
            var labels = index + 1
            func isLabel(_ line: Range<Int>, _ number: Int) -> Bool {
                let labelLine = Self.unindented(line, in: bytes)
                guard labelLine.count >= 2, Bytes.isDigit(bytes[labelLine.lowerBound]),
                      let label = Self.dottedNoteStart(bytes[labelLine], from: number, upTo: number, alone: true) else { return false }
                return label.textStart == labelLine.upperBound
            }
            // A column's numbers may be parted by blank lines (pdftotext sets them apart as far as
            // their notes' texts run): a unit opening with the column's next number goes on with it.
            // Only where the texts after the column part into as many notes (a converter that
            // parts every note by a blank line, MarkItDown, prints its columns otherwise).
            func textsPartAfterColumn(_ known: Int) -> Bool {
                var total = known
                for following in pending.reversed() {
                    guard let first = following.first, !isPageSeparator(first) else { return false }
                    if following.enumerated().allSatisfy({ isLabel($0.element, next + total + $0.offset) }) {
                        total += following.count
                        continue
                    }
                    return following.count >= total && columnNoteEnds(following[...]).count >= total - 1
                }
                return false
            }
            while true {
                while labels < unit.count, labels - index < 60, isLabel(unit[labels], next + labels - index) {
                    labels += 1
                }
                guard labels == unit.count, labels - index < 60, let following = pending.last, let first = following.first,
                      !isPageSeparator(first), !isFurniture(following) else { break }
                let continues = isLabel(first, next + labels - index) && textsPartAfterColumn(labels - index)
                unit.append(contentsOf: pending.removeLast())
                guard continues else { break }
            }
            let count = labels - index
            if count == 1 {
                footnotes.append(RawFootnote(label: String(next), pieces: [], labelRange: line))
                index += 1
                continue
            }
            let texts = lawReviewColumnTexts(unit[labels...], count: count, firstNumber: next)
            for (offset, text) in texts.enumerated() {
                footnotes.append(RawFootnote(label: String(next + offset), pieces: Array(unit[text]),
                                             labelRange: Self.unindented(unit[index + offset], in: bytes)))
            }
            index = texts.last?.upperBound ?? labels
        }
    }

    /// The lines of each of `count` notes whose numbers a column printed apart from their texts:
    /// the texts come in order after it, up to the line opening the note after them. One line
    /// each when there are as many lines as notes; otherwise a note's text ends where a line ends
    /// a sentence and the next opens with no lower-case letter, the likeliest such ends first.
    private func lawReviewColumnTexts(_ lines: ArraySlice<Range<Int>>, count: Int, firstNumber: Int) -> [Range<Int>] {
        let bytes = file.bytes
        var end = lines.startIndex
        func opensTheNoteAfter(_ whole: Range<Int>) -> Bool {
            let line = Self.unindented(whole, in: bytes)
            return line.count >= 2 && Bytes.isDigit(bytes[line.lowerBound])
                && Self.dottedNoteStart(bytes[line], from: firstNumber + count, upTo: firstNumber + count, alone: true) != nil
        }
        while end < lines.endIndex, !opensTheNoteAfter(lines[end]) {
            end += 1
        }
        let start = lines.startIndex
        guard end - start >= count else {
            // Fewer lines than notes: one each, as far as they go.
            return (start..<end).map { $0..<($0 + 1) }
        }
        if end - start == count { return (start..<end).map { $0..<($0 + 1) } }
        let ends = columnNoteEnds(lines[start..<end])
        var chosen = ends.enumerated().sorted { ($0.element.strength, -$0.offset) > ($1.element.strength, -$1.offset) }.prefix(count - 1).map(\.element.line)
        guard chosen.count == count - 1 else { return (start..<(start + count)).map { $0..<($0 + 1) } }
        chosen.sort()
        var ranges: [Range<Int>] = []
        var from = start
        for boundary in chosen {
            ranges.append(from..<boundary)
            from = boundary
        }
        ranges.append(from..<end)
        return ranges
    }

    /// Where a note may end among a column's texts (`lines`, indexed as given): after a line
    /// ending a sentence, before one opening with no lower-case letter; an end after `).`, `].`
    /// or a lower-case word's full stop (not a short capitalised abbreviation's) is the stronger.
    private func columnNoteEnds(_ lines: ArraySlice<Range<Int>>) -> [(line: Int, strength: Int)] {
        let bytes = file.bytes
        var ends: [(line: Int, strength: Int)] = []
        for index in lines.indices.dropFirst() {
            let before = LineRules.trim(bytes[lines[index - 1]])
            let after = LineRules.trim(bytes[lines[index]])
            guard let last = before.last, let lead = after.first, !Bytes.isLower(lead) else { continue }
            var strength = 0
            if last == UInt8(ascii: ".") {
                strength = 1
                if before.count >= 2 {
                    let previous = before[before.endIndex - 2]
                    // A short capitalised word's stop is an abbreviation's (`Evening Star, Jan.` / `31, 1954`).
                    let word = before[..<(before.endIndex - 1)].reversed().prefix(while: Bytes.isLetter)
                    let abbreviation = word.count <= 4 && word.last.map(Bytes.isUpper) == true
                    if previous == UInt8(ascii: ")") || previous == UInt8(ascii: "]") || (Bytes.isLower(previous) && !abbreviation) || Bytes.isDigit(previous) { strength = 2 }
                }
            } else if last == UInt8(ascii: ")") || last == 0x9D {
                strength = 1
            }
            if strength > 0 { ends.append((index, strength)) }
        }
        return ends
    }

    /// Where the rest of the last note starts among the lines above the first note of a page, as
    /// a law review sets a note the page before had no room for at the foot of the next, above its
    /// own notes, with no number: the last note stops mid-sentence, and the lines are set as notes
    /// are, in a smaller type than the body, so each full line holds more characters. The lines
    /// wider than halfway between the widths of the notes' lines and the body's, up to the last
    /// line (which may be short), are the rest; nil when the widths do not tell them apart.
    private func lawReviewTailStart(_ lines: [Range<Int>]) -> Int? {
        guard lines.count >= 2, lastNoteStopsMidSentence, let widths = lineWidths() else { return nil }
        let threshold = (widths.note + widths.body) / 2
        var start = lines.count - 1
        while start > 0, Self.characters(in: file.bytes[lines[start - 1]]) > threshold { start -= 1 }
        // A line marking a note is the body's (pdftotext may run two of its lines into one wide one).
        if let marking = lines[start...].lastIndex(where: marksAnUpcomingNote) { start = marking + 1 }
        // One line alone may be the body's last; and the body keeps a line above the rest.
        guard start < lines.count - 1, start > 0 else { return nil }
        return start
    }

    /// Whether lines with no body text above them (a paragraph of their own, as MarkItDown parts
    /// them from the page's text by a blank line) are all the rest of the last note, set at the next
    /// page's foot right above the page's first note: the last note stops mid-sentence, no line
    /// marks a note to come, and every line but the last is set as notes are, wider than halfway
    /// between the notes' and the body's usual full lines. Asked only where the next note follows.
    private func isLawReviewTail(_ lines: [Range<Int>]) -> Bool {
        guard !lines.isEmpty, lastNoteStopsMidSentence, let widths = lineWidths() else { return false }
        let threshold = (widths.note + widths.body) / 2
        let full = lines.count > 1 ? lines.dropLast() : lines[...]
        return full.allSatisfy { Self.characters(in: file.bytes[$0]) > threshold } && !lines.contains(where: marksAnUpcomingNote)
    }

    /// The rest of the last note above a page's first note where `pdftotext -layout` sets the notes
    /// apart from the body by a blank line and indents each note's first line as a paragraph's
    /// (`noteIndented`): the whole run of lines above the note, when the last note stops
    /// mid-sentence, the run opens flush left (a paragraph of the body would open indented) and
    /// no line of it marks a note to come.
    private func layoutTailStart(_ lines: [Range<Int>], noteIndented: Bool) -> Int? {
        guard noteIndented, let first = lines.first, Self.unindented(first, in: file.bytes) == first,
              lastNoteStopsMidSentence, !lines.contains(where: marksAnUpcomingNote) else { return nil }
        return 0
    }

    /// The rest of the last note above a page's first note where `pdftotext -layout` indents it
    /// (`      Counting Echoes ...` over `  12. Quell ...`), as its own unit or in the note's: the
    /// whole run of lines above the note, on a later page than the last note's last line, when
    /// the last note stops mid-sentence, every line of the run is indented alike, deeper than
    /// the note's number and no deeper than two past its text, and no line of it marks a note to
    /// come. A run indented as the number is (as a body's lines may be) is left to the body.
    private func layoutAlignedTailStart(_ lines: [Range<Int>], note: Range<Int>, textStart: Int) -> Int? {
        let bytes = file.bytes
        guard let first = lines.first, lastNoteStopsMidSentence, let end = footnotes.last?.pieces.last?.upperBound,
              pageStart(of: first.lowerBound) > end else { return nil }
        let noteIndent = Self.unindented(note, in: bytes).lowerBound - note.lowerBound
        let indent = Self.unindented(first, in: bytes).lowerBound - first.lowerBound
        guard indent > noteIndent, indent <= textStart - note.lowerBound + 2,
              lines.allSatisfy({ Self.unindented($0, in: bytes).lowerBound - $0.lowerBound == indent }),
              !lines.contains(where: marksAnUpcomingNote) else { return nil }
        return 0
    }

    /// Whether a line of `lines` marks a note to come (`marksAnUpcomingNote`); an address's digits
    /// (`perma.cc/47Q3-THB5]`) are no mark. A method, not a closure in a mutating one: a closure
    /// there captured a copy of the whole builder at each call.
    private func marksAnUpcomingNote(in lines: [Range<Int>]) -> Bool {
        let bytes = file.bytes
        return lines.contains { marksAnUpcomingNote($0) && LineRules.firstRange(of: "://", in: bytes[$0]) == nil }
    }

    /// Whether a line holds a mark glued to a word (`law.21`) of one of the next forty notes.
    func marksAnUpcomingNote(_ line: Range<Int>) -> Bool {
        let bytes = file.bytes
        let next = lastNoteNumber + 1
        var index = line.lowerBound + 1
        while index < line.upperBound {
            guard Bytes.isDigit(bytes[index]), !Bytes.isDigit(bytes[index - 1]) else { index += 1; continue }
            var end = index
            var number = 0
            while end < line.upperBound, Bytes.isDigit(bytes[end]), end - index < 4 {
                number = number * 10 + Int(bytes[end] &- 0x30)
                end += 1
            }
            if number >= next, number < next + 40, Self.isGluedMark(bytes, at: index, count: end - index) { return true }
            index = end
        }
        return false
    }

    /// The usual width in characters of a full line of the notes and of the body, from the last
    /// notes and paragraphs read: the medians of their lines but the first and last of each (a
    /// note's first line has its number, a last line may be short). Nil when there are too few, or
    /// when notes' lines are not wider than the body's by a tenth.
    private func lineWidths() -> (note: Int, body: Int)? {
        let bytes = file.bytes
        var noteWidths: [Int] = []
        for note in footnotes.suffix(40) where note.pieces.count > 2 {
            for piece in note.pieces.dropFirst().dropLast() { noteWidths.append(Self.characters(in: bytes[piece])) }
        }
        var bodyWidths: [Int] = []
        for section in sections.suffix(3) {
            for block in section.blocks.suffix(12) where block.kind == .paragraph && block.pieces.count > 2 {
                for piece in block.pieces.dropFirst().dropLast() { bodyWidths.append(Self.characters(in: bytes[piece])) }
            }
        }
        guard noteWidths.count >= 8, bodyWidths.count >= 8 else { return nil }
        noteWidths.sort()
        bodyWidths.sort()
        let note = noteWidths[noteWidths.count / 2]
        let body = bodyWidths[bodyWidths.count / 2]
        return note * 10 > body * 11 ? (note, body) : nil
    }

    /// A line without the indent `pdftotext -layout` sets a paragraph's first line in (a note's
    /// too, `     12. See ...`): up to twelve spaces; a line indented further (a centred line, a
    /// column) and a line with no indent are left as they are. Only a line opening with a space
    /// is looked into.
    static func unindented(_ line: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        guard !line.isEmpty, bytes[line.lowerBound] == 0x20 else { return line }
        var start = line.lowerBound + 1
        while start < line.upperBound, bytes[start] == 0x20 {
            start += 1
            if start - line.lowerBound > 12 { return line }
        }
        return start..<line.upperBound
    }

    /// The characters of a line of UTF-8: its bytes that open one.
    static func characters(in line: ArraySlice<UInt8>) -> Int {
        var count = 0
        for byte in line where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Whether the body since the run of notes before the last marks note `number` with digits glued
    /// to a word or its punctuation (`Hodges.6`), before `end`.
    private func marksLawReviewNote(_ number: Int, before end: Int) -> Bool {
        Self.hasGluedMark(number, in: file.bytes, from: lawReviewMarksFrom, before: end, afterNonDigit: false)
    }

    /// Whether `bytes` between `start` and `end` mark note `number` with its digits glued to a word
    /// or its punctuation (`Hodges.6`), or set apart from it (`Hodges, 6 which`,
    /// `LooseMarks.isSetApart`); with `afterNonDigit`, never right after another digit.
    static func hasGluedMark(_ number: Int, in bytes: [UInt8], from start: Int, before end: Int, afterNonDigit: Bool) -> Bool {
        var digits: [UInt8] = []
        var rest = number
        repeat {
            digits.insert(UInt8(0x30 + rest % 10), at: 0)
            rest /= 10
        } while rest > 0
        var index = max(start, 2)
        while index + digits.count <= end {
            if bytes[index] == digits[0], bytes[index..<(index + digits.count)].elementsEqual(digits),
               !afterNonDigit || !Bytes.isDigit(bytes[index - 1]),
               isGluedMark(bytes, at: index, count: digits.count) || LooseMarks.isSetApart(bytes, at: index, count: digits.count)
                || (digits.count == 1 && isOneDigitMarkAfterYear(bytes, at: index)) {
                return true
            }
            index += 1
        }
        return false
    }

    /// A note's start as a law review prints it, `12. text`, numbered from `low` to `high`: the
    /// number (no leading zero), a full stop, a space (or two, `12.  text`) and text; not a contents line, whose title
    /// runs into leader dots (`1. Statutory Requirement ........ 1082`). With `alone`, the number
    /// and its full stop alone on the line too (its text below), `textStart` then the line's end.
    static func dottedNoteStart(_ line: ArraySlice<UInt8>, from low: Int, upTo high: Int, alone: Bool = false) -> (number: Int, textStart: Int)? {
        var index = line.startIndex
        var number = 0
        while index < line.endIndex, Bytes.isDigit(line[index]), index - line.startIndex < 4 {
            number = number * 10 + Int(line[index] &- 0x30)
            index += 1
        }
        guard index > line.startIndex, index < line.endIndex, line[line.startIndex] != UInt8(ascii: "0"), number >= low, number <= high else { return nil }
        if alone, line[index] == UInt8(ascii: "."), index + 1 == line.endIndex || LineRules.isBlank(line[(index + 1)...]) {
            // The number alone (`12.`), its text on the lines below.
            return (number, line.endIndex)
        }
        guard index + 2 < line.endIndex, line[index] == UInt8(ascii: "."), line[index + 1] == 0x20 else { return nil }
        // Justified text converted by pdfminer (MarkItDown) keeps two spaces after the full stop;
        // `pdftotext -layout` keeps the gap the page sets between a number and its text (up to 8).
        var text = index + 1
        while text < line.endIndex, line[text] == 0x20, text - index <= 8 { text += 1 }
        guard text < line.endIndex, line[text] != 0x20, LineRules.firstRange(of: " .....", in: line) == nil, LineRules.firstRange(of: "......", in: line) == nil else { return nil }
        return (number, text)
    }

    /// Whether a line of `rest` opens note `number` (`13. text`, or `13.` alone): the note after
    /// one whose mark the text lost (glued to a number, `Bill 4756295`) follows it in the run.
    private func opensNext(_ number: Int, after rest: ArraySlice<Range<Int>>) -> Bool {
        let bytes = file.bytes
        return rest.prefix(40).contains { whole in
            let line = Self.unindented(whole, in: bytes)
            return line.count >= 2 && Bytes.isDigit(bytes[line.lowerBound])
                && Self.dottedNoteStart(bytes[line], from: number, upTo: number, alone: true) != nil
        }
    }

    /// Whether a unit is a row of asterisks (`***`, `* * *`) where pages end with form feeds: an
    /// ornament between parts of the text, as pdftotext prints it; no rule over notes, which
    /// pdftotext never prints as asterisks.
    /// Asked only where the file has form feeds; a static function of the bytes, so the scan
    /// copies no builder to ask it of each unit.
    static func isOrnamentInPlainText(_ unit: [Range<Int>], in bytes: [UInt8]) -> Bool {
        guard unit.count == 1, bytes[unit[0].lowerBound] == UInt8(ascii: "*") else { return false }
        let line = LineRules.trim(bytes[unit[0]])
        return line.count >= 3 && line.allSatisfy { $0 == UInt8(ascii: "*") || $0 == 0x20 }
    }

    /// Whether a line after `rest` on the same page (up to the next form feed) opens with note
    /// `number` again: then the first one was a numbered list's item, not the note. Again with its
    /// full stop, or without it as a policy report prints its notes (`3 Data compiled ...`) when a
    /// line opening with the number after it follows too (a volume opening a line of a note,
    /// `118 J. Pers. 864`, is no run of notes).
    private func opensAgainBeforeThePageEnds(_ number: Int, after rest: ArraySlice<Range<Int>>) -> Bool {
        let bytes = file.bytes
        var bare = (again: false, next: false)
        func opens(_ whole: Range<Int>) -> Bool {
            let line = Self.unindented(whole, in: bytes)
            guard line.count >= 2, Bytes.isDigit(bytes[line.lowerBound]) else { return false }
            if Self.dottedNoteStart(bytes[line], from: number, upTo: number, alone: true) != nil { return true }
            if Self.bareNoteStart(bytes[line], number: number) { bare.again = true }
            if Self.bareNoteStart(bytes[line], number: number + 1) { bare.next = true }
            return bare.again && bare.next
        }
        return someLineBeforeThePageEnds(after: rest, within: 400, where: opens)
    }

    /// Whether `line` opens with `number` and no full stop, before a capital or an opening quote
    /// (`3 Data ...`, `3 “Title,”`), as a policy report prints its notes.
    static func bareNoteStart(_ line: ArraySlice<UInt8>, number: Int) -> Bool {
        let digits = line.prefix(while: Bytes.isDigit)
        guard !digits.isEmpty, digits.count <= 4, digits.first != UInt8(ascii: "0"), digits.endIndex + 1 < line.endIndex,
              line[digits.endIndex] == 0x20, digits.reduce(0, { $0 * 10 + Int($1 &- 0x30) }) == number else { return false }
        let lead = line[digits.endIndex + 1]
        return Bytes.isUpper(lead) || lead == UInt8(ascii: "\"") || (lead == 0xE2 && digits.endIndex + 3 < line.endIndex
            && line[digits.endIndex + 2] == 0x80 && line[digits.endIndex + 3] == 0x9C)
    }

    /// Where the author's note starts among the body lines above note 1 on the first page: the
    /// first line opening with `*`, `**`, `∗`, `†` or `‡` and a space, before any note is known.
    private func lawReviewAuthorNote(in lines: [Range<Int>]) -> (line: Int, label: String, textStart: Int)? {
        guard footnotes.isEmpty else { return nil }
        for (index, line) in lines.enumerated() {
            if let mark = authorMark(opening: Self.unindented(line, in: file.bytes), asterisks: 3) { return (index, mark.label, mark.textStart) }
        }
        return nil
    }

    /// Whether a unit of one line is a law review's running head at the top of a page of plain
    /// text, where pdftotext prints each head as a paragraph of its own, in either order: a mark of
    /// the year or volume (`2031]`, `June 2031]`, `[Vol. 9:101`, `[2031`) or the page number right
    /// after a form feed or another head; or a short title or a journal's name (`ORCHARD RIGHTS`,
    /// `Northern Law Journal`) between two heads.
    /// Asked only where the file has form feeds and right after a head or a form feed, with the
    /// unit after it (`next`); a static function, so the scan copies no builder to ask it.
    static func isLawReviewPageHead(_ unit: [Range<Int>], before next: [Range<Int>]?, in bytes: [UInt8]) -> Bool {
        guard unit.count == 1, unit[0].count <= 120 else { return false }
        let line = LineRules.trim(bytes[unit[0]])
        if isHeadMark(line) { return true }
        // A title between two heads: words, no sentence's end, no note's or part's number.
        guard line.count >= 3, let last = line.last, !".:;,?!".utf8.contains(last), !Bytes.isDigit(line[line.startIndex]),
              LineRules.numbering(line).0 == nil, let next, next.count == 1 else { return false }
        let following = bytes[next[0]]
        return LineRules.isPageNumber(following) || Self.isHeadMark(LineRules.trim(following)) || LineRules.isRunningHead(following)
    }

    /// A mark of a page's head: a year closing a bracket, after a word or none (`2031]`, `June
    /// 2031]`), or opening one (`[2031`, `[Vol. 9:101`).
    static func isHeadMark(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count >= 5, line.count <= 24 else { return false }
        if line.last == UInt8(ascii: "]") {
            let year = line.dropLast().suffix(4)
            guard year.count == 4, year.allSatisfy(Bytes.isDigit) else { return false }
            let words = line.dropLast(5)
            return words.isEmpty || (words.last == 0x20 && words.allSatisfy { Bytes.isLetter($0) || $0 == 0x20 })
        }
        guard line.first == UInt8(ascii: "[") else { return false }
        let rest = line.dropFirst()
        if rest.count == 4 { return rest.allSatisfy(Bytes.isDigit) }
        guard rest.starts(with: "Vol. ".utf8) else { return false }
        let numbers = rest.dropFirst(5)
        return !numbers.isEmpty && numbers.allSatisfy { Bytes.isDigit($0) || $0 == UInt8(ascii: ":") } && numbers.contains(UInt8(ascii: ":"))
    }

    /// In a unit opening with a DOI or a copyright line, where pdftotext runs the first page's
    /// foot on under it: the next notice, and the author's note (`* Professor ...`) with the notes
    /// after it (`1. See ...`), are units of their own, handled next, not part of the notice.
    mutating func splitNotesOffMetadata(_ unit: inout [Range<Int>]) {
        guard hasFormFeeds, unit.count > 1 else { return }
        let bytes = file.bytes
        for index in unit.indices.dropFirst() {
            let line = bytes[unit[index]]
            if LineRules.metadataKind(line) != nil {
                // A DOI's line and a copyright's are each a notice of their own.
                pending.append(Array(unit[index...]))
                unit.removeSubrange(index...)
                return
            }
            guard line.count > 4, let lead = line.first, lead == UInt8(ascii: "*") || lead == 0xE2 || Bytes.isDigit(lead) else { continue }
            let opensNote = lead == UInt8(ascii: "*") ? line.dropFirst().first == 0x20 || line.dropFirst().first == UInt8(ascii: "*")
                : lead == 0xE2 ? lawReviewAuthorNote(in: [unit[index]]) != nil
                : Self.dottedNoteStart(line, from: 1, upTo: 1) != nil
            guard opensNote else { continue }
            pending.append(Array(unit[index...]))
            unit.removeSubrange(index...)
            return
        }
    }
}
