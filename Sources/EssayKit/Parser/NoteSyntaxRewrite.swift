import LowLevel

/// Rewrites a file's notes from another syntax into Markdown's (`[^3]` markers, `[^3]: text`
/// definitions, `^[text]` inline notes) without moving its lines, so that one reader reads them all.
///
/// Each syntax's reader (`LiquidNotes`, `LaTeXNotes`, `AsciiDocNotes`, `OrgNotes`,
/// `RestructuredTextNotes`) finds its tags and says what each becomes; the tags are no text. A
/// rewritten line keeps its length and its line end: what follows a shortened tag moves left on its
/// line, and spaces fill the line's end, so every line starts where it did and places in the file
/// still name its lines. The readers run only when the file holds their syntax's bytes.
enum NoteSyntaxRewrite {
    /// One tag's range and what it becomes; the range lies on one line and the text is no longer.
    struct Edit {
        var range: Range<Int>
        var text: [UInt8]

        init(_ range: Range<Int>, _ text: [UInt8] = []) {
            self.range = range
            self.text = text
        }

        init(_ range: Range<Int>, _ text: String) {
            self.init(range, Array(text.utf8))
        }
    }

    /// The syntaxes whose bytes a file holds, from one pass over its `{`, `\\`, `[` and `]`.
    struct Syntaxes: OptionSet {
        let rawValue: UInt8
        static let liquid = Syntaxes(rawValue: 1)
        static let latex = Syntaxes(rawValue: 2)
        static let asciidoc = Syntaxes(rawValue: 4)
        static let org = Syntaxes(rawValue: 8)
        static let restructuredText = Syntaxes(rawValue: 16)
        static let shortcodes = Syntaxes(rawValue: 32)
    }

    /// The file with the notes of every syntax it holds rewritten as Markdown's, or nil when it
    /// holds none.
    static func rewritten(_ bytes: [UInt8]) -> [UInt8]? {
        let found = syntaxes(in: bytes)
        guard !found.isEmpty else { return nil }
        var current: [UInt8]?
        func run(_ syntax: Syntaxes, _ reader: ([UInt8]) -> [Edit]?) {
            guard found.contains(syntax), let edits = reader(current ?? bytes), !edits.isEmpty else { return }
            current = apply(edits, to: current ?? bytes)
        }
        run(.liquid, LiquidNotes.edits)
        run(.latex, LaTeXNotes.edits)
        run(.asciidoc, AsciiDocNotes.edits)
        run(.org, OrgNotes.edits)
        run(.restructuredText, RestructuredTextNotes.edits)
        // A site's other template tags, after the note tags are read (`LiquidNotes` leaves none in
        // a file whose notes it read).
        if !found.isDisjoint(with: [.liquid, .shortcodes]), let edits = SiteTemplateTags.edits(current ?? bytes) {
            current = apply(edits, to: current ?? bytes)
        }
        return current
    }

    /// The syntaxes whose opening bytes the file holds: `{%` (Liquid), `{{<` or `{{%` (Hugo), `\\footnote` (LaTeX),
    /// `footnote:[` or `footnote:id[` (AsciiDoc), `[fn:` (org-mode), `]_` (reStructuredText).
    static func syntaxes(in bytes: [UInt8]) -> Syntaxes {
        var found: Syntaxes = []
        var index = 0
        while true {
            index = ByteScan.firstIndex(in: bytes, from: index, upTo: bytes.count, lanes: { block in
                block .== SIMD16(repeating: UInt8(ascii: "{")) .| block .== SIMD16(repeating: UInt8(ascii: "\\"))
                    .| block .== SIMD16(repeating: UInt8(ascii: "[")) .| block .== SIMD16(repeating: UInt8(ascii: "]"))
            }, matches: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") })
            guard index + 1 < bytes.count else { return found }
            let next = bytes[index + 1]
            switch bytes[index] {
            case UInt8(ascii: "{"):
                if next == UInt8(ascii: "%") { found.insert(.liquid) }
                if next == UInt8(ascii: "{"), index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: "<") || bytes[index + 2] == UInt8(ascii: "%") {
                    found.insert(.shortcodes)
                }
            case UInt8(ascii: "\\"):
                if next == UInt8(ascii: "f"), holds(bytes, "\\footnote", at: index) { found.insert(.latex) }
            case UInt8(ascii: "["):
                if next == UInt8(ascii: "f"), holds(bytes, "[fn:", at: index) { found.insert(.org) }
                if index >= 9, bytes[index - 1] == UInt8(ascii: ":") || Bytes.isWordByte(bytes[index - 1]),
                   AsciiDocNotes.opens(bytes, bracketAt: index) { found.insert(.asciidoc) }
            default:
                if next == UInt8(ascii: "_") { found.insert(.restructuredText) }
            }
            index += 1
        }
    }

    /// `bytes` with `edits` made (in order, none overlapping, each on one line and no longer than
    /// its range), each edited line's text closed up and spaces filling the line to its old end.
    static func apply(_ edits: [Edit], to bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        var index = 0
        while index < edits.count {
            let lineStart = (bytes[..<edits[index].range.lowerBound].lastIndex(of: 0x0A) ?? -1) + 1
            var lineEnd = bytes[edits[index].range.lowerBound...].firstIndex(of: 0x0A) ?? bytes.count
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            var line: [UInt8] = []
            line.reserveCapacity(lineEnd - lineStart)
            var cursor = lineStart
            while index < edits.count, edits[index].range.lowerBound < lineEnd {
                let edit = edits[index]
                line.append(contentsOf: bytes[cursor..<max(cursor, edit.range.lowerBound)])
                line.append(contentsOf: edit.text)
                cursor = max(cursor, min(edit.range.upperBound, lineEnd))
                index += 1
            }
            line.append(contentsOf: bytes[cursor..<lineEnd])
            if line.count > lineEnd - lineStart { line.removeLast(line.count - (lineEnd - lineStart)) }
            line.append(contentsOf: repeatElement(0x20, count: lineEnd - lineStart - line.count))
            out.replaceSubrange(lineStart..<lineEnd, with: line)
        }
        return out
    }

    /// Whether `bytes` hold `needle` at `index`.
    static func holds(_ bytes: [UInt8], _ needle: StaticString, at index: Int) -> Bool {
        Bytes.withBytes(of: needle) { buffer in
            guard index >= 0, index + buffer.count <= bytes.count else { return false }
            var offset = 0
            while offset < buffer.count {
                if bytes[index + offset] != buffer[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    /// The start of the line holding `index`.
    static func lineStart(_ bytes: [UInt8], of index: Int) -> Int {
        var start = index
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        return start
    }

    /// Whether only spaces and tabs lie in `range`.
    static func isBlank(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
