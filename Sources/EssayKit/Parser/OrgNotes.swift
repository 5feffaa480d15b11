import LowLevel

/// Notes written as org-mode's footnotes, read as Markdown's.
///
/// A marker `[fn:3]` or `[fn:name]` in the text; its note a paragraph opening with the same
/// marker at a line's start (`[fn:3] text`), often under a `* Footnotes` heading; an inline note
/// `[fn::text]` or `[fn:name:text]` where it stands. They become `[^3]`, `[^3]: text` and
/// `^[text]`; the `* Footnotes` heading goes.
enum OrgNotes {
    /// The edits that make the file's org-mode notes Markdown's, or nil when it has none.
    static func edits(_ bytes: [UInt8]) -> [NoteSyntaxRewrite.Edit]? {
        var edits: [NoteSyntaxRewrite.Edit] = []
        var definitions = 0
        var markers = 0
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "[")) {
            index = open + 1
            guard NoteSyntaxRewrite.holds(bytes, "[fn:", at: open) else { continue }
            var end = open + 4
            while end < bytes.count, end < open + 64, Bytes.isLetter(bytes[end]) || Bytes.isDigit(bytes[end])
                || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "_") { end += 1 }
            guard end < bytes.count else { continue }
            let label = Array(bytes[(open + 4)..<end])
            if bytes[end] == UInt8(ascii: ":") {
                // An inline note: its text runs to the matching `]`.
                guard let close = closing(bytes, after: open) else { continue }
                edits.append(.init(open..<(end + 1), "^["))
                markers += 1
                definitions += 1
                index = close
                continue
            }
            guard bytes[end] == UInt8(ascii: "]"), !label.isEmpty else { continue }
            let marker = Array("[^".utf8) + label + [UInt8(ascii: "]")]
            if open == 0 || bytes[open - 1] == 0x0A {
                heading(before: open, in: bytes, after: edits.last?.range.upperBound ?? 0, into: &edits)
                edits.append(.init(open..<(end + 1), marker + [UInt8(ascii: ":")]))
                definitions += 1
            } else {
                edits.append(.init(open..<(end + 1), marker))
                markers += 1
            }
            index = end + 1
        }
        return markers > 0 && definitions > 0 ? edits : nil
    }

    /// The `]` closing an inline note opening at `open`.
    private static func closing(_ bytes: [UInt8], after open: Int) -> Int? {
        var depth = 0
        var index = open + 1
        while index < bytes.count, index < open + 8000 {
            if bytes[index] == UInt8(ascii: "[") { depth += 1 }
            if bytes[index] == UInt8(ascii: "]") {
                if depth == 0 { return index }
                depth -= 1
            }
            index += 1
        }
        return nil
    }

    /// Blanks org-mode's `* Footnotes` heading when it is the last line before `start` with text.
    private static func heading(before start: Int, in bytes: [UInt8], after floor: Int, into edits: inout [NoteSyntaxRewrite.Edit]) {
        var end = start
        while end > floor, end > 0 {
            let lineStart = NoteSyntaxRewrite.lineStart(bytes, of: end - 1)
            let line = lineStart..<(end - 1)
            if NoteSyntaxRewrite.isBlank(bytes, line) || bytes[line].allSatisfy({ $0 == 0x0D }) {
                end = lineStart
                continue
            }
            let text = bytes[line].filter { $0 != 0x0D }
            var words = text.drop(while: { $0 == UInt8(ascii: "*") })
            guard words.count < text.count, words.first == 0x20 else { return }
            words = words.drop(while: { $0 == 0x20 })
            if words.elementsEqual("Footnotes".utf8) || words.elementsEqual("FOOTNOTES".utf8) || words.elementsEqual("Notes".utf8) {
                edits.append(.init(line))
            }
            return
        }
    }
}
