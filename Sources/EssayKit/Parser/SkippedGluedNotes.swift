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
    /// note's text at a later line of it that opens with the skipped number (`skippedNoteLine`).
    mutating func recoverSkippedNote(before number: Int) {
        guard !footnotes.isEmpty, number == lastNoteNumber + 2, let found = skippedNoteLine(number - 1) else { return }
        let last = footnotes.count - 1
        let pieces = footnotes[last].pieces
        let piece = pieces[found.index]
        footnotes[last].pieces.removeSubrange(found.index...)
        footnotes.append(RawFootnote(label: String(number - 1), pieces: [found.textStart..<piece.upperBound] + pieces[(found.index + 1)...],
                                     labelRange: piece.lowerBound..<found.textStart))
    }

    /// The line of the last note's text (not its first) that opens note `skipped`, which the scan
    /// refused as text, and where that note's text starts: the number glued to a letter (`7ibid at
    /// 9`, where pages end with form feeds), or the number, a gap of one to four spaces and text,
    /// on a line after one that ends a sentence (`4  see id. at 5.`, a label whose text the rules
    /// took for a line of prose). A number before a bracket or a digit with no gap (`12(b)(6)
    /// motion`) is the note's own text.
    func skippedNoteLine(_ skipped: Int) -> (index: Int, textStart: Int)? {
        guard let last = footnotes.indices.last else { return nil }
        let label = Array(String(skipped).utf8)
        let bytes = file.bytes
        let pieces = footnotes[last].pieces
        for index in pieces.indices.dropFirst() {
            let piece = pieces[index]
            guard piece.count > label.count + 1, piece.lowerBound == 0 || bytes[piece.lowerBound - 1] == 0x0A || bytes[piece.lowerBound - 1] == 0x0C,
                  bytes[piece].starts(with: label) else { continue }
            let after = piece.lowerBound + label.count
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
    /// (`skippedNoteLine`), the last note ends a sentence, and the text of this page or the one
    /// before marks the note after it. One refused label then does not end the notes.
    func resynchronisedBareStart(_ found: LineRules.NoteStart?, on line: Range<Int>) -> LineRules.NoteStart? {
        guard let found, !footnotes.isEmpty, !lastNoteIsEmpty else { return nil }
        let number = lastNoteNumber + 2
        guard EssayBuilder.number(ofLabel: found.label) == number, !lastNoteStopsMidSentence, skippedNoteLine(number - 1) != nil,
              marksOnThisPageOrTheOneBefore(number, before: line.lowerBound) else { return nil }
        return found
    }
}
