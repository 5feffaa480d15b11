import LowLevel

/// The YAML front matter a Markdown essay may open with: `---`, `key: value` lines, `---` (or `...`).
///
/// Only what an essay's model holds is read (title, subtitle, authors, an author's note, DOI), from
/// the forms writers use: plain, quoted and block scalars, block and flow lists, and author lists of
/// `- name: ...` maps. EssayKit reads no other YAML, so this is a small reader of lines rather than
/// a YAML library. Anything else in the block is skipped.
struct FrontMatter {
    /// The byte ranges of the title's text (more than one for a folded or continued title).
    var title: [Range<Int>] = []
    var subtitle: [Range<Int>] = []
    /// The authors' names, in order.
    var authors: [String] = []
    /// The byte ranges of the author's note (`author_note:` or `thanks:`).
    var authorNote: [Range<Int>] = []
    var doi: String?
    /// The byte ranges of the abstract (`abstract:`), one paragraph.
    var abstract: [Range<Int>] = []
    /// The keywords (`keywords:`) and classification codes (`jel:`, `jel-codes:`), as a list or one scalar.
    var keywords: [String] = []
    var classification: [String] = []
    /// The line of the `title:` key, for the title's range.
    var titleLine: Range<Int>?
    /// The line of the author's note key.
    var authorNoteLine: Range<Int>?
    /// The index of the first line after the block.
    var endLine: Int
    /// The title as text, when YAML escapes in a double-quoted title (`\u2019`) make its bytes no
    /// plain Markdown.
    var escapedTitle: String?

    /// Reads the front matter opening the file, if it opens with one: the first line is `---` and a
    /// later `---` or `...` line closes a block of `key: value` lines. Nil when the file does not.
    static func read(_ file: SourceFile) -> FrontMatter? {
        let bytes = file.bytes
        let starts = file.lineStarts
        func line(_ index: Int) -> Range<Int> { Self.line(index, of: file) }
        guard !starts.isEmpty else { return nil }
        guard LineRules.trim(bytes[line(0)]).elementsEqual("---".utf8) else { return readMetadataLines(file) }
        // The block's lines: each is a key at the left margin, indented (a value's continuation or
        // a nested key), a list item, a comment or blank. The first line that is none of those
        // means this `---` was no front matter.
        var keys = 0
        var close: Int?
        var index = 1
        while index < starts.count {
            let text = bytes[line(index)]
            let trimmed = LineRules.trim(text)
            if trimmed.elementsEqual("---".utf8) || trimmed.elementsEqual("...".utf8), text.first != 0x20 {
                close = index
                break
            }
            if !trimmed.isEmpty, text.first != 0x20, text.first != 0x09, trimmed.first != UInt8(ascii: "-"), trimmed.first != UInt8(ascii: "#") {
                guard keyEnd(text) != nil else { return nil }
                keys += 1
            }
            index += 1
        }
        guard let close, keys > 0 else { return nil }
        return readKeys(of: file, lines: 1..<close, endLine: close + 1)
    }

    /// The line at `index` of `file`, without its line end.
    static func line(_ index: Int, of file: SourceFile) -> Range<Int> {
        let bytes = file.bytes
        let starts = file.lineStarts
        var end = index + 1 < starts.count ? starts[index + 1] - 1 : bytes.count
        if end > starts[index], bytes[end - 1] == 0x0D { end -= 1 }
        return starts[index]..<max(starts[index], end)
    }

