import LowLevel

/// How far `pdftotext -layout` set a page's text in: a report that prints side headings in a
/// wide left margin sets every line of a page's body and notes in by the margin's width
/// (`                           Depending on the program, ...`), its running head alone at the edge.
enum LayoutPageIndent {
    /// The indent most of the page's lines with text share, and the offset where the page ends (its
    /// form feed's line, or the file's end), for the page whose first line starts at `start`.
    static func of(_ bytes: [UInt8], from start: Int) -> (indent: Int, end: Int) {
        let end = ByteScan.firstIndex(of: 0x0C, in: bytes.span, from: start + 1) ?? bytes.count
        var counts: [Int: Int] = [:]
        eachLine(bytes, from: start, to: end) { indentStart, textStart, lineEnd in
            // Lines of text only: a long line is a body's or a note's, not a page number's.
            if lineEnd - textStart >= 40 { counts[textStart - indentStart, default: 0] += 1 }
        }
        let most = counts.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }
        return (most?.key ?? 0, end)
    }

    /// Calls `body` with each line from `start` to `end`: where its indent starts (after a form
    /// feed opening it), where its text starts, and where it ends.
    static func eachLine(_ bytes: [UInt8], from start: Int, to end: Int, _ body: (_ indentStart: Int, _ textStart: Int, _ lineEnd: Int) -> Void) {
        var lineStart = start
        while lineStart < end {
            let lineEnd = min(ByteScan.firstIndex(of: 0x0A, in: bytes.span, from: lineStart) ?? bytes.count, end)
            var cursor = lineStart
            if cursor < lineEnd, bytes[cursor] == 0x0C { cursor += 1 }
            let indentStart = cursor
            while cursor < lineEnd, bytes[cursor] == 0x20 { cursor += 1 }
            body(indentStart, cursor, lineEnd)
            lineStart = lineEnd + 1
        }
    }
}
