import LowLevel

/// Pandoc's attribute syntax, as its Markdown writer keeps a web page's ids and classes:
/// `{#fn1 .footnote key="value"}` after a link or a bracketed span, and fenced divs
/// (`::: {#fn1 .footnote}` … `:::`) for the page's `<div>`s.
///
/// A page converted by `pandoc -t markdown` marks and lists its notes in these forms
/// (`[\[1\]](#_ftn1){#_ftnref1}`, `::: {#fn1}`, `[1]{.footnote-number}`); they are markup a
/// reader never sees, read only in a file that holds `{#` or `{.` (`InlineContext`).
enum PandocAttributes {
    /// Where the attribute block opening with the `{` at `index` ends (past its `}`), when it is
    /// one: ids (`#fn1`), classes (`.footnote`) and `key=value` pairs (quoted values may hold
    /// spaces and line breaks), over at most `longest` bytes and no blank line; nil for any other brace.
    static func end(in bytes: ArraySlice<UInt8>, at index: Int, limit: Int) -> Int? {
        guard index + 2 < limit, bytes[index] == UInt8(ascii: "{") else { return nil }
        var cursor = index + 1
        let stop = min(limit, index + longest)
        var items = 0
        while cursor < stop {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "}") { return items > 0 ? cursor + 1 : nil }
            if byte == 0x0A {
                // A blank line ends any block.
                if cursor + 1 < stop, bytes[cursor + 1] == 0x0A { return nil }
                cursor += 1
                // A block quote's prefix, where the block was wrapped over quoted lines.
                while cursor < stop, bytes[cursor] == UInt8(ascii: ">") || bytes[cursor] == 0x20 { cursor += 1 }
                continue
            }
            if byte == 0x20 || byte == 0x0D || byte == 0x09 {
                cursor += 1
                continue
            }
            if byte == UInt8(ascii: "#") || byte == UInt8(ascii: ".") {
                // An id or a class: a run of name bytes.
                let start = cursor + 1
                cursor = start
                while cursor < stop, isNameByte(bytes[cursor]) { cursor += 1 }
                guard cursor > start else { return nil }
                items += 1
                continue
            }
            // `key=value`, `key="value with spaces"`.
            guard Bytes.isLetter(byte) else { return nil }
            while cursor < stop, isNameByte(bytes[cursor]) { cursor += 1 }
            guard cursor < stop, bytes[cursor] == UInt8(ascii: "=") else { return nil }
            cursor += 1
            guard cursor < stop else { return nil }
            if bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
                let quote = bytes[cursor]
                cursor += 1
                while cursor < stop, bytes[cursor] != quote {
                    if bytes[cursor] == 0x0A, cursor + 1 < stop, bytes[cursor + 1] == 0x0A { return nil }
                    cursor += 1
                }
                guard cursor < stop else { return nil }
                cursor += 1
            } else {
                while cursor < stop, bytes[cursor] != 0x20, bytes[cursor] != UInt8(ascii: "}"), bytes[cursor] != 0x0A { cursor += 1 }
            }
            items += 1
        }
        return nil
    }

    /// The longest block read: a case-law page's citation links carry long attributes (a
    /// citation's text, the ids of every case it may name), which Pandoc keeps whole, so a bound
    /// fit for a class or an id alone (400 bytes) left their text in the reading.
    static let longest = 4000

    /// Whether a byte may stand in an id, class or key (`fn:1`, `footnote-number`, `_ftn1`).
    private static func isNameByte(_ byte: UInt8) -> Bool {
        Bytes.isLetter(byte) || Bytes.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte >= 0x80
    }

    /// The id (`#fn1` → `fn1`) an attribute block `block` (from `{` to `}`) gives.
    static func id(in block: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        words(in: block).first { $0.first == UInt8(ascii: "#") }.map { $0.dropFirst() }
    }

    /// The ids and classes of an attribute block, each with its `#` or `.`; a bare word (a
    /// fenced div's class, `::: footnotes`) is read as a class.
    static func words(in block: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var found: [ArraySlice<UInt8>] = []
        var cursor = block.startIndex
        var quote: UInt8 = 0
        var wordStart: Int?
        func close(at end: Int) {
            if let start = wordStart, end > start {
                let word = block[start..<end]
                if !word.contains(UInt8(ascii: "=")) { found.append(word) }
            }
            wordStart = nil
        }
        while cursor < block.endIndex {
            let byte = block[cursor]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") || Bytes.isSpace(byte) {
                close(at: cursor)
            } else if wordStart == nil {
                wordStart = cursor
            }
            cursor += 1
        }
        close(at: cursor)
        return found
    }

    /// Whether an attribute block names a note's part of a page: an id or class holding `note`
    /// or opening with `fn` (`.footnote`, `.footnotes`, `.footnote-content`, `#fn1`, `.fn`).
    static func namesNotes(_ block: ArraySlice<UInt8>) -> Bool {
        words(in: block).contains { word in
            let name = word.first == UInt8(ascii: "#") || word.first == UInt8(ascii: ".") ? word.dropFirst() : word
            return LineRules.firstFoldedRange(of: "note", in: name) != nil || LineRules.startsFolded(name, "fn")
        }
    }

    /// A fenced div's line (`::: {#fn1 .footnote}`, `::: footnotes`, `:::`), perhaps after a list
    /// item's number (`1.  ::: {#fn:1}`).
    struct Fence {
        /// The list item's number before the fence, if any.
        var listNumber: String?
        /// The attributes of an opening fence (the braces' block, or its bare class word); nil for
        /// a closing one.
        var attributes: Range<Int>?
    }

    /// The fence `line` is, if it is one: three or more colons, then attributes in braces or a
    /// word, then optional colons; colons alone close a div.
    static func fence(_ line: ArraySlice<UInt8>) -> Fence? {
        var index = line.startIndex
        while index < line.endIndex, line[index] == 0x20 { index += 1 }
        var listNumber: String?
        if index < line.endIndex, Bytes.isDigit(line[index]) {
            let digits = line[index...].prefix(while: Bytes.isDigit)
            guard digits.count <= 5, digits.endIndex + 1 < line.endIndex,
                  line[digits.endIndex] == UInt8(ascii: ".") || line[digits.endIndex] == UInt8(ascii: ")"),
                  line[digits.endIndex + 1] == 0x20 else { return nil }
            listNumber = String(decoding: digits, as: UTF8.self)
            index = digits.endIndex + 1
            while index < line.endIndex, line[index] == 0x20 { index += 1 }
        }
        let colons = line[index...].prefix { $0 == UInt8(ascii: ":") }
        guard colons.count >= 3 else { return nil }
        index = colons.endIndex
        while index < line.endIndex, line[index] == 0x20 { index += 1 }
        guard index < line.endIndex else { return listNumber == nil ? Fence(listNumber: nil, attributes: nil) : nil }
        var attributes: Range<Int>
        if line[index] == UInt8(ascii: "{") {
            guard let end = end(in: line, at: index, limit: line.endIndex) else { return nil }
            attributes = index..<end
        } else {
            let word = line[index...].prefix { isNameByte($0) }
            guard !word.isEmpty else { return nil }
            attributes = word.startIndex..<word.endIndex
        }
        index = attributes.upperBound
        while index < line.endIndex, line[index] == 0x20 || line[index] == UInt8(ascii: ":") { index += 1 }
        guard index == line.endIndex else { return nil }
        return Fence(listNumber: listNumber, attributes: attributes)
    }

    /// A bracketed span or link opening at the `[` at `index`, as pandoc writes one with its
    /// attributes: `[text]{attrs}`, `[text](target){attrs}`, `[text](target)`. Brackets nest,
    /// escaped ones (`\[1\]`) and those inside attribute blocks do not count.
    struct Bracketed {
        var text: Range<Int>
        var target: Range<Int>?
        var attributes: Range<Int>?
        var end: Int
    }

    /// The span or link at `index` of `bytes`, before `limit` (at most 600 bytes on).
    static func bracketed(in bytes: ArraySlice<UInt8>, at index: Int, limit: Int) -> Bracketed? {
        guard index < limit, bytes[index] == UInt8(ascii: "[") else { return nil }
        let stop = min(limit, index + 600)
        var depth = 0
        var cursor = index
        var close: Int?
        while cursor < stop {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\\") {
                cursor += 2
                continue
            }
            if byte == UInt8(ascii: "{"), let end = end(in: bytes, at: cursor, limit: stop) {
                cursor = end
                continue
            }
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 {
                    close = cursor
                    break
                }
            }
            cursor += 1
        }
        guard let close else { return nil }
        var result = Bracketed(text: (index + 1)..<close, target: nil, attributes: nil, end: close + 1)
        if close + 1 < limit, bytes[close + 1] == UInt8(ascii: "(") {
            guard let parenthesis = bytes[(close + 2)..<min(limit, close + 600)].firstIndex(of: UInt8(ascii: ")")) else { return nil }
            result.target = (close + 2)..<parenthesis
            result.end = parenthesis + 1
        }
        if result.end < limit, let end = end(in: bytes, at: result.end, limit: limit) {
            result.attributes = result.end..<end
            result.end = end
        }
        return result
    }
}
