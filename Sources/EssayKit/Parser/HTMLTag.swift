import LowLevel

/// One HTML tag a web page's conversion left in its Markdown: `<name attribute="value" ...>`,
/// `</name>` or `<name/>`, read from its `<` to its `>`; the tag may run over a line break, as
/// converters wrap long tags.
struct HTMLTag {
    /// The tag's name, folded and packed (`Bytes.packedLowercase`).
    var name: UInt64
    var isClosing: Bool
    /// Where its attributes are, between the name and the `>`.
    var attributes: Range<Int>
    /// Just after its `>`.
    var end: Int

    /// The tag opening at `index` in `bytes`, ending before `limit` and within 400 bytes (a tag is
    /// short); nil when no tag opens there.
    static func read(_ bytes: ArraySlice<UInt8>, at index: Int, limit: Int) -> HTMLTag? {
        let limit = min(limit, bytes.endIndex, index + 400)
        guard index + 2 < limit, bytes[index] == UInt8(ascii: "<") else { return nil }
        var cursor = index + 1
        let isClosing = bytes[cursor] == UInt8(ascii: "/")
        if isClosing { cursor += 1 }
        let nameStart = cursor
        while cursor < limit, cursor - nameStart < 10, Bytes.isLetter(bytes[cursor]) || (cursor > nameStart && Bytes.isDigit(bytes[cursor])) {
            cursor += 1
        }
        guard cursor > nameStart, cursor < limit, let name = Bytes.packedLowercase(bytes[nameStart..<cursor]) else { return nil }
        let next = bytes[cursor]
        guard next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || Bytes.isSpace(next) else { return nil }
        let attributes = cursor
        var quote: UInt8 = 0
        while cursor < limit {
            let byte = bytes[cursor]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">"), !Self.startsQuotedLine(bytes, at: cursor, from: index) {
                return HTMLTag(name: name, isClosing: isClosing, attributes: attributes..<cursor, end: cursor + 1)
            } else if byte == UInt8(ascii: "<") {
                return nil
            }
            cursor += 1
        }
        return nil
    }

    /// Whether the `>` at `index` opens a line after spaces: a block quote's prefix where a
    /// converter wrapped the tag over quoted lines, not the tag's end.
    static func startsQuotedLine(_ bytes: ArraySlice<UInt8>, at index: Int, from start: Int) -> Bool {
        var before = index - 1
        while before > start, bytes[before] == 0x20 || bytes[before] == 0x09 || bytes[before] == UInt8(ascii: ">") { before -= 1 }
        return before > start && bytes[before] == 0x0A
    }

    /// The value of the attribute `key` (lower-case ASCII), its quotes left out; nil when the tag
    /// has none.
    func value(of key: StaticString, in bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let count = key.utf8CodeUnitCount
        var index = attributes.lowerBound
        while index + count + 1 < attributes.upperBound {
            // An attribute's name follows a space: `id=` inside another's value (`data-id=`) is not it.
            guard Bytes.isSpace(bytes[index]), LineRules.startsFolded(bytes[(index + 1)..<attributes.upperBound], key),
                  bytes[index + 1 + count] == UInt8(ascii: "=") else {
                index += 1
                continue
            }
            var start = index + 2 + count
            guard start < attributes.upperBound else { return nil }
            let quote = bytes[start]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                start += 1
                var end = start
                while end < attributes.upperBound, bytes[end] != quote { end += 1 }
                return bytes[start..<end]
            }
            var end = start
            while end < attributes.upperBound, !Bytes.isSpace(bytes[end]), bytes[end] != UInt8(ascii: "/") { end += 1 }
            return bytes[start..<end]
        }
        return nil
    }

    /// Whether the tag is named `name` (lower-case ASCII).
    func isNamed(_ name: StaticString) -> Bool {
        Bytes.withBytes(of: name) { wanted in
            var key: UInt64 = 0
            for index in wanted.indices { key = key << 8 | UInt64(wanted[index]) }
            return key == self.name
        }
    }

    /// Whether an `id` (or `name`) names a note's own place, as the converters and blog engines
    /// write it: `fn1`, `fn:1`, `fn-1`, `footnote-1`, `_ftn1`, `ftnt1`, `_edn1`, `endnote-1`,
    /// `note1`; never a marker's place (`fnref:1`, `_ftnref1`, `footnote-anchor-1`), whose letters
    /// go on past the word. A named note (`fn:smith`) needs the colon.
    static func isNoteID(_ id: ArraySlice<UInt8>) -> Bool {
        var text = id
        while text.first == UInt8(ascii: "_") || text.first == UInt8(ascii: "#") { text = text.dropFirst() }
        let letters = text.prefix(while: Bytes.isLetter)
        guard !letters.isEmpty, letters.count <= 8, let key = Bytes.packedLowercase(letters), noteWords.contains(key) else { return false }
        var rest = text[letters.endIndex...]
        var separator: UInt8 = 0
        if let first = rest.first, first == UInt8(ascii: ":") || first == UInt8(ascii: "-") || first == UInt8(ascii: "_") {
            separator = first
            rest = rest.dropFirst()
        }
        guard let first = rest.first, rest.count <= 40 else { return false }
        return Bytes.isDigit(first) || (separator == UInt8(ascii: ":") && Bytes.isLetter(first))
    }

    /// The words a note's `id` opens with.
    private static let noteWords: Set<UInt64> = Set(["fn", "ftn", "ftnt", "footnote", "endnote", "note", "edn", "en"]
        .compactMap { Bytes.packedLowercase(Array($0.utf8)) })

    /// The note's number an `id` ends with (`fn:12` → `12`), nil when it ends with none.
    static func noteNumber(ofID id: ArraySlice<UInt8>) -> String? {
        let digits = id.reversed().prefix(while: Bytes.isDigit)
        guard !digits.isEmpty, digits.count <= 5 else { return nil }
        let number = id.suffix(digits.count)
        guard number.first != UInt8(ascii: "0") else { return nil }
        return String(decoding: number, as: UTF8.self)
    }

    /// Whether a link's target leads back from a note to its marker: a fragment naming a
    /// reference or anchor (`#fnref:1`, `#_ftnref1`, `#footnote-anchor-1`, `#ftnt_ref1`).
    static func isBackReference(_ target: ArraySlice<UInt8>) -> Bool {
        guard let hash = target.firstIndex(of: UInt8(ascii: "#")), target.endIndex - hash <= 48 else { return false }
        let fragment = target[(hash + 1)...]
        return LineRules.firstFoldedRange(of: "ref", in: fragment) != nil || LineRules.firstFoldedRange(of: "anchor", in: fragment) != nil
            || (fragment.count > 3 && LineRules.startsFolded(fragment.suffix(3), "anc"))
    }
}
