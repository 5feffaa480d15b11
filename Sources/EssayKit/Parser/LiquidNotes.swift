import LowLevel

/// Notes written as a Jekyll site's Liquid tags, read as Markdown's.
///
/// The footnotes plugin's form: a marker `{% fn 3 %}` (or `{% fn %}`, numbered in order) in the
/// body, and the notes in a `{% footnotes %}` … `{% endfootnotes %}` block, each opening with
/// `{% fnbody 3 %}` (or `{% fnbody %}`) and running to its `{% endfnbody %}`, the next note or the
/// block's end. Another plugin's: markers `{% fn_ref 1 %}` or `{% footnote_ref 1 %}`, and inside
/// the block each `{% fn %}` opens the next note. A note set where it stands, `{% fn %}text{% endfn %}`
/// (`{% fn "words" %}` after the words it annotates), and a Tufte theme's side and margin notes, `{% sidenote 'sn-1' 'text' %}` (or
/// `{% sidenote 'text' %}`, `{% sidenote sn-1 text %}`), are inline notes.
/// A marker becomes `[^3]`, a note's opening `[^3]: ` at its line's start, an inline note `^[text]`;
/// the block's tags and a rule (`<hr />`) right over it are no text, nor is any other tag of a file
/// that has such notes (`{% include ... %}`); an accordion's title opening its line
/// (`{% details 4. A question? %}`) is a heading, so its number opens no note. Whitespace control
/// (`{%-`, `-%}`) is allowed. A file with no `{%` is never looked at past the gate.
enum LiquidNotes {
    /// A tag: its range, its name, and its arguments with the spaces around them trimmed.
    struct Tag {
        var range: Range<Int>
        var name: ArraySlice<UInt8>
        var arguments: Range<Int>
    }

    /// The edits that make the file's Liquid notes Markdown's, or nil when it has no `fn` marker
    /// with a note or side note.
    static func edits(_ bytes: [UInt8]) -> [NoteSyntaxRewrite.Edit]? {
        let tags = self.tags(bytes)
        guard tags.contains(where: { isNoteTag($0.name) }) else { return nil }
        var edits: [NoteSyntaxRewrite.Edit] = []
        var markers = 0
        var bodies = 0
        var hasBodies = false
        var hasMarkers = false
        var inBlock = false
        var skip = -1
        for (position, tag) in tags.enumerated() where position > skip {
            let name = String(decoding: tag.name, as: UTF8.self)
            switch name {
            case "fn" where !inBlock && position + 1 < tags.count && tags[position + 1].name.elementsEqual("endfn".utf8):
                // A note set where it stands, perhaps after the words it annotates: `{% fn "words" %}text{% endfn %}`.
                let close = tags[position + 1]
                let words = quoted(bytes, tag.arguments).map { Array(bytes[$0]) } ?? []
                guard !bytes[tag.range].contains(0x0A), words.count + 2 <= tag.range.count else { continue }
                edits.append(.init(tag.range, words + Array("^[".utf8)))
                edits.append(.init(close.range, "]"))
                hasMarkers = true
                hasBodies = true
                skip = position + 1
            case "fn" where !inBlock, "fn_ref", "footnote_ref":
                markers += 1
                hasMarkers = true
                let label = self.label(bytes, tag.arguments) ?? Array(String(markers).utf8)
                edits.append(.init(tag.range, Array("[^".utf8) + label + [UInt8(ascii: "]")]))
            case "fnbody", "fn":
                // A note's opening: the footnotes plugin's `fnbody`, or `fn` inside the block (another plugin's).
                bodies += 1
                hasBodies = true
                let label = (name == "fnbody" ? self.label(bytes, tag.arguments) : nil) ?? Array(String(bodies).utf8)
                var start = tag.range.lowerBound
                let lineStart = NoteSyntaxRewrite.lineStart(bytes, of: start)
                // The opening goes to its line's start, over the block's tags and indentation before it.
                if let last = edits.last, last.text.isEmpty, last.range.lowerBound >= lineStart,
                   NoteSyntaxRewrite.isBlank(bytes, last.range.upperBound..<start) {
                    start = edits.removeLast().range.lowerBound
                }
                if NoteSyntaxRewrite.isBlank(bytes, lineStart..<start) { start = lineStart }
                let written = Array("[^".utf8) + label + Array("]: ".utf8)
                guard written.count <= tag.range.upperBound - start else { continue }
                edits.append(.init(start..<tag.range.upperBound, written))
            case "footnotes":
                inBlock = true
                edits.append(contentsOf: rule(before: tag.range.lowerBound, in: bytes, after: edits.last?.range.upperBound ?? 0))
                edits.append(.init(tag.range))
            case "endfootnotes":
                inBlock = false
                edits.append(.init(tag.range))
            case "endfnbody", "endfn":
                edits.append(.init(tag.range))
            case "sidenote", "marginnote":
                guard let text = sideText(bytes, tag.arguments) else { continue }
                hasMarkers = true
                hasBodies = true
                edits.append(.init(tag.range.lowerBound..<text.lowerBound, "^["))
                edits.append(.init(text.upperBound..<tag.range.upperBound, "]"))
            case "details":
                // An accordion's title opening its line is a heading there; its number starts no note.
                let title = detailsTitle(bytes, tag.arguments)
                let lineStart = NoteSyntaxRewrite.lineStart(bytes, of: tag.range.lowerBound)
                if !title.isEmpty, NoteSyntaxRewrite.isBlank(bytes, lineStart..<tag.range.lowerBound),
                   edits.last.map({ $0.range.upperBound <= lineStart }) ?? true {
                    edits.append(.init(lineStart..<tag.range.upperBound, Array("### ".utf8) + title))
                } else {
                    edits.append(.init(tag.range))
                }
            default:
                // Any other tag (`include`, `enddetails`, `raw`) is the site's, no text.
                edits.append(.init(tag.range))
            }
        }
        guard hasMarkers, hasBodies else { return nil }
        return edits
    }

