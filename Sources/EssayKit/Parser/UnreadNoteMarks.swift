import LowLevel

/// The warning for notes the body marks but legit read no text for: a plain text whose body goes
/// on marking notes (`reasons.20`, `readers.21`) past the last note read, where the notes printed
/// after it take a form the note rules do not read.
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
                            || Self.followsQuestion(bytes, at: index, count: end - index) {
                            let number = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
                            if number >= expected, number <= expected + 3 {
                                if first == nil { first = index..<end }
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
        diagnostics.append(Diagnostic(.warning, file: file.path, range: file.range(ofBytes: first),
            message: "the text marks notes \(last + 1)–\(expected - 1) but legit read no note text for them; "
                + "their notes may be printed in a form legit does not read"))
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
