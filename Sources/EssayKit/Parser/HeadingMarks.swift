import LowLevel

/// A note's mark glued to a part's heading that ends with a number (`I. LYRICS, VERSE 27`, the
/// `7` note 7's mark): read as a mark, not the heading's, where the note numbering agrees.
extension EssayBuilder {
    /// Reads the mark at the end of a part heading of plain text that ends with two digits or more
    /// (`VERSE 27`, `PART 314`): its last one or two digits are a mark when they number a note,
    /// the mark read last before the heading is the one before it, and the next one after is the
    /// one after it (or none comes). The heading keeps the digits before (`VERSE 2`). A number glued
    /// to a letter (`DELIRIUM57`) never gets here: such a line stays text, where its mark is read.
    mutating func findHeadingMarks() {
        let bytes = file.bytes
        // The cheap test: a part heading (no `#`) whose title ends with two digits.
        let candidates = sections.indices.filter { index in
            guard let heading = sections[index].heading, heading.hashes == 0, let piece = sections[index].titlePieces.last,
                  piece.count >= 3 else { return false }
            let end = Self.trimmedEnd(of: piece, in: bytes)
            return end - piece.lowerBound >= 3 && Bytes.isDigit(bytes[end - 1]) && Bytes.isDigit(bytes[end - 2])
        }
        guard !candidates.isEmpty else { return }
        let numbers = Set(footnotes.lazy.map(\.number).filter { $0 > 0 })
        // The marks read, in reading order (their offsets rise through the blocks).
        var marks: [(offset: Int, number: Int)] = []
        for section in sections {
            for block in section.blocks {
                for note in block.notes { if let number = Int(note.label) { marks.append((note.range.lowerBound, number)) } }
            }
        }
        for index in candidates {
            guard let piece = sections[index].titlePieces.last else { continue }
            let end = Self.trimmedEnd(of: piece, in: bytes)
            var start = end
            while start > piece.lowerBound, Bytes.isDigit(bytes[start - 1]) { start -= 1 }
            let before = marks.last { $0.offset < piece.lowerBound }?.number ?? 0
            let after = marks.first { $0.offset >= piece.upperBound }?.number
            for count in 1...min(2, end - start - 1) {
                let markStart = end - count
                guard bytes[markStart] != UInt8(ascii: "0") else { continue }
                let number = bytes[markStart..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
                guard numbers.contains(number), number == before + 1, after.map({ $0 == number + 1 }) ?? true else { continue }
                sections[index].titleNotes = [InlineNote(range: markStart..<end, label: String(number))]
                break
            }
        }
    }

    /// Where a line's text ends, before any spaces.
    private static func trimmedEnd(of piece: Range<Int>, in bytes: [UInt8]) -> Int {
        var end = piece.upperBound
        while end > piece.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }
}
