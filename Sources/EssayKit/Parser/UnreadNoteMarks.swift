import LowLevel

/// The warning for notes the body marks but legit read no text for: a plain text whose body goes
/// on marking notes (`reasons.20`, `readers.21`) past the last note read, or marks notes where no
/// note was read at all, where the notes printed take a form the note rules do not read.
extension EssayBuilder {
    /// The fewest marks in a row past the last note read that make the warning: one or two glued
    /// numbers may be a quantity (`COVID-19.`), a rising run of three is the notes' marks.
    static let unreadRunLength = 3

    /// Warns once, at the first mark, when the body marks notes numbered on from the last note
    /// read, after that note's own mark: the reader would otherwise take the notes shown for all.
    /// Marks count in order, each one to four on from the last (a mark the conversion spoilt or
    /// set apart, `reputation, 110 one`, is passed over).
    mutating func warnOfUnreadNotes(after last: Int) {
        let bytes = file.bytes
        // The search starts after the last mark found, so the read notes' own marks never count.
        var start = 0
        for section in sections {
            for block in section.blocks {
                for note in block.notes { start = max(start, note.range.upperBound) }
            }
        }
        var expected = last + 1
        var first: Range<Int>?
        var firstNumber = 0
        var found = 0
        for section in sections {
            for block in section.blocks {
                for piece in block.pieces + block.items.flatMap(\.pieces) where piece.upperBound > start {
                    var index = max(piece.lowerBound, start)
                    while index < piece.upperBound {
                        guard Bytes.isDigit(bytes[index]), index > piece.lowerBound, !Bytes.isDigit(bytes[index - 1]) else { index += 1; continue }
                        var end = index
                        while end < piece.upperBound, Bytes.isDigit(bytes[end]) { end += 1 }
                        if end - index <= 4, bytes[index] != UInt8(ascii: "0"), Self.isGluedMark(bytes, at: index, count: end - index)
                            || Self.followsQuestion(bytes, at: index, count: end - index),
                           last > 0 || Self.followsPunctuation(bytes, at: index) {
                            let number = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
                            if number >= expected, number <= expected + 3 {
                                if first == nil { first = index..<end; firstNumber = number }
                                found += 1
                                expected = number + 1
                            }
                        }
                        index = end
                    }
                }
            }
        }
        guard found >= Self.unreadRunLength, let first else { return }
        if last == 0 {
            diagnostics.append(Diagnostic(.warning, file: file.path, range: file.range(ofBytes: first),
                message: "the text marks notes \(firstNumber)–\(expected - 1) but legit read no note at all, so no sentence leads to a note; "
                    + "the notes are printed in a form legit does not read: convert the PDF another way (`pdftotext -layout`, MarkItDown) or report the file"))
            return
        }
        diagnostics.append(Diagnostic(.warning, file: file.path, range: file.range(ofBytes: first),
            message: "the text marks notes \(last + 1)–\(expected - 1) but legit read no note text for them; "
                + "their notes may be printed in a form legit does not read"))
    }

    /// Warns when no note was read at all though the body marks a rising run of notes from the
    /// first few after a sentence's or clause's punctuation (`publicity.2`, `case.3`, `Court,4`): a
    /// reader shown no notes would take the essay for one without any. Marks of notes read another
    /// way (`[^1]`, `<sup>`) make no warning.
    mutating func warnOfNotesNoneRead() {
        guard !footnotes.contains(where: { $0.number > 0 }),
              !sections.contains(where: { $0.blocks.contains { !$0.notes.isEmpty } }) else { return }
        warnOfUnreadNotes(after: 0)
    }

    /// Whether the byte before `index` closes a sentence or a clause (`.`, `,`, `;`, `:`, `?`, `!`,
    /// `)`, a quotation mark): where no note was read, only such marks count (`publicity.2`), as a
    /// word's digits (`w1`, `Route3`) may be part of it.
    static func followsPunctuation(_ bytes: [UInt8], at index: Int) -> Bool {
        let before = bytes[index - 1]
        return ".,;:?!)\"".utf8.contains(before) || (index >= 3 && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x80 && (before == 0x9D || before == 0x99))
    }

    /// Whether digits glued to a question's or an exclamation's end are a mark (`ships?75 What`):
    /// the page-foot rules leave them, but they show the body marking notes.
    static func followsQuestion(_ bytes: [UInt8], at index: Int, count: Int) -> Bool {
        guard count <= 4, index >= 2, bytes[index] != UInt8(ascii: "0") else { return false }
        let after = index + count < bytes.count ? bytes[index + count] : 0x20
        return (bytes[index - 1] == UInt8(ascii: "?") || bytes[index - 1] == UInt8(ascii: "!")) && Bytes.isLetter(bytes[index - 2])
            && !Bytes.isDigit(after) && !Bytes.isLetter(after)
    }
}
