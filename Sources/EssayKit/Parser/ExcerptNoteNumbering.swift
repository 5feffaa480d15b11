import LowLevel

/// The number an excerpt's notes start at: a report's section or an article cut from a longer
/// volume keeps the volume's numbering (`...the record.2215`, its note `2215 4/11/19 Memorandum`).
///
/// The readers expect note 1 first, so none of such a text's notes was read, and body lines
/// opening with a number became notes instead. The numbering and the marks are the evidence: the
/// first run of three page-foot notes numbered in a row (`N Text` or a number alone, as the
/// `-layout` passes leave them) starts at N above 2, the body before it marks N glued to a word,
/// and nothing before it marks note 1 or opens it. Only a file with form feeds is read.
enum ExcerptNoteNumbering {
    /// The first note's number when it is above 1, or nil.
    static func firstNumber(_ bytes: [UInt8]) -> Int? {
        guard ByteScan.firstIndex(of: 0x0C, in: bytes.span, from: 0) != nil else { return nil }
        var openers: [(lineStart: Int, number: Int)] = []
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            let lineEnd = ByteScan.firstIndex(of: 0x0A, in: bytes.span, from: lineStart) ?? count
            defer { lineStart = lineEnd + 1 }
            guard let number = opener(bytes, lineStart..<lineEnd) else { continue }
            if number == 1 { return nil }
            openers.append((lineStart, number))
            let run = openers.suffix(3).map(\.number)
            guard run.count == 3, run[1] == run[0] + 1, run[2] == run[0] + 2 else { continue }
            let first = openers[openers.count - 3]
            // A run from 2 is a text whose note 1 took another shape (an author's note, a mark
            // the readers miss), not an excerpt.
            guard run[0] > 2 else { return nil }
            return marks(run[0], bytes, before: first.lineStart) && !marks(1, bytes, before: first.lineStart) ? run[0] : nil
        }
        return nil
    }

    /// The number opening `line` as a page-foot note: one to five digits (not opening with 0)
    /// after up to three spaces, then a space and text not in lower case, or nothing.
    private static func opener(_ bytes: [UInt8], _ line: Range<Int>) -> Int? {
        var cursor = line.lowerBound
        if cursor < line.upperBound, bytes[cursor] == 0x0C { cursor += 1 }
        let indentStart = cursor
        while cursor < line.upperBound, bytes[cursor] == 0x20, cursor - indentStart <= 3 { cursor += 1 }
        guard cursor < line.upperBound, cursor - indentStart <= 3, Bytes.isDigit(bytes[cursor]), bytes[cursor] != UInt8(ascii: "0") else { return nil }
        let digitsStart = cursor
        while cursor < line.upperBound, Bytes.isDigit(bytes[cursor]) { cursor += 1 }
        guard cursor - digitsStart <= 5 else { return nil }
        var end = line.upperBound
        if end > cursor, bytes[end - 1] == 0x0D { end -= 1 }
        if cursor < end {
            guard bytes[cursor] == 0x20, cursor + 1 < end, bytes[cursor + 1] != 0x20, !Bytes.isLower(bytes[cursor + 1]) else { return nil }
        }
        return bytes[digitsStart..<cursor].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }

    /// Whether the text before `end` marks note `number` glued to a word (`record.2215`).
    private static func marks(_ number: Int, _ bytes: [UInt8], before end: Int) -> Bool {
        let digits = Array(String(number).utf8)
        var index = 2
        while index + digits.count <= end {
            if bytes[index] == digits[0], bytes[index..<(index + digits.count)].elementsEqual(digits),
               EssayBuilder.isGluedMark(bytes, at: index, count: digits.count) { return true }
            index += 1
        }
        return false
    }
}
