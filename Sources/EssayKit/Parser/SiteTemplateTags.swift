import LowLevel

/// A site generator's template tags left in a Markdown page's source, read as the built page
/// shows them: GitBook's and Jekyll's Liquid block tags (`{% hint style="info" %}` … `{% endhint %}`,
/// `{% embed url="..." %}` … `{% endembed %}`, `{% tabs %}`, `{% include x.html %}`) and Hugo's
/// shortcodes (`{{% note %}}` … `{{% /note %}}`, `{{< figure src="..." caption="..." >}}`,
/// `{{< ref "x" >}}`).
///
/// A tag is never text: the words between an opening and a closing tag stay, the tags go. What a
/// built page would show of a tag stays, as Markdown: an embed's address as a link (`<url>`), a
/// figure's caption as a link to its image, a cross-reference's target (`[the rules]({{< ref
/// "rules" >}})` is `[the rules](rules)`). A tag lies on one line; tags inside a code fence are the
/// code's. Note tags (`{% fn %}`, `{% fnbody %}`, `{% footnotes %}`, side notes) are
/// `LiquidNotes`'s: left as written when it read none, so `legit check` can say so. Edits keep each
/// line's length (`NoteSyntaxRewrite.apply`).
enum SiteTemplateTags {
    /// The edits that drop the file's template tags, or nil when it has none.
    static func edits(_ bytes: [UInt8]) -> [NoteSyntaxRewrite.Edit]? {
        var edits: [NoteSyntaxRewrite.Edit] = []
        var lineStart = 0
        var inFence = false
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var first = lineStart
            while first < lineEnd, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            if lineEnd - first >= 3, bytes[first] == UInt8(ascii: "`") || bytes[first] == UInt8(ascii: "~"),
               bytes[first + 1] == bytes[first], bytes[first + 2] == bytes[first] {
                inFence.toggle()
                continue
            }
            guard !inFence else { continue }
            var index = first
            while index + 1 < lineEnd {
                guard bytes[index] == UInt8(ascii: "{") else { index += 1; continue }
                let next = bytes[index + 1]
                if next == UInt8(ascii: "%"), let edit = liquidTag(bytes, at: index, lineEnd: lineEnd) {
                    edits.append(edit.edit)
                    index = edit.end
                } else if next == UInt8(ascii: "{"), index + 2 < lineEnd,
                          bytes[index + 2] == UInt8(ascii: "<") || bytes[index + 2] == UInt8(ascii: "%"),
                          let edit = shortcode(bytes, at: index, lineEnd: lineEnd) {
                    edits.append(edit.edit)
                    index = edit.end
                } else {
                    index += 1
                }
            }
        }
        return edits.isEmpty ? nil : edits
    }

    /// Whether a Liquid tag of this name marks or holds a note (`LiquidNotes` reads those).
    static func isNoteTag(_ name: ArraySlice<UInt8>) -> Bool {
        for note in ["fn", "fnbody", "endfnbody", "endfn", "fn_ref", "footnote_ref", "footnotes", "endfootnotes", "sidenote", "marginnote"]
        where name.elementsEqual(note.utf8) { return true }
        return false
    }

    /// A tag's name and arguments inside its delimiters.
    private struct Inside {
        var name: ArraySlice<UInt8>
        var arguments: Range<Int>
    }

    /// What lies between `open` and `close` delimiters: a name of letters, `_`, `-` or `/` (a
    /// closing shortcode's), then its arguments; nil when no name opens it.
    private static func inside(_ bytes: [UInt8], _ range: Range<Int>) -> Inside? {
        var index = range.lowerBound
        if index < range.upperBound, bytes[index] == UInt8(ascii: "-") { index += 1 }
        while index < range.upperBound, bytes[index] == 0x20 { index += 1 }
        let nameStart = index
        if index < range.upperBound, bytes[index] == UInt8(ascii: "/") { index += 1 }
        while index < range.upperBound, Bytes.isLetter(bytes[index]) || bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index > nameStart, Bytes.isLetter(bytes[index - 1]), index == range.upperBound || bytes[index] == 0x20 else { return nil }
        var end = range.upperBound
        if end > index, bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
        return Inside(name: bytes[nameStart..<index], arguments: index..<end)
    }

    /// The edit for a Liquid tag (`{% name ... %}`) at `start`, and where it ends.
    private static func liquidTag(_ bytes: [UInt8], at start: Int, lineEnd: Int) -> (edit: NoteSyntaxRewrite.Edit, end: Int)? {
        var close = start + 2
        while close + 1 < lineEnd, !(bytes[close] == UInt8(ascii: "%") && bytes[close + 1] == UInt8(ascii: "}")) { close += 1 }
        guard close + 1 < lineEnd, let tag = inside(bytes, (start + 2)..<close), !isNoteTag(tag.name) else { return nil }
        let range = start..<(close + 2)
        if tag.name.elementsEqual("embed".utf8), let url = argument("url", in: bytes, tag.arguments) {
            return (.init(range, [UInt8(ascii: "<")] + bytes[url] + [UInt8(ascii: ">")]), range.upperBound)
        }
        return (.init(range), range.upperBound)
    }

    /// The edit for a Hugo shortcode (`{{< name ... >}}`, `{{% name ... %}}`) at `start`, and where it ends.
    private static func shortcode(_ bytes: [UInt8], at start: Int, lineEnd: Int) -> (edit: NoteSyntaxRewrite.Edit, end: Int)? {
        let mark = bytes[start + 2]
        let closing: UInt8 = mark == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: "%")
        var close = start + 3
        while close + 2 < lineEnd, !(bytes[close] == closing && bytes[close + 1] == UInt8(ascii: "}") && bytes[close + 2] == UInt8(ascii: "}")) { close += 1 }
        guard close + 2 < lineEnd else { return nil }
        var body = (start + 3)..<close
        if body.upperBound > body.lowerBound, bytes[body.upperBound - 1] == UInt8(ascii: "/") { body = body.lowerBound..<(body.upperBound - 1) }
        guard let tag = inside(bytes, body) else { return nil }
        let range = start..<(close + 3)
        if tag.name.elementsEqual("ref".utf8) || tag.name.elementsEqual("relref".utf8), let target = quotedArgument(in: bytes, tag.arguments) {
            return (.init(range, Array(bytes[target])), range.upperBound)
        }
        if tag.name.elementsEqual("figure".utf8), let source = argument("src", in: bytes, tag.arguments),
           let caption = argument("caption", in: bytes, tag.arguments) ?? argument("title", in: bytes, tag.arguments) ?? argument("alt", in: bytes, tag.arguments),
           !caption.isEmpty {
            let link = [UInt8(ascii: "[")] + bytes[caption] + Array("](".utf8) + bytes[source] + [UInt8(ascii: ")")]
            if link.count <= range.count { return (.init(range, link), range.upperBound) }
        }
        return (.init(range), range.upperBound)
    }

    /// The value of `key="value"` (or single quotes) among a tag's arguments.
    private static func argument(_ key: String, in bytes: [UInt8], _ arguments: Range<Int>) -> Range<Int>? {
        let keyBytes = Array(key.utf8) + [UInt8(ascii: "=")]
        var index = arguments.lowerBound
        while index + keyBytes.count + 1 < arguments.upperBound {
            if (index == arguments.lowerBound || bytes[index - 1] == 0x20), bytes[index..<(index + keyBytes.count)].elementsEqual(keyBytes) {
                let quote = bytes[index + keyBytes.count]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
                let valueStart = index + keyBytes.count + 1
                guard let valueEnd = bytes[valueStart..<arguments.upperBound].firstIndex(of: quote) else { return nil }
                return valueStart..<valueEnd
            }
            index += 1
        }
        return nil
    }

    /// The text of the first quoted argument (`"rules.md"`).
    private static func quotedArgument(in bytes: [UInt8], _ arguments: Range<Int>) -> Range<Int>? {
        guard let open = bytes[arguments].firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }),
              let close = bytes[(open + 1)..<arguments.upperBound].firstIndex(of: bytes[open]), close > open + 1 else { return nil }
        return (open + 1)..<close
    }
}

extension EssayBuilder {
    /// Warns when the file holds Liquid note tags (`{% fn %}`, `{% fnbody %}`) and no note was read:
    /// the tags' form was one `LiquidNotes` does not read, and the notes are shown as tags.
    mutating func warnOfUnreadLiquidNotes() {
        guard footnotes.isEmpty else { return }
        guard let tag = LiquidNotes.tags(file.bytes).first(where: { SiteTemplateTags.isNoteTag($0.name) }) else { return }
        diagnostics.append(Diagnostic(.warning, file: file.path, range: file.range(ofBytes: tag.range),
            message: "the file holds Liquid note tags (`{% fn %}`, `{% fnbody %}`) but legit read no note from them; "
                + "a note's marker and its text must both be tagged"))
    }
}
