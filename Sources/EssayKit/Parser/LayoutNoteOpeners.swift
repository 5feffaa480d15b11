import LowLevel

/// Page-foot notes that `pdftotext -layout` printed from a typeset journal (InDesign, LaTeX),
/// rewritten before the scan as the page-foot readers read a note.
///
/// Such a page opens each note after an indent of up to eight spaces with its number and a wide
/// space (U+2002 EN SPACE; a THIN SPACE or NO-BREAK SPACE likewise), its wrapped lines flush
/// left (`      4⟨EN⟩The regional ...`). The readers take a note's number after at most three
/// spaces and before an ordinary one, so none is read, and a numbered list in the body is read
/// as the notes instead. Each such line is rewritten `4 The regional ...`: the indent and the
/// wide space closed up, the line's length kept (`NoteSyntaxRewrite.apply`). A few notes of such a
/// file keep an ordinary space (`     5 Official ...`); a line so indented, its number then a
/// space and no lower-case letter, opens a note too when it follows the note numbered one before
/// it within a page's length (a body paragraph's indent is the same five spaces: the numbering
/// is the evidence). Only a file with form feeds and three such wide-space openers is rewritten.
enum LayoutNoteOpeners {
    /// The file with its notes' openers rewritten, or nil when it has too few.
    static func rewritten(_ bytes: [UInt8]) -> [UInt8]? {
        guard ByteScan.firstIndex(of: 0x0C, in: bytes.span, from: 0) != nil else { return nil }
        var openers: [Opener] = []
        var index = 0
        while true {
            index = ByteScan.firstIndex(in: bytes, from: index, upTo: bytes.count, lanes: { block in
                block .== SIMD16(repeating: 0xE2) .| block .== SIMD16(repeating: 0xC2)
            }, matches: { $0 == 0xE2 || $0 == 0xC2 })
            guard index < bytes.count else { break }
            if let width = wideSpace(bytes, at: index), let opener = opener(bytes, numberEnd: index, textStart: index + width) {
                openers.append(opener)
            }
            index += 1
        }
        guard openers.count >= 3 else { return nil }
        var accepted = openers
        // The notes that kept an ordinary space: each follows the one numbered before it.
        var cursor = 0
        while cursor < accepted.count {
            let previous = accepted[cursor]
            cursor += 1
            let number = previous.number + 1
            guard !accepted.contains(where: { $0.number == number && $0.lineStart > previous.lineStart }) else { continue }
            let end = min(bytes.count, previous.textStart + pageLength)
            if let found = plainOpener(bytes, number: number, from: previous.textStart, upTo: end),
               !accepted.contains(where: { $0.lineStart == found.lineStart }) {
                accepted.append(found)
            }
        }
        let edits = accepted.filter { $0.textStart - $0.lineStart > $0.digits + 1 }
            .sorted { $0.lineStart < $1.lineStart }
            .map { NoteSyntaxRewrite.Edit($0.lineStart..<$0.textStart, String($0.number) + " ") }
        return edits.isEmpty ? nil : NoteSyntaxRewrite.apply(edits, to: bytes)
    }

    /// A note's opening line: where the line starts, the note's number and its digits' count, and
    /// where its text starts.
    struct Opener {
        var lineStart: Int
        var number: Int
        var digits: Int
        var textStart: Int
    }

    /// The bytes a page of notes takes at most, in which the next note is looked for.
    private static let pageLength = 6000

    /// The deepest indent before a note's number.
    private static let deepestIndent = 8

    /// The length of the wide space at `index` (U+2002, U+2009: three bytes; U+00A0: two), if one is there.
    private static func wideSpace(_ bytes: [UInt8], at index: Int) -> Int? {
        if bytes[index] == 0xC2 { return index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : nil }
        guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 || bytes[index + 2] == 0x89 else { return nil }
        return 3
    }

    /// The opener whose number ends at `numberEnd` and whose text starts at `textStart`: one to
    /// three digits (not opening with 0) after up to eight spaces at a line's start, and text after.
    private static func opener(_ bytes: [UInt8], numberEnd: Int, textStart: Int) -> Opener? {
        var start = numberEnd
        while start > 0, numberEnd - start < 3, Bytes.isDigit(bytes[start - 1]) { start -= 1 }
        guard start < numberEnd, bytes[start] != UInt8(ascii: "0") else { return nil }
        var lineStart = start
        while lineStart > 0, bytes[lineStart - 1] == 0x20, start - lineStart <= deepestIndent { lineStart -= 1 }
        guard start - lineStart <= deepestIndent, lineStart == 0 || bytes[lineStart - 1] == 0x0A || bytes[lineStart - 1] == 0x0C,
              textStart < bytes.count, bytes[textStart] != 0x20, bytes[textStart] != 0x0A, bytes[textStart] != 0x0D else { return nil }
        let number = bytes[start..<numberEnd].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
        return Opener(lineStart: lineStart, number: number, digits: numberEnd - start, textStart: textStart)
    }

    /// The first line in `start..<end` opening with `number` and an ordinary space after an indent
    /// of up to eight spaces, its text not in lower case.
    private static func plainOpener(_ bytes: [UInt8], number: Int, from start: Int, upTo end: Int) -> Opener? {
        let digits = Array(String(number).utf8)
        var lineStart = (bytes[start..<end].firstIndex(of: 0x0A) ?? end) + 1
        while lineStart < end {
            if bytes[lineStart] == 0x0C { lineStart += 1 }
            var cursor = lineStart
            while cursor < end, bytes[cursor] == 0x20, cursor - lineStart <= deepestIndent { cursor += 1 }
            let numberEnd = cursor + digits.count
            if numberEnd + 1 < end, bytes[cursor..<numberEnd].elementsEqual(digits), bytes[numberEnd] == 0x20,
               bytes[numberEnd + 1] != 0x20, bytes[numberEnd + 1] != 0x0A, !Bytes.isLower(bytes[numberEnd + 1]) {
                return Opener(lineStart: lineStart, number: number, digits: digits.count, textStart: numberEnd + 1)
            }
            lineStart = (bytes[lineStart..<end].firstIndex(of: 0x0A) ?? end) + 1
        }
        return nil
    }
}
