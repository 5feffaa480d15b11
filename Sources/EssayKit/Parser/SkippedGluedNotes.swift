import LowLevel

/// A note at a page's foot whose glued number no rule took must not end the reading of every
/// later note.
///
/// Notes are read in sequence: each line is asked only whether it opens the note numbered next.
/// When a converter glued a note's number to a text no rule foresees (`7(1998), 160 DLR (4th) 1`),
/// that note is read as the last one's text, and so is every note after it, since none is the
/// next. The scan picks the sequence up again at the note after the missed one, where its number
/// is glued to its text in a form the rules take (`8This …`, `8Ruth Vane, …`) and the page's text
/// (or the page's before) marks that note with digits glued to a word (`decade.8`), and the last
/// note ends a sentence (a line opening `71 OKLA. L. REV.` goes on with a citation). The missed
/// note is then split from the last note's text at the line it opens with its number glued to a
/// letter (`7ibid at 9`), when a line of that note (not its first) opens so; a number before a
/// bracket or a digit (`12(b)(6) motion`) is the note's own text.
extension EssayBuilder {
    /// The start of the note after the next one on `line`, glued to its text, where the next one
    /// was missed (the rules and evidence above); nil otherwise. Cheap on most lines: only a line
    /// opening with a digit is looked at.
    func resynchronisedStart(_ line: Range<Int>) -> LineRules.NoteStart? {
        let bytes = file.bytes[line]
        guard let lead = bytes.first, Bytes.isDigit(lead), hasFormFeeds, !footnotes.isEmpty, !lastNoteIsEmpty else { return nil }
        let number = lastNoteNumber + 2
        let digits = bytes.prefix(while: Bytes.isDigit)
        let label = String(number).utf8.count
        // Only the number glued to a word (`8This`) or to a year (`82004 SCC 17`): digits that run
        // on into a volume (`71 OKLA. L. REV. 1`) are a wrapped citation's as often as a note's.
        guard digits.count == label || digits.count == label + 4, !lastNoteStopsMidSentence,
              let start = LineRules.gluedNoteStart(bytes, digits: digits, expected: number), start.textStart == digits.startIndex + label,
              marksOnThisPageOrTheOneBefore(number, before: line.lowerBound) else { return nil }
        return start
    }

    /// Before note `number` is added: when it skips one, the skipped note is split from the last
    /// note's text at a later line of it that opens with the skipped number (`skippedNoteLine`),
    /// or, one note skipped, at the line that opens it with its label lost (`lostLabelLine`).
    /// Several skipped notes (`4  see ...`, `5  see ...`, refused in a row) are split off in turn,
    /// each from the one split before it.
    mutating func recoverSkippedNote(before number: Int) {
        guard !footnotes.isEmpty, number >= lastNoteNumber + 2, number <= lastNoteNumber + Self.furthestResync else { return }
        while lastNoteNumber + 1 < number,
              let found = skippedNoteLine(lastNoteNumber + 1) ?? (number == lastNoteNumber + 2 ? lostLabelLine(lastNoteNumber + 1) : nil) {
            let last = footnotes.count - 1
            let pieces = footnotes[last].pieces
            let piece = pieces[found.index]
            footnotes[last].pieces.removeSubrange(found.index...)
            footnotes.append(RawFootnote(label: String(lastNoteNumber + 1), pieces: [found.textStart..<piece.upperBound] + pieces[(found.index + 1)...],
                                         labelRange: piece.lowerBound..<found.textStart))
        }
    }

    /// How far past the last note a label may pick the sequence up: three notes refused in a row.
    static let furthestResync = 4

    /// The line of the last note's text (not its first) that opens note `skipped`, which the scan
    /// refused as text, and where that note's text starts: the number glued to a letter (`7ibid at
    /// 9`, where pages end with form feeds), or the number, a gap of one to four spaces and text,
    /// on a line after one that ends a sentence (`4  see id. at 5.`, a label whose text the rules
    /// took for a line of prose), or a one-digit label OCR printed as a letter after such a line
    /// (`s Scott, ...` for `8 Scott`, `MisreadNoteLabel`); each past an indent of up to twelve
    /// spaces, as `-layout` sets a page's labels in. A number before a bracket or a digit
    /// with no gap (`12(b)(6) motion`) is the note's own text.
    func skippedNoteLine(_ skipped: Int) -> (index: Int, textStart: Int)? {
        guard let last = footnotes.indices.last else { return nil }
        let label = Array(String(skipped).utf8)
        let bytes = file.bytes
        let pieces = footnotes[last].pieces
        for index in pieces.indices.dropFirst() {
            let piece = pieces[index]
            // `-layout` may set a page's labels in (`    s Scott, ...`): the label is read past the indent.
            var open = piece.lowerBound
            while open < piece.upperBound, bytes[open] == 0x20, open - piece.lowerBound < 12 { open += 1 }
            guard piece.upperBound - open > label.count + 1,
                  piece.lowerBound == 0 || bytes[piece.lowerBound - 1] == 0x0A || bytes[piece.lowerBound - 1] == 0x0C else { continue }
            let line = bytes[open..<piece.upperBound]
            guard line.starts(with: label) else {
                // A one-digit label OCR printed as a letter (`s Scott, ...` for `8 Scott`).
                if let text = MisreadNoteLabel.textStart(line, number: skipped), ending(of: [pieces[index - 1]]) == .complete {
                    return (index, text)
                }
                continue
            }
            let after = open + label.count
            if hasFormFeeds, Bytes.isLetter(bytes[after]) || bytes[after] >= 0xC3 { return (index, after) }
            let gap = bytes[after..<piece.upperBound].prefix { $0 == 0x20 }
            guard !gap.isEmpty, gap.count <= 4, gap.endIndex < piece.upperBound,
                  ending(of: [pieces[index - 1]]) == .complete else { continue }
            return (index, gap.endIndex)
        }
        return nil
    }

