import LowLevel

/// Page-foot notes that `pdftotext -layout` printed with each note's number alone on its line
/// (a superscript number set above its text's baseline), its text on the lines below set in to
/// the right of the number, rewritten before the scan as a note's opening line (`12 Text ...`).
///
/// ```
///   97
///      See Cook, supra note 12, at 169.
/// 100
///      See Prest, supra note 58, at 309; Prest, supra note 3, at 123.
/// ```
///
/// The number may be set in (right-aligned numbers: ` 97` over `100`) or follow a proof's margin
/// line number (`2.30   4`); the readers take neither, and once one such note is missed every
/// later one runs into the note before it. A number alone is a note's only when the numbering is
/// the evidence: each rewritten number follows the one before it, or opens a run of three in a row
/// (a lost note, a number the shape missed), among the numbers alone or among them and the notes
/// printed with their text (`2 Davis v. ...`), and a file needs three. Its next line must start right
/// of the number's first digit (a superscript's last digit may stand over the text's first letter)
/// and not in lower case, and hold one column (no gutter of six spaces or more: two-column endnotes
/// are `LayoutColumns`'s); the number is set in no deeper than 16 columns past its page's own
/// indent (`LayoutPageIndent`: a report setting a page in past a margin of side headings); a page's number alone has the form feed or
/// the running head after it. The number's line is blanked and its text's indent closed up to
/// `12 `, each line keeping its length (`NoteSyntaxRewrite.apply`); a text opening with a digit is
/// left under its number alone. Only a file with form feeds is read.
enum LayoutNumberAloneNotes {
    /// The file with its number-alone notes rewritten, or nil when it has fewer than three.
    static func rewritten(_ bytes: [UInt8]) -> [UInt8]? {
        guard ByteScan.firstIndex(of: 0x0C, in: bytes.span, from: 0) != nil else { return nil }
        let alone = candidates(bytes)
        guard !alone.isEmpty else { return nil }
        let takenAlone = NoteNumbering.runningOn(alone.map(\.number))
        // The notes printed with their text (`2 Davis v. ...`) count in the numbering too: a
        // page's first note alone over its text, the rest not, is one run. Taken on their own as
        // well, so that numbers a note quotes (`26 Section 4(1) ...`) break no run of notes alone.
        let found = (alone.indices.map { (alone[$0].numberLine.lowerBound, alone[$0].number, Optional($0)) }
            + printedOpeners(bytes).map { ($0.lineStart, $0.number, nil) }).sorted { $0.0 < $1.0 }
        let taken = NoteNumbering.runningOn(found.map(\.1)).map { found[$0] }
        let takenAmongPrinted = taken.compactMap(\.2)
        guard takenAlone.count >= 3 || taken.count >= 3 && !takenAmongPrinted.isEmpty else { return nil }
        let accepted = Set(takenAlone + (taken.count >= 3 ? takenAmongPrinted : [])).sorted().map { alone[$0] }
        var edits: [NoteSyntaxRewrite.Edit] = []
        // A text opening with a number (`17 U.S.C. § 305`) would read as a pair of numbers
        // (`100 17 U.S.C.`), which opens no note: its number stays alone, for the readers of
        // numbers alone, and still counts in the numbering. A date or a number run on into
        // more (`4/11/19 Memorandum`) is no number alone and opens the note's text.
        // A text set in less than its number and a space is left under its number too: the
        // rewriting writes them over the indent, and the line keeps its length.
        for candidate in accepted where !opensWithNumberAlone(bytes, candidate.textStart)
            && candidate.textStart - candidate.textLineStart > String(candidate.number).utf8.count {
            edits.append(NoteSyntaxRewrite.Edit(candidate.numberLine))
            edits.append(NoteSyntaxRewrite.Edit(candidate.textLineStart..<candidate.textStart, String(candidate.number) + " "))
        }
        return NoteSyntaxRewrite.apply(edits, to: bytes)
    }

    /// A number alone on its line and the line of text under it.
    struct Candidate {
        /// The number's line after any form feed, without its line end.
        var numberLine: Range<Int>
        var number: Int
        var textLineStart: Int
        var textStart: Int
    }

    /// Whether the text at `start` opens with a bare number (digits, then a space or the line's end).
    private static func opensWithNumberAlone(_ bytes: [UInt8], _ start: Int) -> Bool {
        var end = start
        while end < bytes.count, Bytes.isDigit(bytes[end]) { end += 1 }
        return end > start && (end == bytes.count || bytes[end] == 0x20 || bytes[end] == 0x0A || bytes[end] == 0x0D)
    }

    /// A note printed with its text, as the readers take it: a line opening with a number of one
    /// to four digits after up to three spaces, one to three spaces, and text not in lower case.
    struct PrintedOpener {
        var lineStart: Int
        var number: Int
    }

