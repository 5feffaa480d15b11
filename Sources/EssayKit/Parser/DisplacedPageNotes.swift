import LowLevel

/// Page-foot notes whose numbers pdftotext printed away from their texts, as it prints a word
/// processor's PDF: the page's first notes lose their numbers to the foot's end (their texts,
/// then the next notes numbered, then the lost numbers alone: `text` / `3 text` / `1` / `2`), or
/// the first note's number is glued to the body's last line (`... The vote stood41` / blank /
/// the note's text / `42 Id.`).
extension EssayBuilder {
    /// Takes a unit opening with the unnumbered text of the expected note, followed within eight
    /// lines by the next note's start, when the body marks both notes and the expected number is
    /// glued to the last body line just before the unit (no punctuation between word and number).
    mutating func takeDisplacedFirstNote(_ unit: inout [Range<Int>]) -> Bool {
        guard hasFormFeeds, region == .body, noteForm == .pageFeet, unit.count >= 2, !footnotes.isEmpty else { return false }
        let bytes = file.bytes
        guard let lead = bytes[unit[0]].first, !Bytes.isDigit(lead), lead != 0x20 else { return false }
        let number = lastNoteNumber + 1
        guard let next = unit.indices.dropFirst().prefix(8).first(where: { pageFootNoteText(unit, at: $0, number: number + 1) != nil }),
              let textStart = pageFootNoteText(unit, at: next, number: number + 1),
              marksNote(number + 1, before: unit[0].lowerBound) else { return false }
        guard let glued = gluedFootNumber(number, before: unit[0].lowerBound), marksNote(number, before: glued.digits.lowerBound) else { return false }
        sections[glued.section].blocks[glued.block].pieces[glued.piece] = glued.kept
        footnotes.append(RawFootnote(label: String(number), pieces: [], labelRange: glued.digits, number: number))
        for line in unit[..<next] { appendToLastNote(line) }
        unit.removeSubrange(..<next)
        region = .footnoteBlock
        unitsSinceBreak = 1
        addNotes(from: &unit, start: LineRules.NoteStart(label: String(number + 1), textStart: textStart), form: .pageFeet)
        return true
    }

    /// Takes a unit opening with the unnumbered text of the expected note whose number pdftotext
    /// printed after it, as it prints a word processor's page's first note: alone on the next line
    /// (`text` / `4` / `5 Id.`) or at the end of the text's last line (`text. 7` / `8 Alder ...`).
    /// The line after the number opens the next note by its number; the body marks both notes;
    /// no text line marks a note of this page (a line that does is the body's).
    mutating func takeFirstNoteNumberedAfter(_ unit: inout [Range<Int>]) -> Bool {
        guard hasFormFeeds, region == .body, noteForm == .pageFeet, unit.count >= 2, !footnotes.isEmpty else { return false }
        let bytes = file.bytes
        guard let lead = bytes[unit[0]].first, !Bytes.isDigit(lead), lead != 0x20 else { return false }
        let number = lastNoteNumber + 1
        guard let next = unit.indices.dropFirst().prefix(8).first(where: { pageFootNoteText(unit, at: $0, number: number + 1) != nil }),
              let textStart = pageFootNoteText(unit, at: next, number: number + 1) else { return false }
        let numberLine = unit[next - 1]
        let digits = Array(String(number).utf8)
        let label: Range<Int>
        let textEnd: Int
        if loneNumber(numberLine) == number, next >= 2 {
            let trimmed = LineRules.trim(bytes[numberLine])
            label = trimmed.startIndex..<trimmed.endIndex
            textEnd = next - 1
        } else {
            // The number at the end of the text's line, after a space.
            var end = numberLine.upperBound
            while end > numberLine.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
            let start = end - digits.count
            guard start - 2 > numberLine.lowerBound, bytes[start..<end].elementsEqual(digits), bytes[start - 1] == 0x20,
                  !Bytes.isDigit(bytes[start - 2]) else { return false }
            label = start..<end
            textEnd = next
        }
        guard !unit[..<(next - 1)].contains(where: { marksFootNote($0, from: number) }),
              marksNote(number, before: unit[0].lowerBound), marksNote(number + 1, before: unit[0].lowerBound) else { return false }
        footnotes.append(RawFootnote(label: String(number), pieces: [], labelRange: label, number: number))
        for line in unit[..<textEnd] {
            if line == numberLine {
                var end = label.lowerBound
                while end > line.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
                appendToLastNote(line.lowerBound..<end)
            } else {
                appendToLastNote(line)
            }
        }
        unit.removeSubrange(..<next)
        region = .footnoteBlock
        unitsSinceBreak = 1
        addNotes(from: &unit, start: LineRules.NoteStart(label: String(number + 1), textStart: textStart), form: .pageFeet)
        return true
    }

