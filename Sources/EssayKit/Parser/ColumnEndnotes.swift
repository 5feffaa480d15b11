import LowLevel

/// Endnotes whose raised numbers stand alone on their lines over their texts, as `pdftotext
/// -layout` sets a two-column report's notes (`12` / `Ada Lyle, Title, ...` / `13` / `Id.`).
extension EssayBuilder {
    /// Takes a unit of the notes that opens with the next note's number alone (the note, its text
    /// the unit's later lines up to the next number alone), or that goes on with a note so opened
    /// (its text after a blank line, as a column's blank cell leaves it). Read before a number
    /// alone is dropped as a page's number. A number set far in (a page's number, centred) opens
    /// no note.
    mutating func takeEndnoteNumberAlone(_ unit: inout [Range<Int>]) -> Bool {
        guard region == .endnotes, let first = unit.first else { return false }
        let opens = endnoteNumberAlone(first) == lastNoteNumber + 1 || (!footnotes.isEmpty && endnoteNumberAlone(first) == lastNoteNumber + 2)
        // Plain endnotes (`PlainEndnotes`) open a note with its text on the line too.
        let opensOnItsLine = readsPlainEndnotes && opensNextNoteOnItsLine(first)
        // Once notes open with their numbers alone, a line of a note's text opening with a number
        // (`42 U.S.C. § 1983`) goes on with it: only a number alone opens the next.
        guard opens || opensOnItsLine || (!footnotes.isEmpty && (readsPlainEndnotes || endnoteNumberAlone(footnotes[footnotes.count - 1].labelRange) != nil)
                        && (lastNoteIsEmpty || unit.count > 1 || LineRules.heading(file.bytes[first]) == nil)
                        && !opensNextNoteOnItsLine(first)) else { return false }
        if opens || opensOnItsLine, noteForm == nil { noteForm = .endnotes }
        for (index, line) in unit.enumerated() {
            if let number = endnoteNumberAlone(line, within: Int.max) {
                // The next note's number (or the one after, where one was lost); another number
                // alone, or one set far in, is the page's number, as is one ending the page.
                guard number == lastNoteNumber + 1 || number == lastNoteNumber + 2, endnoteNumberAlone(line) != nil,
                      !(readsPlainEndnotes && index == unit.count - 1 && pending.last?.first.map(isPageSeparator) == true) else { continue }
                footnotes.append(RawFootnote(label: String(number), pieces: [], labelRange: line, number: number))
            } else if readsPlainEndnotes, index == 0 || endsNote(unit[index - 1]), let textStart = nextNoteTextOnItsLine(line),
                      !opensAgainBeforeTheNext(after: index, in: unit) {
                footnotes.append(RawFootnote(label: String(lastNoteNumber + 1), pieces: [textStart..<line.upperBound],
                                             labelRange: line.lowerBound..<textStart, number: lastNoteNumber + 1))
            } else if readsPlainEndnotes, isFurniture([line]) || Self.dropsLine(line, in: file.bytes) {
                // A running head or footer between the pages of notes.
                continue
            } else {
                appendToLastNote(line)
            }
        }
        return true
    }

    /// Whether `line` ends a note: its last byte closes a sentence, a bracket or a quotation.
    private func endsNote(_ line: Range<Int>) -> Bool {
        guard let last = LineRules.trim(file.bytes[line]).last else { return false }
        return ".)]\"".utf8.contains(last) || last == 0x9D
    }

    /// Whether the notes are endnotes of converted pages (form feeds) opened by numbers alone: the
    /// body marks them in plain digits (`client.2`), read in reading order (`findPlainMarkers`).
    var readsEndnotesByNumberAlone: Bool {
        noteForm == .endnotes && hasFormFeeds && (readsPlainEndnotes || footnotes.first.map { endnoteNumberAlone($0.labelRange) != nil } == true)
    }

    /// Whether `line` opens the next note with its text on the line (`8 Ada Lyle, ...`, `9 (Boston,
    /// 1974).`; not `8 percent`, `8 12`): endnotes
    /// numbered so go on by the other rules, even after a note whose number stood alone.
    private func opensNextNoteOnItsLine(_ line: Range<Int>) -> Bool {
        nextNoteTextOnItsLine(line) != nil
    }

    /// Where the next note's text starts on `line` when the line opens that note with its text.
    private func nextNoteTextOnItsLine(_ line: Range<Int>) -> Int? {
        noteTextOnItsLine(line, number: lastNoteNumber + 1)
    }

    /// Whether a later line of the notes opens the next note again, after a line that ends a note
    /// and before any line opens the note after it: the line at `index` of `unit` is then a
    /// wrapped line of the last note that opens with a number and a capital (`... (2019) at 4.` /
    /// `12 Cases decided since then ...`), and the later line is the note. Looked at up to 400
    /// lines on, within the notes.
    private func opensAgainBeforeTheNext(after index: Int, in unit: [Range<Int>]) -> Bool {
        let number = lastNoteNumber + 1
        var previous: Range<Int>? = unit[index]
        var seen = 0
        // A line opening a unit (after a blank line or a page's furniture) follows no note's text.
        func settles(_ line: Range<Int>) -> Bool? {
            defer { previous = line; seen += 1 }
            if endnoteNumberAlone(line) == number + 1 || noteTextOnItsLine(line, number: number + 1) != nil { return false }
            if previous.map(endsNote) ?? true, noteTextOnItsLine(line, number: number) != nil { return true }
            return nil
        }
        for line in unit[(index + 1)...] {
            if let answer = settles(line) { return answer }
        }
        for later in pending.reversed() {
            previous = nil
            for line in later {
                if let answer = settles(line) { return answer }
                if seen > 400 { return false }
            }
        }
        return false
    }

    /// Where note `number`'s text starts on `line` when the line opens that note with its text.
    private func noteTextOnItsLine(_ line: Range<Int>, number: Int) -> Int? {
        let text = LineRules.trim(file.bytes[line])
        let number = Array(String(number).utf8)
        guard text.starts(with: number), text.count > number.count + 1 else { return nil }
        let after = text.index(text.startIndex, offsetBy: number.count)
        let next = text[text.index(after: after)]
        guard text[after] == 0x20, !Bytes.isLower(next), !Bytes.isDigit(next), !Bytes.isSpace(next) else { return nil }
        return text.index(after: after)
    }

    /// The number a line holds alone, set in by fewer than `within` spaces (`12`, ` 12`).
    private func endnoteNumberAlone(_ line: Range<Int>, within: Int = 30) -> Int? {
        let bytes = file.bytes
        var start = line.lowerBound
        while start < line.upperBound, bytes[start] == 0x20 || bytes[start] == 0x0C { start += 1 }
        var end = line.upperBound
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        guard start - line.lowerBound < within, end > start, end - start <= 4, bytes[start] != UInt8(ascii: "0"),
              bytes[start..<end].allSatisfy(Bytes.isDigit) else { return nil }
        return bytes[start..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }
}
