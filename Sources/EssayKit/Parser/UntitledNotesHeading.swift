import LowLevel

/// A heading that opens an ebook chapter's notes without saying so, as MarkItDown leaves them from
/// HTML: the marks link to fragments that no element holds (`word.[[12]](#note-c4-12)`), and the
/// notes are a plain numbered list under a heading that names the chapter (`#### Chapter Four`),
/// with no rule and no `Notes` heading.
///
/// The heading is read as the notes' only on evidence: it is the file's last heading and comes
/// after every mark, no note was read before it, and what follows is a list numbered from 1 on,
/// in turn, to the highest mark's number. A body list under a last heading is numbered so only by
/// chance, and then its count must still match the marks.
extension EssayBuilder {
    /// Whether the heading on `line` opens a list of the notes the marks lead to.
    func headsUnnamedNoteList(_ line: Range<Int>) -> Bool {
        guard region == .body, footnotes.allSatisfy({ $0.number == 0 }), inlineContext.linksToFragments, !webNoteTargets.isEmpty,
              !webNoteTargets.linksNotes, line.lowerBound > webNoteTargets.lastMark else { return false }
        let highest = webNoteTargets.highestMarkNumber
        guard highest > 0 else { return false }
        return Self.listNumbersInTurn(file.bytes, from: line.upperBound) == highest
    }

    /// How many items of a list numbered from 1 on in turn (`1. `, `2. `, …) the lines from `start`
    /// to the file's end hold; 0 when the first line with text is no item `1. ` or a heading follows.
    /// Lines that open with another number go on with the item before.
    static func listNumbersInTurn(_ bytes: [UInt8], from start: Int) -> Int {
        var expected = 1
        var lineStart = start
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            let text = LineRules.trim(bytes[lineStart..<lineEnd])
            guard let first = text.first else { continue }
            if first == UInt8(ascii: "#") { return 0 }
            let digits = text.prefix(while: Bytes.isDigit)
            let isItem = !digits.isEmpty && digits.count <= 4 && digits.endIndex + 1 < text.endIndex
                && text[digits.endIndex] == UInt8(ascii: ".") && text[digits.endIndex + 1] == 0x20
            if isItem, Int(String(decoding: digits, as: UTF8.self)) == expected {
                expected += 1
            } else if expected == 1 {
                return 0
            }
        }
        return expected - 1
    }
}