    /// The start of the note after the next one on `line` in a bare form (`5 Id. at 6.`, `5  See
    /// ...`; `found`, the start the line rules read there), where the next one was refused as text
    /// and went on with the last note: a line of the last note opens with the next one's number
    /// (`skippedNoteLine`) or opens it with its label lost (`lostLabelLine`), the last note ends a sentence, and the text of this page or the one
    /// before marks the note after it. One refused label then does not end the notes.
    ///
    /// Where several labels in a row were refused (`4  see ...`, `5  see ...`), a later label
    /// (`6 Id.`, up to `furthestResync` past the last note) picks the sequence up the same way
    /// when each refused one opens a line of the last note's text, in order, and the page (or the
    /// one before) marks every one of them.
    func resynchronisedBareStart(_ found: LineRules.NoteStart?, on line: Range<Int>) -> LineRules.NoteStart? {
        guard !footnotes.isEmpty, !lastNoteIsEmpty, !lastNoteStopsMidSentence else { return nil }
        let number = lastNoteNumber + 2
        if let found, EssayBuilder.number(ofLabel: found.label) == number {
            guard skippedNoteLine(number - 1) != nil || lostLabelLine(number - 1) != nil,
                  marksOnThisPageOrTheOneBefore(number, before: line.lowerBound) else { return nil }
            return found
        }
        guard let further = bareLabelStart(line), further.number > number, further.number <= lastNoteNumber + Self.furthestResync,
              skippedNoteLinesInOrder(from: lastNoteNumber + 1, to: further.number - 1),
              ((lastNoteNumber + 1)...further.number).allSatisfy({ marksOnThisPageOrTheOneBefore($0, before: line.lowerBound) }) else { return nil }
        return LineRules.NoteStart(label: String(further.number), textStart: further.textStart)
    }

    /// A label alone before a note's text on `line`: up to four digits, one to four spaces, and a
    /// capital, a digit or a quotation mark (`6 Id. at 9.`).
    private func bareLabelStart(_ line: Range<Int>) -> (number: Int, textStart: Int)? {
        let bytes = file.bytes
        var index = line.lowerBound
        var number = 0
        while index < line.upperBound, Bytes.isDigit(bytes[index]), index - line.lowerBound < 5 {
            number = number * 10 + Int(bytes[index] &- 0x30)
            index += 1
        }
        guard index > line.lowerBound, index - line.lowerBound <= 4, bytes[line.lowerBound] != UInt8(ascii: "0") else { return nil }
        var text = index
        while text < line.upperBound, bytes[text] == 0x20, text - index < 5 { text += 1 }
        guard text > index, text - index <= 4, text < line.upperBound else { return nil }
        let lead = bytes[text]
        guard Bytes.isUpper(lead) || Bytes.isDigit(lead) || lead == UInt8(ascii: "\"") || lead == 0xE2 else { return nil }
        return (number, text)
    }

    /// Whether the notes `low` to `high`, refused in a row, each open a line of the last note's
    /// text (`skippedNoteLine`'s forms), in order.
    private func skippedNoteLinesInOrder(from low: Int, to high: Int) -> Bool {
        guard let last = footnotes.indices.last, low <= high else { return false }
        let bytes = file.bytes
        let pieces = footnotes[last].pieces
        var from = 1
        for skipped in low...high {
            let label = Array(String(skipped).utf8)
            guard let found = pieces.indices.dropFirst(from).first(where: { index in
                let piece = pieces[index]
                guard piece.count > label.count + 1, bytes[piece].starts(with: label) else { return false }
                let gap = bytes[(piece.lowerBound + label.count)..<piece.upperBound].prefix { $0 == 0x20 }
                return !gap.isEmpty && gap.count <= 4 && gap.endIndex < piece.upperBound && ending(of: [pieces[index - 1]]) == .complete
            }) else { return false }
            from = found + 1
        }
        return true
    }
}