    /// Whether a tag named so marks or holds a note.
    private static func isNoteTag(_ name: ArraySlice<UInt8>) -> Bool {
        name.elementsEqual("fn".utf8) || name.elementsEqual("fnbody".utf8) || name.elementsEqual("fn_ref".utf8)
            || name.elementsEqual("footnote_ref".utf8)
            || name.elementsEqual("sidenote".utf8) || name.elementsEqual("marginnote".utf8)
    }

    /// The Liquid tags of the file, in order. The gate is one pass over the file's `%`; a tag other
    /// than a side note lies on one line.
    static func tags(_ bytes: [UInt8]) -> [Tag] {
        var tags: [Tag] = []
        var index = 0
        while true {
            index = ByteScan.firstIndex(in: bytes, from: index, upTo: bytes.count, lanes: { block in
                block .== SIMD16(repeating: UInt8(ascii: "%"))
            }, matches: { $0 == UInt8(ascii: "%") })
            guard index < bytes.count else { return tags }
            defer { index += 1 }
            guard index > 0, bytes[index - 1] == UInt8(ascii: "{") else { continue }
            guard let tag = tag(bytes, openingAt: index - 1) else { continue }
            tags.append(tag)
            index = tag.range.upperBound - 1
        }
    }

    /// The tag opening at `start` (`{%`), or nil when no name and `%}` follow.
    private static func tag(_ bytes: [UInt8], openingAt start: Int) -> Tag? {
        var index = start + 2
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        let nameStart = index
        while index < bytes.count, Bytes.isLower(bytes[index]) || bytes[index] == UInt8(ascii: "_") { index += 1 }
        guard index > nameStart else { return nil }
        let name = bytes[nameStart..<index]
        let spansLines = name.elementsEqual("sidenote".utf8) || name.elementsEqual("marginnote".utf8)
        let limit = min(bytes.count, index + (spansLines ? 4000 : 200))
        var close = index
        while close + 1 < limit {
            if bytes[close] == 0x0A, !spansLines { return nil }
            if bytes[close] == UInt8(ascii: "%"), bytes[close + 1] == UInt8(ascii: "}") { break }
            close += 1
        }
        guard close + 1 < limit else { return nil }
        var argumentsEnd = close
        if argumentsEnd > index, bytes[argumentsEnd - 1] == UInt8(ascii: "-") { argumentsEnd -= 1 }
        var argumentsStart = index
        while argumentsStart < argumentsEnd, Bytes.isSpace(bytes[argumentsStart]) { argumentsStart += 1 }
        while argumentsEnd > argumentsStart, Bytes.isSpace(bytes[argumentsEnd - 1]) { argumentsEnd -= 1 }
        // A name glued to more letters or digits is another tag's (`fnote`, `fn2`).
        if index < argumentsEnd, argumentsStart == index { return nil }
        return Tag(range: start..<(close + 2), name: name, arguments: argumentsStart..<argumentsEnd)
    }