    /// Takes a page's foot whose first notes' numbers were printed at its end: the unit ends with
    /// the numbers expected next, each alone and in order (`26` / `27`), and above them a line
    /// opens the note after them (`28 See ...`). The lines above that line are the texts of the
    /// unnumbered notes, each opening where a note does (the unit's start, a citation signal, or
    /// a new sentence after a finished one), counted back from the numbered note; lines above
    /// the first go back to the body. The body marks the first and the numbered note. A unit of
    /// two or more such numbers alone, with the texts in the unit after it, is read the same way.
    mutating func takeLeadNotesNumberedLast(_ unit: inout [Range<Int>]) -> Bool {
        guard hasFormFeeds, region == .body, let last = unit.last, last.count <= 6, let lastNumber = loneNumber(last) else { return false }
        let expected = lastNoteNumber + 1
        guard lastNumber >= expected, lastNumber < expected + 30 else { return false }
        let count = lastNumber - expected + 1
        if unit.count > count {
            let numbersStart = unit.count - count
            let opener = Array("\(lastNumber + 1) ".utf8)
            if unit[..<numbersStart].contains(where: { file.bytes[$0].starts(with: opener) }) {
                return count < 6 && unit.count >= 3 && takeLeadNotes(&unit, expected: expected, count: count, stacked: false)
            }
            // A column of two or more numbers glued under the body's last line, the texts in the
            // unit after it: the body's lines are read as the body, the column next.
            guard count >= 2, noteForm == .pageFeet, (0..<count).allSatisfy({ loneNumber(unit[numbersStart + $0]) == expected + $0 }),
                  let texts = pending.last, texts.count >= count, loneNumber(texts[0]) == nil, file.bytes[texts[0]].first != 0x0C else { return false }
            pending.append(Array(unit[numbersStart...]))
            unit.removeSubrange(numbersStart...)
            return false
        }
        // A unit of the numbers alone (`212` / `213`), the texts in the unit after it: the page's
        // notes all lost their numbers to a column above them.
        // (Where notes are a law review's or none is read yet, the number column reader pairs them.)
        guard count >= 2, noteForm == .pageFeet, let texts = pending.last, texts.count >= count, loneNumber(texts[0]) == nil,
              file.bytes[texts[0]].first != 0x0C else { return false }
        var joined = texts + unit
        pending.removeLast()
        if takeLeadNotes(&joined, expected: expected, count: count, stacked: true) {
            unit.removeAll()
            return true
        }
        pending.append(texts)
        return false
    }

    private mutating func takeLeadNotes(_ unit: inout [Range<Int>], expected: Int, count: Int, stacked: Bool) -> Bool {
        let numbersStart = unit.count - count
        guard numbersStart >= (stacked ? 1 : 2) else { return false }
        for offset in 0..<count where loneNumber(unit[numbersStart + offset]) != expected + offset { return false }
        let following = expected + count
        // The number and a space (not glued to a volume, `332 U.S.`). Not the number alone: where a
        // page prints its notes' numbers alone (an OCR'd scan), the number-line readers read them,
        // and lines between blank lines part no notes.
        let opener = Array("\(following) ".utf8)
        let found = (0..<numbersStart).first(where: { file.bytes[unit[$0]].starts(with: opener) })
        let textStart = found.flatMap { pageFootNoteText(unit, at: $0, number: following) }
        // Only the column's texts may end the foot with no numbered note after them.
        guard found == nil ? stacked : textStart != nil else { return false }
        let opening = found ?? numbersStart
        // A line opening one of these notes by its number (`5 Text`) makes the numbers at the end
        // a page's number.
        for number in expected..<following {
            let label = Array("\(number) ".utf8)
            if unit[..<numbersStart].contains(where: { file.bytes[$0].starts(with: label) }) { return false }
        }
        let bodyEnd = stacked ? unit[numbersStart].lowerBound : unit[opening].lowerBound
        guard marksNote(expected, before: bodyEnd), marksNote(following - 1, before: bodyEnd) else { return false }
        // Counted back from the numbered note; a text holds no mark of this page's notes (a line
        // that does is the body's), and a note whose start is not found keeps its number, empty.
        var starts: [Int] = []
        for index in stride(from: opening - 1, through: 0, by: -1) {
            if marksFootNote(unit[index], from: expected) { break }
            guard index == 0 || opensNote(unit[index], after: unit[index - 1]) else { continue }
            starts.insert(index, at: 0)
            if starts.count == count { break }
        }
        let first = starts.first ?? opening
        if stacked, first > 0 || starts.count < count { return false }
        if first > 0 {
            // The body's lines are read as the body; the rest, read next, opens with the texts.
            pending.append(Array(unit[first...]))
            unit.removeSubrange(first...)
            return false
        }
        let missing = count - starts.count
        for offset in 0..<count {
            let label = unit[numbersStart + offset]
            footnotes.append(RawFootnote(label: String(expected + offset), pieces: [], labelRange: label, number: expected + offset))
            guard offset >= missing else { continue }
            let start = starts[offset - missing]
            let end = offset + 1 < count ? starts[offset + 1 - missing] : opening
            for line in unit[start..<end] { appendToLastNote(line) }
        }
        var rest = Array(unit[opening..<numbersStart])
        unit.removeAll()
        region = .footnoteBlock
        unitsSinceBreak = 1
        guard let textStart, !rest.isEmpty else { return true }
        var start = LineRules.NoteStart(label: String(following), textStart: textStart)
        if textStart == rest[0].upperBound, rest.count > 1 {
            rest.removeFirst()
            start.textStart = rest[0].lowerBound
        }
        addNotes(from: &rest, start: start, form: .pageFeet)
        return true
    }

