import LowLevel

/// Where a Markdown note's definition ends. An author who writes each definition after its
/// paragraph goes on with the body's list right after it: the next item (`        * See the
/// definition.[^s41]`) is indented like the list's nested items, and indentation alone would read
/// it as the note's continuation, its reference lost and every later note numbered one short.
/// A line after a definition goes back to the body when it carries a reference of its own, or
/// opens a list item that is no deeper than one level past the list the body was in.
extension EssayBuilder {
    /// Whether `line`, after a Markdown definition, is the body's again rather than the note's:
    /// it opens a list item that flush left or the body's list takes (`bulletTakenByList`), or
    /// `opensUnit` (a blank line before it) and it carries a reference (`[^name]`).
    func endsDefinition(_ line: Range<Int>, opensUnit: Bool) -> Bool {
        let bytes = file.bytes
        if let indent = Self.bulletIndent(bytes[line]) {
            return indent < 2 || bulletTakenByList(indent: indent) || Self.carriesReference(bytes[line])
        }
        return opensUnit && Self.carriesReference(bytes[line])
    }

    /// Whether a list item indented `indent` columns belongs to the list the body's last block is:
    /// no deeper than one level (four columns) past the list's deepest line (a nested item is read
    /// as a line of the item above it).
    func bulletTakenByList(indent: Int) -> Bool {
        guard let block = sections.last?.blocks.last, block.kind == .list else { return false }
        let bytes = file.bytes
        var deepest = 0
        for piece in block.items.lazy.flatMap(\.pieces) {
            var start = piece.lowerBound
            while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
            deepest = max(deepest, Self.indentation(bytes[start..<piece.upperBound]))
        }
        return indent <= deepest + 4
    }

    /// The columns of spaces before a list item's bullet (`-`, `*`, `+` and a space), a tab
    /// counting four; nil when the line opens no item.
    static func bulletIndent(_ line: ArraySlice<UInt8>) -> Int? {
        let indent = indentation(line)
        var index = line.startIndex
        while index < line.endIndex, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
        guard index + 1 < line.endIndex else { return nil }
        let byte = line[index]
        guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+"), line[index + 1] == 0x20 else { return nil }
        return indent
    }

    /// Where a list item's text starts after its bullet, at any indentation.
    static func bulletTextStart(_ line: ArraySlice<UInt8>) -> Int? {
        guard bulletIndent(line) != nil, let bullet = line.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        return bullet + 2
    }

    /// The columns of spaces opening `bytes`, a tab counting four.
    private static func indentation(_ bytes: ArraySlice<UInt8>) -> Int {
        var columns = 0
        for byte in bytes {
            if byte == 0x20 { columns += 1 } else if byte == 0x09 { columns += 4 } else { break }
        }
        return columns
    }

    /// Whether a line holds a note's reference, `[^label]` not opening a definition.
    static func carriesReference(_ line: ArraySlice<UInt8>) -> Bool {
        guard LineRules.definitionStart(line) == nil else { return false }
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: UInt8(ascii: "[")) {
            let labelStart = open + 2
            guard labelStart < line.endIndex else { return false }
            if line[open + 1] == UInt8(ascii: "^"),
               let close = line[labelStart..<min(line.endIndex, labelStart + LineRules.longestNoteLabel + 1)].firstIndex(of: UInt8(ascii: "]")),
               close > labelStart, !line[labelStart..<close].contains(0x20) {
                return true
            }
            index = open + 1
        }
        return false
    }
}