    /// Every line opening as a printed note does (`2 Davis v. ...`, `   14 See ...`).
    static func printedOpeners(_ bytes: [UInt8]) -> [PrintedOpener] {
        var found: [PrintedOpener] = []
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            let lineEnd = ByteScan.firstIndex(of: 0x0A, in: bytes.span, from: lineStart) ?? count
            defer { lineStart = lineEnd + 1 }
            var cursor = lineStart
            if cursor < lineEnd, bytes[cursor] == 0x0C { cursor += 1 }
            let indentStart = cursor
            while cursor < lineEnd, bytes[cursor] == 0x20, cursor - indentStart <= 3 { cursor += 1 }
            guard cursor < lineEnd, cursor - indentStart <= 3, Bytes.isDigit(bytes[cursor]), bytes[cursor] != UInt8(ascii: "0") else { continue }
            let digitsStart = cursor
            while cursor < lineEnd, Bytes.isDigit(bytes[cursor]) { cursor += 1 }
            let numberEnd = cursor
            while cursor < lineEnd, bytes[cursor] == 0x20, cursor - numberEnd <= 3 { cursor += 1 }
            guard numberEnd - digitsStart <= 4, (1...3).contains(cursor - numberEnd), cursor < lineEnd,
                  bytes[cursor] != 0x0D, !Bytes.isLower(bytes[cursor]), !Bytes.isDigit(bytes[cursor]) else { continue }
            let number = bytes[digitsStart..<numberEnd].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
            found.append(PrintedOpener(lineStart: lineStart, number: number))
        }
        return found
    }

    /// The deepest indent before a number alone.
    private static let deepestIndent = 16

    /// Every number alone (one to four digits, not opening with 0, after spaces or a margin line
    /// number) whose next line's text starts right of it, not in lower case.
    static func candidates(_ bytes: [UInt8]) -> [Candidate] {
        var found: [Candidate] = []
        var lineStart = 0
        let count = bytes.count
        var pageIndent = 0
        var pageEnd = -1
        while lineStart < count {
            let lineEnd = ByteScan.firstIndex(of: 0x0A, in: bytes.span, from: lineStart) ?? count
            defer { lineStart = lineEnd + 1 }
            if lineStart >= pageEnd {
                let page = LayoutPageIndent.of(bytes, from: lineStart)
                pageIndent = page.indent > deepestIndent ? page.indent : 0
                pageEnd = page.end
            }
            // Cheapest test first: a number alone ends its line with a digit.
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            guard end > lineStart, Bytes.isDigit(bytes[end - 1]), end - lineStart <= pageIndent + deepestIndent + 12, lineEnd < count else { continue }
            var start = lineStart
            if bytes[start] == 0x0C { start += 1 }
            guard let number = numberAlone(bytes, start..<end, pageIndent: pageIndent), let text = textLine(bytes, from: lineEnd + 1) else { continue }
            // Right of the number's first digit: a superscript's second digit may stand over the text's first letter.
            let digits = String(number).utf8.count
            guard text.textStart - text.lineStart >= max(end - start - digits + 1, 1) else { continue }
            found.append(Candidate(numberLine: start..<end, number: number, textLineStart: text.lineStart, textStart: text.textStart))
        }
        return found
    }

    /// The number that `line` holds alone after spaces, or after a margin line number (`2.30`) and
    /// two spaces or more.
    private static func numberAlone(_ bytes: [UInt8], _ line: Range<Int>, pageIndent: Int) -> Int? {
        var digitsStart = line.upperBound
        while digitsStart > line.lowerBound, Bytes.isDigit(bytes[digitsStart - 1]) { digitsStart -= 1 }
        let digits = line.upperBound - digitsStart
        guard (1...4).contains(digits), bytes[digitsStart] != UInt8(ascii: "0") else { return nil }
        var cursor = line.lowerBound
        while cursor < digitsStart, bytes[cursor] == 0x20 { cursor += 1 }
        if cursor < digitsStart, !isMarginLineNumber(bytes, cursor..<digitsStart) { return nil }
        guard cursor - line.lowerBound <= pageIndent + deepestIndent else { return nil }
        return bytes[digitsStart..<line.upperBound].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }

    /// Whether `range` is a proof's margin line number and the spaces after it (`2.30   `).
    private static func isMarginLineNumber(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var cursor = range.lowerBound
        while cursor < range.upperBound, Bytes.isDigit(bytes[cursor]) { cursor += 1 }
        guard (1...2).contains(cursor - range.lowerBound), cursor < range.upperBound, bytes[cursor] == UInt8(ascii: ".") else { return false }
        let fraction = cursor + 1
        cursor = fraction
        while cursor < range.upperBound, Bytes.isDigit(bytes[cursor]) { cursor += 1 }
        guard cursor - fraction == 2 else { return false }
        let spaces = range.upperBound - cursor
        return spaces >= 2 && bytes[cursor..<range.upperBound].allSatisfy { $0 == 0x20 }
    }

    /// The line at `lineStart` and where its text starts, when it holds text not in lower case.
    private static func textLine(_ bytes: [UInt8], from lineStart: Int) -> (lineStart: Int, textStart: Int)? {
        var cursor = lineStart
        while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
        guard cursor < bytes.count else { return nil }
        let lead = bytes[cursor]
        guard lead != 0x0A, lead != 0x0D, lead != 0x0C, lead != 0x09, !Bytes.isLower(lead) else { return nil }
        // A column of numbers alone is no note's text.
        var end = cursor
        while end < bytes.count, Bytes.isDigit(bytes[end]) { end += 1 }
        if end > cursor, end == bytes.count || bytes[end] == 0x0A || bytes[end] == 0x0D { return nil }
        // A line holding a second column after a gutter (two-column endnotes, `LayoutColumns`) is
        // the columns' reader's: six spaces or more between two words.
        var spaces = 0
        while end < bytes.count, bytes[end] != 0x0A {
            if bytes[end] == 0x20 {
                spaces += 1
            } else {
                if spaces >= 6, bytes[end] != 0x0D { return nil }
                spaces = 0
            }
            end += 1
        }
        return (lineStart, cursor)
    }
}