    /// A marker's or note's label (`3`, `"3"`, `note-a`), or nil when the tag gives none.
    private static func label(_ bytes: [UInt8], _ arguments: Range<Int>) -> [UInt8]? {
        var range = arguments
        if range.count >= 2, isQuote(bytes[range.lowerBound]), bytes[range.upperBound - 1] == bytes[range.lowerBound] {
            range = (range.lowerBound + 1)..<(range.upperBound - 1)
        }
        let label = bytes[range]
        guard !label.isEmpty, label.count <= 40,
              label.allSatisfy({ Bytes.isLetter($0) || Bytes.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") })
        else { return nil }
        return Array(label)
    }

    /// A side note's text: its last quoted argument (`'sn-1' 'text'`, `"text"`), or what follows
    /// its id when nothing is quoted (`sn-1 text`); nil when it has none, or its opening and
    /// closing do not each lie on one line.
    private static func sideText(_ bytes: [UInt8], _ arguments: Range<Int>) -> Range<Int>? {
        guard !arguments.isEmpty else { return nil }
        let last = bytes[arguments.upperBound - 1]
        var text: Range<Int>
        if isQuote(last) {
            guard let open = bytes[arguments.lowerBound..<(arguments.upperBound - 1)].lastIndex(of: last) else { return nil }
            text = (open + 1)..<(arguments.upperBound - 1)
            // A quoted id before a text that holds its quote mark would be taken for the text.
            if text.isEmpty { return nil }
        } else {
            guard let space = bytes[arguments].firstIndex(where: { $0 == 0x20 }) else { return nil }
            text = (space + 1)..<arguments.upperBound
        }
        while text.lowerBound < text.upperBound, Bytes.isSpace(bytes[text.lowerBound]) { text = (text.lowerBound + 1)..<text.upperBound }
        guard !text.isEmpty, !bytes[arguments.lowerBound..<text.lowerBound].contains(0x0A) else { return nil }
        return text
    }

    /// An accordion's title: its arguments without the plugin's trailing option (`expandable`, `open`).
    private static func detailsTitle(_ bytes: [UInt8], _ arguments: Range<Int>) -> [UInt8] {
        var title = Array(bytes[arguments])
        for option in [" expandable", " open", " closed"] where title.count > option.utf8.count && title.suffix(option.utf8.count).elementsEqual(option.utf8) {
            title.removeLast(option.utf8.count)
        }
        if let first = title.first, isQuote(first), title.count >= 2, title.last == first { title = Array(title.dropFirst().dropLast()) }
        // The title must fit in place of the tag with the heading's marks before it (`{% details` is ten bytes).
        return title.count + 4 <= arguments.count + 10 ? title : []
    }

    /// The text of a tag's one quoted argument (`"words"`), or nil.
    private static func quoted(_ bytes: [UInt8], _ arguments: Range<Int>) -> Range<Int>? {
        guard arguments.count >= 2, isQuote(bytes[arguments.lowerBound]),
              bytes[arguments.upperBound - 1] == bytes[arguments.lowerBound] else { return nil }
        return (arguments.lowerBound + 1)..<(arguments.upperBound - 1)
    }

    private static func isQuote(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")
    }

    /// An HTML rule (`<hr />`) alone on the line over the notes block, with only blank lines
    /// between, as the plugin's users set one: an edit blanking it, or none.
    private static func rule(before start: Int, in bytes: [UInt8], after floor: Int) -> [NoteSyntaxRewrite.Edit] {
        var end = NoteSyntaxRewrite.lineStart(bytes, of: start)
        guard NoteSyntaxRewrite.isBlank(bytes, end..<start) else { return [] }
        while end > floor {
            let lineStart = NoteSyntaxRewrite.lineStart(bytes, of: end - 1)
            var line = lineStart..<(end - 1)
            while line.upperBound > line.lowerBound, Bytes.isSpace(bytes[line.upperBound - 1]) { line = line.lowerBound..<(line.upperBound - 1) }
            while line.lowerBound < line.upperBound, Bytes.isSpace(bytes[line.lowerBound]) { line = (line.lowerBound + 1)..<line.upperBound }
            if line.isEmpty {
                end = lineStart
                continue
            }
            let text = bytes[line].filter { $0 != 0x20 }
            let isRule = text.elementsEqual("<hr/>".utf8) || text.elementsEqual("<hr>".utf8)
            return isRule && line.lowerBound >= floor ? [.init(line)] : []
        }
        return []
    }
}
