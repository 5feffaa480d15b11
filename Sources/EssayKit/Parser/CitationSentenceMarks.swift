import LowLevel

/// Note marks a court's opinion sets apart around its citation sentences, as `pdftotext -layout`
/// prints them: after an `Id.` that is a sentence of its own (`sent.” Id. 3 A copy`), before one
/// (`declined this offer. 5 Id.`), after a transcript's pinpoints (`Id. at 23:24–25, 24:1–3. 7`),
/// and after the semicolon that closes a numbered list's item (`Id. at 12:3–5; 6` over `5) “When`).
/// Each is only a candidate: `LooseMarks.isSetApart`'s callers ask for the number the notes'
/// numbering expects.
enum CitationSentenceMarks {
    /// Whether `word` is `Id` or `Ibid` (any case), the short citation that names no reporter.
    static func isIdWord(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count == 2 || word.count == 4 else { return false }
        let lower = word.map(Bytes.lowercased)
        return lower.elementsEqual("id".utf8) || lower.elementsEqual("ibid".utf8)
    }

    /// Whether the `Id.` at `start` opens a sentence of its own: a sentence's end (`.`, `?`, `!`,
    /// a closing quotation mark, parenthesis or bracket) or a signal (`See`) comes before it,
    /// perhaps across the line's end.
    static func opensCitationSentence(_ bytes: [UInt8], at start: Int) -> Bool {
        var position = start
        while position > 0, bytes[position - 1] == 0x20 || bytes[position - 1] == 0x0A || bytes[position - 1] == 0x0D { position -= 1 }
        guard position > 0, position < start else { return false }
        let before = bytes[position - 1]
        // ” (E2 80 9D) or ’ (E2 80 99).
        if before == 0x9D || before == 0x99 { return position >= 3 && bytes[position - 3] == 0xE2 && bytes[position - 2] == 0x80 }
        if ".?!)]\"".utf8.contains(before) { return true }
        var wordStart = position
        while wordStart > 0, Bytes.isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
        let word = bytes[wordStart..<position].map(Bytes.lowercased)
        return word.elementsEqual("see".utf8) || word.elementsEqual("also".utf8)
    }

    /// Whether `word` is a pinpoint of a transcript or a range (`23:24–25`, `12–14`, `4-5`): it
    /// opens with a digit other than zero, holds only digits, colons and dashes, and one of these.
    static func isPinpointWord(_ word: ArraySlice<UInt8>) -> Bool {
        guard let first = word.first, Bytes.isDigit(first), first != UInt8(ascii: "0"), word.count <= 24 else { return false }
        var joined = false
        var index = word.startIndex
        while index < word.endIndex {
            let byte = word[index]
            if Bytes.isDigit(byte) {
                index += 1
            } else if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") {
                joined = true
                index += 1
            } else if byte == 0xE2, index + 2 < word.endIndex, word[index + 1] == 0x80, word[index + 2] == 0x93 || word[index + 2] == 0x94 {
                joined = true
                index += 3
            } else {
                return false
            }
        }
        return joined && Bytes.isDigit(word[word.endIndex - 1])
    }

    /// Whether the pinpoints before `start` follow `at`: back over a list of pinpoints parted by
    /// commas (`at 23:24–25, 24:1–3`), and over a line's end (`Id. at` / `23:24–25`).
    static func followsAt(_ bytes: [UInt8], before start: Int) -> Bool {
        var position = start
        for _ in 0..<6 {
            while position > 0, bytes[position - 1] == 0x20 || bytes[position - 1] == 0x0A || bytes[position - 1] == 0x0D { position -= 1 }
            guard position >= 2 else { return false }
            if bytes[position - 1] == UInt8(ascii: "t"), bytes[position - 2] == UInt8(ascii: "a") {
                return position == 2 || !Bytes.isLetter(bytes[position - 3])
            }
            guard bytes[position - 1] == UInt8(ascii: ",") else { return false }
            let wordEnd = position - 1
            var wordStart = wordEnd
            while wordStart > 0, bytes[wordStart - 1] != 0x20, bytes[wordStart - 1] != 0x0A { wordStart -= 1 }
            let word = bytes[wordStart..<wordEnd]
            guard isPinpointWord(word) || (word.allSatisfy(Bytes.isDigit) && !word.isEmpty) else { return false }
            position = wordStart
        }
        return false
    }

    /// Whether the `count` digits at `index`, after a semicolon and a space, end a numbered list's
    /// item: they end the line, the next line with text opens the next item (`5)`, `(5)`, `(e)`),
    /// and one of the item's lines above (this one or up to three before) opens with such a label.
    static func endsListItem(_ bytes: [UInt8], at index: Int, count: Int) -> Bool {
        var end = index + count
        while end < bytes.count, bytes[end] == 0x20 { end += 1 }
        guard end < bytes.count, bytes[end] == 0x0A || bytes[end] == 0x0D else { return false }
        // The next line with text.
        var next = end
        while next < bytes.count, Bytes.isSpace(bytes[next]) { next += 1 }
        guard next < bytes.count, opensListItem(bytes, at: next) else { return false }
        // This line's start, then up to three lines with text above it.
        var lineStart = index
        for _ in 0..<4 {
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            var text = lineStart
            while text < index, bytes[text] == 0x20 { text += 1 }
            if text < index, bytes[text] != 0x0A, opensListItem(bytes, at: text) { return true }
            // Up over the line's end and any blank lines.
            guard lineStart > 0 else { return false }
            lineStart -= 1
            while lineStart > 0, Bytes.isSpace(bytes[lineStart - 1]) { lineStart -= 1 }
        }
        return false
    }

    /// Whether a list item's label opens the text at `start`: one or two digits or a lower-case
    /// letter, closed by a parenthesis (`5)`) or inside a pair (`(5)`, `(e)`), then a space.
    static func opensListItem(_ bytes: [UInt8], at start: Int) -> Bool {
        var index = start
        let opened = index < bytes.count && bytes[index] == UInt8(ascii: "(")
        if opened { index += 1 }
        let labelStart = index
        while index < bytes.count, index - labelStart < 2, Bytes.isDigit(bytes[index]) { index += 1 }
        if index == labelStart, index < bytes.count, Bytes.isLower(bytes[index]) { index += 1 }
        guard index > labelStart, index + 1 < bytes.count, bytes[index] == UInt8(ascii: ")") else { return false }
        return bytes[index + 1] == 0x20 && (opened || Bytes.isDigit(bytes[labelStart]))
    }
}