    /// The number alone on `line` (one to three digits, spaces around), if it is one.
    private func loneNumber(_ line: Range<Int>) -> Int? {
        let text = LineRules.trim(file.bytes[line])
        guard !text.isEmpty, text.count <= 3, text.allSatisfy(Bytes.isDigit), text.first != UInt8(ascii: "0") else { return nil }
        return text.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }

    /// Whether `line` opens a note among a page's unnumbered note texts: it opens with a citation
    /// signal (`See`, `Id.`, `Cf.`, `E.g.`, `Compare`, `Accord`, `But see`), or with a capital, a
    /// digit or a quotation mark after a line that ends a sentence (not with an initial, `T.`).
    private func opensNote(_ line: Range<Int>, after previous: Range<Int>) -> Bool {
        let text = LineRules.trim(file.bytes[line])
        guard let lead = text.first else { return false }
        for signal in Self.noteSignals where text.starts(with: signal) {
            let after = text.dropFirst(signal.count).first
            if after == nil || after == 0x20 || after == UInt8(ascii: ",") || signal.last == UInt8(ascii: ".") { return true }
        }
        // An opening quotation mark (`“`, `‘`), not a closing one.
        let opensQuote = lead == 0xE2 && text.count > 2 && text[text.startIndex + 1] == 0x80 && (text[text.startIndex + 2] == 0x9C || text[text.startIndex + 2] == 0x98)
        guard Bytes.isUpper(lead) || Bytes.isDigit(lead) || lead == UInt8(ascii: "\"") || opensQuote, ending(of: [previous]) == .complete else { return false }
        let before = LineRules.trim(file.bytes[previous])
        // `Daniel T.` ends with an initial, not a sentence.
        if before.count >= 3, Bytes.isUpper(before[before.endIndex - 2]), before[before.endIndex - 3] == 0x20 { return false }
        return true
    }

    private static let noteSignals: [[UInt8]] = ["See", "Id.", "Id", "Cf.", "E.g.", "Compare", "Accord", "But see", "But cf.", "Ibid"].map { Array($0.utf8) }

    /// Whether `line` holds a note mark glued to a word (`the charge.28 And`) numbered from
    /// `expected` up to ten further.
    private func marksFootNote(_ line: Range<Int>, from expected: Int) -> Bool {
        let bytes = file.bytes
        var index = line.lowerBound + 1
        while index < line.upperBound {
            guard Bytes.isDigit(bytes[index]), !Bytes.isDigit(bytes[index - 1]) else { index += 1; continue }
            var end = index
            while end < line.upperBound, Bytes.isDigit(bytes[end]) { end += 1 }
            if end - index <= 3, Self.isGluedMark(bytes, at: index, count: end - index) {
                let number = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
                if number >= expected, number <= expected + 10 { return true }
            }
            index = end
        }
        return false
    }

    /// The expected note's number glued to the end of the body's last line (a letter, then the
    /// digits), when only blank space lies between that line and `end`.
    private func gluedFootNumber(_ number: Int, before end: Int) -> (section: Int, block: Int, piece: Int, kept: Range<Int>, digits: Range<Int>)? {
        guard let section = sections.indices.last, let block = sections[section].blocks.indices.last,
              let piece = sections[section].blocks[block].pieces.indices.last else { return nil }
        let bytes = file.bytes
        let line = sections[section].blocks[block].pieces[piece]
        guard line.upperBound <= end, bytes[line.upperBound..<end].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }) else { return nil }
        let digits = Array(String(number).utf8)
        guard line.count > digits.count + 1 else { return nil }
        var last = line.upperBound
        while last > line.lowerBound, bytes[last - 1] == 0x20 { last -= 1 }
        let start = last - digits.count
        guard start > line.lowerBound, bytes[start..<last].elementsEqual(digits), Bytes.isLetter(bytes[start - 1]) else { return nil }
        return (section, block, piece, line.lowerBound..<start, start..<last)
    }
}
