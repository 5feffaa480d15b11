import LowLevel

/// A page-foot note whose label the text layer lost altogether (a scan's OCR dropped the
/// superscript digit), between two notes read in order: its text is split from the note before.
///
/// Notes are read in sequence, so a note printed with no label at all (`("protectable
/// expression").` / `      See, e.g., Rentmeester ...` / `8     See, e.g., ...`) runs on with the
/// last note, and the note after it (`8`) is refused as out of order, and with it every later
/// note. The lost note is recovered only where every sign agrees: the next label read is the one
/// after it (one note lost, no more); the page (or the one before) marks both notes, the lost
/// one's mark before the next one's; and exactly one line of the last note's text (not its
/// first) opens as a note's text opens: after a line that ends a sentence (not an abbreviation's
/// full stop, `v.`), with a capital or a quotation mark, and set in where the note's other lines
/// are flush left (`-layout` keeps the lost label's room: `      See, e.g., ...`), or, where no
/// line is set in, flush left. Any doubt (two such lines, a mark missing) leaves the notes as
/// they were.
extension EssayBuilder {
    /// The line of the last note's text that opens note `lost`, whose label the text lost, and
    /// where its text starts (past the line's indent); nil unless every sign above holds.
    func lostLabelLine(_ lost: Int) -> (index: Int, textStart: Int)? {
        guard let last = footnotes.indices.last, footnotes[last].number == lost - 1 else { return nil }
        let bytes = file.bytes
        let pieces = footnotes[last].pieces
        guard pieces.count >= 2 else { return nil }
        // A line set in among flush-left lines is the strongest sign (`-layout` keeps a lost
        // label's room, while the readers may have closed up the labels around it); without one, a
        // flush-left line after a sentence's end.
        var setIn: [(index: Int, textStart: Int)] = []
        var flush: [(index: Int, textStart: Int)] = []
        for index in pieces.indices.dropFirst() {
            let piece = pieces[index]
            // The piece may start at its line's start or past its indent.
            var start = piece.lowerBound
            while start > 0, bytes[start - 1] == 0x20 { start -= 1 }
            guard start == 0 || bytes[start - 1] == 0x0A || bytes[start - 1] == 0x0C else { continue }
            var text = piece.lowerBound
            while text < piece.upperBound, bytes[text] == 0x20 { text += 1 }
            guard text + 3 < piece.upperBound, text - start <= 12 else { continue }
            let lead = bytes[text]
            let opensQuote = lead == UInt8(ascii: "\"") || (lead == 0xE2 && bytes[text + 1] == 0x80 && bytes[text + 2] == 0x9C)
            guard Bytes.isUpper(lead) || opensQuote, Self.endsANote(bytes[pieces[index - 1]]) else { continue }
            if text - start >= 2 { setIn.append((index, text)) } else if text == start { flush.append((index, text)) }
        }
        // Two lines that may open the lost note: which one does is not known.
        let candidates = setIn.isEmpty ? flush : setIn
        guard candidates.count == 1, let found = candidates.first else { return nil }
        // Both notes marked on this page or the one before, the lost one first.
        let end = pieces[found.index].lowerBound
        guard let lostMark = Self.gluedMarkOffset(lost, in: bytes, from: pageStart(of: pageStart(of: end)), before: end),
              Self.gluedMarkOffset(lost + 1, in: bytes, from: lostMark, before: end) != nil else { return nil }
        return found
    }

    /// The start of the note after the next one on `line`, a label and its text (`8     See ...`,
    /// `8 See ...`), where the next one lost its label and runs on in the last note's text
    /// (`lostLabelLine`); nil otherwise. Only a line opening with a digit is looked at.
    func afterLostLabelStart(_ line: Range<Int>) -> LineRules.NoteStart? {
        let bytes = file.bytes
        guard let lead = bytes[line].first, Bytes.isDigit(lead), lead != UInt8(ascii: "0"), !footnotes.isEmpty, !lastNoteIsEmpty,
              !lastNoteStopsMidSentence else { return nil }
        let number = lastNoteNumber + 2
        let digits = Array(String(number).utf8)
        let gap = line.lowerBound + digits.count
        guard gap + 2 < line.upperBound, bytes[line.lowerBound..<gap].elementsEqual(digits), bytes[gap] == 0x20 else { return nil }
        var text = gap
        while text < line.upperBound, bytes[text] == 0x20, text - gap < 8 { text += 1 }
        guard text < line.upperBound, Bytes.isUpper(bytes[text]) || bytes[text] == UInt8(ascii: "\""),
              lostLabelLine(number - 1) != nil else { return nil }
        return LineRules.NoteStart(label: String(number), textStart: text)
    }

    /// The offset of the first mark of note `number` (glued to its word, or set apart as
    /// `hasGluedMark` reads it) between `start` and `end`.
    static func gluedMarkOffset(_ number: Int, in bytes: [UInt8], from start: Int, before end: Int) -> Int? {
        let digits = Array(String(number).utf8)
        var index = max(start, 2)
        while index + digits.count <= end {
            if bytes[index] == digits[0], !Bytes.isDigit(bytes[index - 1]), bytes[index..<(index + digits.count)].elementsEqual(digits),
               hasGluedMark(number, in: bytes, from: index, before: index + digits.count, afterNonDigit: true) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether a line ends as a note's last sentence does: a full stop after a parenthesis, a
    /// bracket, a quotation mark, a digit or a word of three or more lower-case letters, or inside
    /// a quotation (`."`, `.”`); not after an abbreviation (`v.`, `Inc.`, `Cir.`, `Id.`), which
    /// a citation wraps after as often as not.
    static func endsANote(_ line: ArraySlice<UInt8>) -> Bool {
        var text = LineRules.trim(line)
        if text.last == UInt8(ascii: "\"") {
            text = text.dropLast()
        } else if text.count >= 3, text[text.endIndex - 3] == 0xE2, text[text.endIndex - 2] == 0x80, text[text.endIndex - 1] == 0x9D {
            text = text.dropLast(3)
        } else {
            guard text.last == UInt8(ascii: ".") else { return false }
            text = text.dropLast()
            guard let before = text.last else { return false }
            if before == UInt8(ascii: ")") || before == UInt8(ascii: "]") || before == UInt8(ascii: "\"") || before == 0x9D || Bytes.isDigit(before) { return true }
            let word = text.reversed().prefix(while: Bytes.isLetter)
            return word.count >= 3 && word.allSatisfy(Bytes.isLower)
        }
        return text.last == UInt8(ascii: ".")
    }

    /// The offset where the line holding `offset` starts.
    private static func lineStart(of offset: Int, in bytes: [UInt8]) -> Int {
        var start = min(offset, bytes.count)
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0C { start -= 1 }
        return start
    }
}
