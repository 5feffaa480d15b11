import LowLevel

/// A web page's notes that its HTML left run into the note before them (`… 210, 214–15. 37. Ada
/// Moss, “Docks,” …` inside the element of note 36), split off as notes of their own.
///
/// Only a label that the notes skip, that a mark of the text links to, and that follows a
/// sentence's end and opens a sentence inside the note just before is read as a note's start: a
/// page number in a citation (`Ibid., 37.`) is no label the notes lack.
extension EssayBuilder {
    /// Splits each web note that holds the start of the note its label's successor names, when the
    /// next note read has another label and a mark of the text leads to that one.
    mutating func splitRunInWebNotes() {
        guard readsWebNotes, !webNoteTargets.isEmpty, !footnotes.isEmpty else { return }
        var defined = Set(footnotes.lazy.map(\.label))
        var index = 0
        while index < footnotes.count {
            defer { index += 1 }
            guard let number = Int(footnotes[index].label) else { continue }
            let wanted = String(number + 1)
            guard !defined.contains(wanted), webNoteTargets.marks(wanted),
                  let start = Self.runInStart(of: wanted, in: footnotes[index].pieces, bytes: file.bytes) else { continue }
            let pieces = footnotes[index].pieces
            var before: [Range<Int>] = []
            var after: [Range<Int>] = []
            for piece in pieces {
                if piece.upperBound <= start.label.lowerBound {
                    before.append(piece)
                } else if piece.lowerBound >= start.text {
                    after.append(piece)
                } else {
                    if piece.lowerBound < start.label.lowerBound { before.append(piece.lowerBound..<start.label.lowerBound) }
                    if start.text < piece.upperBound { after.append(start.text..<piece.upperBound) }
                }
            }
            guard !after.isEmpty else { continue }
            footnotes[index].pieces = before
            footnotes.insert(RawFootnote(label: wanted, pieces: after, labelRange: start.label.lowerBound..<start.text), at: index + 1)
            defined.insert(wanted)
        }
    }

    /// Where `label` opens a note inside `pieces`: `label.` after a sentence's end (`.`, `)`, a
    /// closing quote or emphasis) and a space, then a space and the next sentence's first
    /// character (no digit, no lower-case letter). Returns the label's range and the text's start.
    static func runInStart(of label: String, in pieces: [Range<Int>], bytes: [UInt8]) -> (label: Range<Int>, text: Int)? {
        let digits = Array(label.utf8)
        var previousEnd: UInt8?
        for piece in pieces {
            var cursor = piece.lowerBound
            while cursor < piece.upperBound {
                let byte = bytes[cursor]
                defer {
                    if !Bytes.isSpace(byte) { previousEnd = byte }
                    cursor += 1
                }
                guard byte == digits[0], cursor + digits.count + 2 < piece.upperBound,
                      cursor == piece.lowerBound || Bytes.isSpace(bytes[cursor - 1]),
                      let last = previousEnd, endsSentence(last),
                      bytes[cursor..<(cursor + digits.count)].elementsEqual(digits),
                      bytes[cursor + digits.count] == UInt8(ascii: "."), bytes[cursor + digits.count + 1] == 0x20 else { continue }
                var text = cursor + digits.count + 1
                while text < piece.upperBound, bytes[text] == 0x20 { text += 1 }
                guard text < piece.upperBound else { continue }
                let first = bytes[text]
                guard !Bytes.isDigit(first), !(first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")) else { continue }
                return (cursor..<(cursor + digits.count + 1), text)
            }
        }
        return nil
    }

    /// Whether a sentence may end with `byte`: a period, a bracket, quote, emphasis or tag closing after it.
    private static func endsSentence(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "\"") || byte == 0x9D || byte == 0x99 || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ">")
    }
}