    /// Reads the `key: value` lines of `lines` (the block's, without its fences); the text goes on
    /// at line `endLine`.
    static func readKeys(of file: SourceFile, lines: Range<Int>, endLine: Int) -> FrontMatter {
        let bytes = file.bytes
        func line(_ index: Int) -> Range<Int> { Self.line(index, of: file) }
        let close = lines.upperBound
        var matter = FrontMatter(endLine: endLine)
        var index2 = lines.lowerBound
        while index2 < close {
            let range = line(index2)
            let text = bytes[range]
            guard text.first != 0x20, text.first != 0x09, let colon = keyEnd(text) else {
                index2 += 1
                continue
            }
            let key = String(decoding: text[text.startIndex..<colon], as: UTF8.self).lowercased()
            // The lines that belong to this key: indented ones, and list items, up to the next key.
            var next = index2 + 1
            while next < close {
                let following = bytes[line(next)]
                let trimmed = LineRules.trim(following)
                if !trimmed.isEmpty, following.first != 0x20, following.first != 0x09, trimmed.first != UInt8(ascii: "-") { break }
                next += 1
            }
            let value = LineRules.trim(bytes[(colon + 1)..<range.upperBound])
            let nested = (index2 + 1..<next).map(line)
            switch key {
            case "title":
                matter.title = scalar(value, nested, in: bytes)
                matter.titleLine = range
                if value.first == UInt8(ascii: "\""), value.contains(UInt8(ascii: "\\")) {
                    matter.escapedTitle = unescaped(matter.title.map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: " "))
                }
            case "subtitle":
                matter.subtitle = scalar(value, nested, in: bytes)
            case "author", "authors":
                matter.authors = names(value, nested, in: bytes)
            case "author_note", "author-note", "thanks":
                matter.authorNote = scalar(value, nested, in: bytes)
                matter.authorNoteLine = range
            case "abstract", "summary":
                matter.abstract = scalar(value, nested, in: bytes)
            case "keywords", "keyword", "key-words", "key_words":
                matter.keywords = names(value, nested, in: bytes).flatMap(FrontPartLine.items)
            case "jel", "jel-codes", "jel_codes", "jel-classification", "jel_classification":
                matter.classification = names(value, nested, in: bytes).flatMap(FrontPartLine.items)
            case "doi":
                let pieces = scalar(value, nested, in: bytes)
                if !pieces.isEmpty { matter.doi = pieces.map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: " ") }
            default:
                break
            }
            index2 = next
        }
        return matter
    }

    /// Where a `key:` line's colon is: a key of letters, digits, `_` and `-`, then `:` and a space or
    /// the line's end.
    static func keyEnd(_ text: ArraySlice<UInt8>) -> Int? {
        var index = text.startIndex
        while index < text.endIndex, Bytes.isLetter(text[index]) || Bytes.isDigit(text[index])
            || text[index] == UInt8(ascii: "_") || text[index] == UInt8(ascii: "-") || text[index] == 0x20 {
            index += 1
        }
        guard index > text.startIndex, index < text.endIndex, text[index] == UInt8(ascii: ":") else { return nil }
        guard index + 1 == text.endIndex || text[index + 1] == 0x20 || text[index + 1] == 0x09 else { return nil }
        return index
    }

    /// A scalar's text as byte ranges: the value on the key's line (unquoted), or the indented lines
    /// of a block scalar (`|`, `>`) or of a plain scalar continued on the lines below.
    private static func scalar(_ value: ArraySlice<UInt8>, _ nested: [Range<Int>], in bytes: [UInt8]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        let isBlockScalar = value.first == UInt8(ascii: "|") || value.first == UInt8(ascii: ">")
        if !value.isEmpty, !isBlockScalar { pieces.append(unquoted(value)) }
        for line in nested {
            let trimmed = LineRules.trim(bytes[line])
            guard !trimmed.isEmpty else { continue }
            pieces.append(pieces.isEmpty && !isBlockScalar ? unquoted(trimmed) : trimmed.startIndex..<trimmed.endIndex)
        }
        if pieces.count > 1, let first = pieces.first, let last = pieces.last, !isBlockScalar {
            // A quoted scalar over several lines: its quotes are at its first and last lines' ends.
            let opening = bytes[first.lowerBound > 0 ? first.lowerBound - 1 : 0]
            if opening == UInt8(ascii: "\"") || opening == UInt8(ascii: "'"), last.upperBound > last.lowerBound,
               bytes[last.upperBound - 1] == opening {
                pieces[pieces.count - 1] = last.lowerBound..<(last.upperBound - 1)
            }
        }
        return pieces.filter { !$0.isEmpty }
    }

    /// A value without its enclosing quotes; an opening quote never closed on the line keeps its text.
    private static func unquoted(_ value: ArraySlice<UInt8>) -> Range<Int> {
        guard let first = value.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") else {
            return value.startIndex..<value.endIndex
        }
        if value.count >= 2, value.last == first { return (value.startIndex + 1)..<(value.endIndex - 1) }
        return (value.startIndex + 1)..<value.endIndex
    }

    /// The names an `author:` key gives: one scalar, a flow list `[A, B]`, or a block list of names
    /// or of maps with a `name:` key.
    private static func names(_ value: ArraySlice<UInt8>, _ nested: [Range<Int>], in bytes: [UInt8]) -> [String] {
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        if value.first == UInt8(ascii: "[") {
            let inner = value.dropFirst().prefix { $0 != UInt8(ascii: "]") }
            return inner.split(separator: UInt8(ascii: ",")).map { text(unquoted(LineRules.trim($0))) }.filter { !$0.isEmpty }
        }
        if !value.isEmpty { return [text(unquoted(value))] }
        var names: [String] = []
        for line in nested {
            var item = LineRules.trim(bytes[line])
            let isItem = item.first == UInt8(ascii: "-")
            if isItem { item = LineRules.trim(item.dropFirst()) }
            if let colon = keyEnd(item) {
                let key = String(decoding: item[item.startIndex..<colon], as: UTF8.self).lowercased()
                guard key == "name" || key == "literal" else { continue }
                let name = LineRules.trim(item[(colon + 1)...])
                if !name.isEmpty { names.append(text(unquoted(name))) }
            } else if isItem, !item.isEmpty {
                names.append(text(unquoted(item)))
            }
        }
        return names
    }

    /// A double-quoted YAML scalar's text with its escapes undone: `\"`, `\\`, `\/`, `\t`,
    /// `\n`, `\_` (a no-break space, read as a space), `\xHH`, `\uHHHH`, `\UHHHHHHHH`.
    static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\\", let code = scalars.popFirst() else {
                result.unicodeScalars.append(scalar)
                continue
            }
            func hex(_ count: Int) -> Unicode.Scalar? {
                let digits = String(String.UnicodeScalarView(scalars.prefix(count)))
                guard digits.count == count, let value = UInt32(digits, radix: 16), let decoded = Unicode.Scalar(value) else { return nil }
                scalars = scalars.dropFirst(count)
                return decoded
            }
            switch code {
            case "n", "_", " ", "t", "N", "L", "P": result.append(" ")
            case "x": result.unicodeScalars.append(hex(2) ?? "x")
            case "u": result.unicodeScalars.append(hex(4) ?? "u")
            case "U": result.unicodeScalars.append(hex(8) ?? "U")
            default: result.unicodeScalars.append(code)
            }
        }
        return result
    }

    /// The authors as a byline: `A`, `A and B`, `A, B and C`.
    var byline: String? {
        switch authors.count {
        case 0: nil
        case 1: authors[0]
        default: authors.dropLast().joined(separator: ", ") + " and " + authors[authors.count - 1]
        }
    }
}
