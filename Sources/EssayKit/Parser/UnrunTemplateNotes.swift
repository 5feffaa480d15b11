import LowLevel

/// The notes of a web page saved as its template's source and never run (PHP saved as `.html`,
/// converted by pandoc), read by structure and rewritten as the page would have shown them.
///
/// Each mark comes out as a superscript around a link whose text is the template's markup and the
/// number in escaped brackets (`^[\"\ rel=\"footnote\"\>\[12\]](%3C?php …){#fn-12\");=""` and
/// `?=""}^` on the next line); each note is a numbered list item whose span holds the text and a
/// link back of the same markup (`1.  [Text [\"` … `rel=\"footnote\"\>#](%3C?php …){#a-1…}]{#fn-1}`).
/// Only when the numbering agrees (marks 1…N in order, items 1…N, an item's id ending with its
/// number) are the marks rewritten as `^[N](#id)^` and the items as `N.  []{#id}Text`, the
/// template's markup blanked: same length and same number of lines, so places in the file hold.
enum UnrunTemplateNotes {
    /// The template's markup every mark and link back holds.
    private static let key = Array(#"rel=\"footnote\"\>"#.utf8)

    private struct Mark {
        var number: Int
        var range: Range<Int>
    }

    private struct Note {
        var number: Int
        var id: ArraySlice<UInt8>
        /// From the span's `[` to the end of its `]{#id}`.
        var range: Range<Int>
        /// The note's text, from after the span's `[` to the link back's `[`.
        var text: Range<Int>
    }

    /// `bytes` rewritten, or nil when they hold no such notes or their numbering disagrees. The
    /// gate is one pass over the file's `>`.
    static func rewritten(_ bytes: [UInt8]) -> [UInt8]? {
        var marks: [Mark] = []
        var notes: [Note] = []
        var index = 0
        while true {
            // One byte of interest: the C library's search, several times faster than sixteen bytes a step.
            guard let found = ByteScan.firstIndex(of: UInt8(ascii: ">"), in: bytes.span, from: index) else { break }
            index = found
            defer { index += 1 }
            let start = index + 1 - key.count
            guard start >= 2, bytes[start..<(index + 1)].elementsEqual(key) else { continue }
            guard let open = bytes[max(0, start - 12)..<start].lastIndex(of: UInt8(ascii: "[")),
                  let link = linkEnd(bytes, after: index + 1) else { return nil }
            if let number = link.number {
                guard open > 0, bytes[open - 1] == UInt8(ascii: "^"), link.end < bytes.count,
                      bytes[link.end] == UInt8(ascii: "^") else { return nil }
                marks.append(Mark(number: number, range: (open - 1)..<(link.end + 1)))
            } else {
                guard let note = note(bytes, linkAt: open, linkEnd: link.end) else { return nil }
                notes.append(note)
            }
        }
        guard !marks.isEmpty, marks.count == notes.count,
              marks.enumerated().allSatisfy({ $0.element.number == $0.offset + 1 }),
              notes.enumerated().allSatisfy({ $0.element.number == $0.offset + 1 }) else { return nil }
        var out = bytes
        for mark in marks {
            let id = notes[mark.number - 1].id
            let written = Array("^[\(mark.number)](#".utf8) + id + Array(")^".utf8)
            guard fill(&out, mark.range, with: written, keeping: [], newlinesFirst: true) else { return nil }
        }
        for note in notes {
            let written = Array("[]{#".utf8) + note.id + [UInt8(ascii: "}")]
            guard fill(&out, note.range, with: written, keeping: bytes[note.text]) else { return nil }
        }
        return out
    }

    /// After a link's text from `from`: its number (`\[12\]`) or nil for `#`, and the offset past
    /// the `}` closing the attributes that follow its address.
    private static func linkEnd(_ bytes: [UInt8], after from: Int) -> (number: Int?, end: Int)? {
        var index = from
        var number: Int?
        if bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "[")]) {
            let digits = bytes[(index + 2)...].prefix(while: Bytes.isDigit)
            guard !digits.isEmpty, digits.count <= 4, bytes[digits.endIndex...].starts(with: Array(#"\]]("#.utf8)) else { return nil }
            number = Int(String(decoding: digits, as: UTF8.self))
            index = digits.endIndex + 4
        } else {
            guard bytes[index...].starts(with: Array("#](".utf8)) else { return nil }
            index += 3
        }
        let stop = min(bytes.count, index + 400)
        guard let brace = bytes[index..<stop].firstIndex(of: UInt8(ascii: "{")),
              let close = bytes[brace..<stop].firstIndex(of: UInt8(ascii: "}")) else { return nil }
        return (number, close + 1)
    }

    /// The note whose link back opens at `link` and ends at `linkEnd`: the list item's span
    /// around it, closed by `]{#id}` after only spaces.
    private static func note(_ bytes: [UInt8], linkAt link: Int, linkEnd: Int) -> Note? {
        var index = linkEnd
        while index < bytes.count, Bytes.isSpace(bytes[index]) { index += 1 }
        guard bytes[index...].starts(with: Array("]{#".utf8)) else { return nil }
        let idStart = index + 3
        let id = bytes[idStart..<min(bytes.count, idStart + 60)].prefix { $0 != UInt8(ascii: "}") && !Bytes.isSpace($0) }
        guard !id.isEmpty, id.endIndex < bytes.count, bytes[id.endIndex] == UInt8(ascii: "}") else { return nil }
        // The item's line: the last line before the link opening with `N.` and a `[`.
        var lineStart = link
        while true {
            guard let newline = bytes[max(0, lineStart - 20_000)..<lineStart].lastIndex(of: 0x0A) ?? (lineStart > 20_000 ? nil : -1) else { return nil }
            lineStart = newline + 1
            let digits = bytes[lineStart...].prefix(while: Bytes.isDigit)
            if !digits.isEmpty, digits.count <= 4, digits.endIndex < bytes.count, bytes[digits.endIndex] == UInt8(ascii: ".") {
                let span = bytes[(digits.endIndex + 1)...].prefix(while: { $0 == 0x20 }).endIndex
                guard span < link, bytes[span] == UInt8(ascii: "["), let number = Int(String(decoding: digits, as: UTF8.self)) else { return nil }
                let idDigits = id.reversed().prefix(while: Bytes.isDigit)
                if !idDigits.isEmpty, Int(String(decoding: idDigits.reversed(), as: UTF8.self)) != number { return nil }
                return Note(number: number, id: id, range: span..<(id.endIndex + 1), text: (span + 1)..<link)
            }
            guard newline >= 0 else { return nil }
            lineStart = newline
        }
    }

    /// Writes `written` and then `kept` at the start of `range` in `out`, and spaces after them but
    /// for the range's other line ends, so the range keeps its length and its number of lines.
    /// A mark's line ends go first: a line left blank after it would end its paragraph.
    private static func fill(_ out: inout [UInt8], _ range: Range<Int>, with written: [UInt8], keeping kept: ArraySlice<UInt8>,
                             newlinesFirst: Bool = false) -> Bool {
        let newlines = out[range].count(where: { $0 == 0x0A }) - kept.count(where: { $0 == 0x0A })
        guard newlines >= 0, written.count + kept.count + newlines <= range.count else { return false }
        let ends = [UInt8](repeating: 0x0A, count: newlines)
        var bytes = newlinesFirst ? ends + written + kept : written + kept + ends
        bytes += [UInt8](repeating: 0x20, count: range.count - bytes.count)
        out.replaceSubrange(range, with: bytes)
        return true
    }
}
