import LowLevel

/// Notes written as reStructuredText's footnotes, read as Markdown's.
///
/// A marker `[3]_`, `[#]_` (numbered in order), `[#name]_` or `[*]_` after a space (or an escaped
/// one, `\ `); its note an explicit markup block `.. [3] text` (`.. [#] text`, `.. [#name] text`,
/// `.. [*] text`), its lines after indented. A marker becomes `[^3]` closed up to the word before
/// it (and to a stop set apart after it), a note's opening `[^3]:`; a `.. rubric:: Footnotes` line
/// over the notes goes. Citations (`[Roe2001]_`, `.. [Roe2001]`) are left as they are.
enum RestructuredTextNotes {
    /// The edits that make the file's footnotes Markdown's, or nil when it has no marker with a note.
    static func edits(_ bytes: [UInt8]) -> [NoteSyntaxRewrite.Edit]? {
        var edits: [NoteSyntaxRewrite.Edit] = []
        var autoMarkers = 0
        var autoNotes = 0
        var symbolMarkers = 0
        var symbolNotes = 0
        var markers = 0
        var notes = 0
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "[")) {
            index = open + 1
            guard let close = bytes[(open + 1)..<min(bytes.count, open + 42)].firstIndex(of: UInt8(ascii: "]")),
                  let kind = labelKind(bytes[(open + 1)..<close]) else { continue }
            let lineStart = NoteSyntaxRewrite.lineStart(bytes, of: open)
            let isNote = open >= lineStart + 3 && NoteSyntaxRewrite.holds(bytes, ".. ", at: open - 3)
                && NoteSyntaxRewrite.isBlank(bytes, lineStart..<(open - 3))
            let isMarker = close + 1 < bytes.count && bytes[close + 1] == UInt8(ascii: "_")
                && (close + 2 == bytes.count || !Bytes.isWordByte(bytes[close + 2]))
            guard isNote || isMarker else { continue }
            var label = Array(bytes[(open + 1)..<close])
            switch kind {
            case .number:
                break
            case .auto:
                if isNote { autoNotes += 1 } else { autoMarkers += 1 }
                label = Array(String(isNote ? autoNotes : autoMarkers).utf8)
            case .named:
                label.removeFirst()
            case .symbol:
                if isNote { symbolNotes += 1 } else { symbolMarkers += 1 }
                label = Array(String(repeating: "*", count: isNote ? symbolNotes : symbolMarkers).utf8)
            }
            if isNote {
                rubric(before: lineStart, in: bytes, after: edits.last?.range.upperBound ?? 0, into: &edits)
                edits.append(.init(lineStart..<(close + 1), Array("[^".utf8) + label + Array("]:".utf8)))
                notes += 1
            } else {
                // The space before the marker goes (reStructuredText needs it; Markdown glues the marker).
                var start = open
                if start > lineStart, bytes[start - 1] == 0x20 {
                    start -= 1
                    if start > lineStart, bytes[start - 1] == UInt8(ascii: "\\") { start -= 1 }
                }
                var written = Array("[^".utf8) + label + [UInt8(ascii: "]")]
                var end = close + 2
                // A stop set apart after the marker (`request [#]_ .`) closes up to it.
                if end + 1 < bytes.count, bytes[end] == 0x20, ".,;:)".utf8.contains(bytes[end + 1]) {
                    written.insert(bytes[end + 1], at: 0)
                    end += 2
                }
                guard written.count <= end - start else { continue }
                edits.append(.init(start..<end, written))
                markers += 1
            }
            index = close + 1
        }
        return markers > 0 && notes > 0 ? edits : nil
    }

    /// Blanks the `.. rubric:: Footnotes` line right over a note (or over a blank line before it),
    /// the heading reStructuredText gives its notes: it would run into the note's paragraph.
    private static func rubric(before lineStart: Int, in bytes: [UInt8], after floor: Int, into edits: inout [NoteSyntaxRewrite.Edit]) {
        var end = lineStart
        while end > floor, end > 0 {
            let start = NoteSyntaxRewrite.lineStart(bytes, of: end - 1)
            let line = start..<(end - 1)
            if NoteSyntaxRewrite.isBlank(bytes, line) {
                end = start
                continue
            }
            let text = bytes[line].filter { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }
            if text.elementsEqual("..rubric::Footnotes".utf8) || text.elementsEqual("..rubric::Notes".utf8) { edits.append(.init(line)) }
            return
        }
    }

    private enum LabelKind {
        case number, auto, named, symbol
    }

    /// What a footnote label is: digits, `#`, `#name` or `*`; nil for a citation's or other text.
    private static func labelKind(_ label: ArraySlice<UInt8>) -> LabelKind? {
        guard let first = label.first else { return nil }
        if label.allSatisfy(Bytes.isDigit) { return label.count <= 4 ? .number : nil }
        if label.count == 1, first == UInt8(ascii: "#") { return .auto }
        if label.count == 1, first == UInt8(ascii: "*") { return .symbol }
        if first == UInt8(ascii: "#"), label.dropFirst().allSatisfy({ Bytes.isLetter($0) || Bytes.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }) {
            return .named
        }
        return nil
    }
}
