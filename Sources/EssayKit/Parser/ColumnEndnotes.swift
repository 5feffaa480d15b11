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
        // Once notes open with their numbers alone, a line of a note's text opening with a number
        // (`42 U.S.C. § 1983`) goes on with it: only a number alone opens the next.
        guard opens || (!footnotes.isEmpty && endnoteNumberAlone(footnotes[footnotes.count - 1].labelRange) != nil
                        && (lastNoteIsEmpty || unit.count > 1 || LineRules.heading(file.bytes[first]) == nil)
                        && !opensNextNoteOnItsLine(first)) else { return false }
        if opens, noteForm == nil { noteForm = .endnotes }
        for line in unit {
            if let number = endnoteNumberAlone(line, within: Int.max) {
                // The next note's number (or the one after, where one was lost); another number
                // alone, or one set far in, is the page's number.
                guard number == lastNoteNumber + 1 || number == lastNoteNumber + 2, endnoteNumberAlone(line) != nil else { continue }
                footnotes.append(RawFootnote(label: String(number), pieces: [], labelRange: line, number: number))
            } else {
                appendToLastNote(line)
            }
        }
        return true
    }

    /// Whether the notes are endnotes of converted pages (form feeds) opened by numbers alone: the
    /// body marks them in plain digits (`client.2`), read in reading order (`findPlainMarkers`).
    var readsEndnotesByNumberAlone: Bool {
        noteForm == .endnotes && hasFormFeeds && footnotes.first.map { endnoteNumberAlone($0.labelRange) != nil } == true
    }

    /// Whether `line` opens the next note with its text on the line (`8 Ada Lyle, ...`, `9 (Boston,
    /// 1974).`; not `8 percent`, `8 12`): endnotes
    /// numbered so go on by the other rules, even after a note whose number stood alone.
    private func opensNextNoteOnItsLine(_ line: Range<Int>) -> Bool {
        let text = LineRules.trim(file.bytes[line])
        let number = Array(String(lastNoteNumber + 1).utf8)
        guard text.starts(with: number), text.count > number.count + 1 else { return false }
        let after = text.index(text.startIndex, offsetBy: number.count)
        let next = text[text.index(after: after)]
        return text[after] == 0x20 && !Bytes.isLower(next) && !Bytes.isDigit(next) && !Bytes.isSpace(next)
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
