import LowLevel

/// A note's mark set apart after a heading's last word, the heading on lines of its own
/// (`Evolution of the Budget` / `and Appropriations` / `Process 19`, a blank line after), as plain
/// text prints a heading's superscript that lost its raise. Only a candidate:
/// `LooseMarks.isSetApart`'s callers ask for the number the notes' numbering expects.
enum HeadingEndMarks {
    /// Whether the `count` digits at `index` end a heading: a space before them, after a word of
    /// three letters or more with one in lower case that numbers nothing (`Process`, not `Phase`,
    /// `Table`, `Objective` or a month); they end their line and a blank line or the text's end
    /// follows; the unit they end is one to four lines after a blank line, opening with a capital,
    /// holding two words or more before them and no line ending with punctuation.
    static func endsHeading(_ bytes: [UInt8], at index: Int, count: Int) -> Bool {
        guard count <= 3, index >= 4, bytes[index - 1] == 0x20 else { return false }
        // The line's end, then a blank line.
        var end = index + count
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x0D { end += 1 }
        if end < bytes.count {
            guard bytes[end] == 0x0A else { return false }
            var next = end + 1
            while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x0D { next += 1 }
            guard next == bytes.count || bytes[next] == 0x0A || bytes[next] == 0x0C else { return false }
        }
        var wordStart = index - 1
        while wordStart > 0, Bytes.isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
        let word = bytes[wordStart..<(index - 1)]
        guard word.count >= 3, word.contains(where: Bytes.isLower), wordStart > 0, bytes[wordStart - 1] == 0x20 || bytes[wordStart - 1] == 0x0A,
              !LooseMarks.isNumberingWord(word), !numbersAHeading(word) else { return false }
        // Back to the unit's start: lines with text, none ending with punctuation.
        var lineStart = wordStart
        var lines = 0
        while true {
            while lineStart > 0, bytes[lineStart - 1] != 0x0A, bytes[lineStart - 1] != 0x0C { lineStart -= 1 }
            lines += 1
            guard lines <= 4, wordStart - lineStart < 320 else { return false }
            // The line above: blank (or none) ends the unit.
            guard lineStart > 0, bytes[lineStart - 1] == 0x0A else { break }
            var above = lineStart - 1
            while above > 0, bytes[above - 1] == 0x20 || bytes[above - 1] == 0x0D { above -= 1 }
            guard above > 0, bytes[above - 1] != 0x0A, bytes[above - 1] != 0x0C else { break }
            guard !".,;:?!".utf8.contains(bytes[above - 1]) else { return false }
            lineStart = above
        }
        var text = lineStart
        while text < wordStart, bytes[text] == 0x20 { text += 1 }
        guard text < wordStart, Bytes.isUpper(bytes[text]) else { return false }
        // Two words or more: a word alone over a number is a label (`Process 19` alone).
        var words = 0
        for position in text..<wordStart where !Bytes.isSpace(bytes[position]) && (position == text || Bytes.isSpace(bytes[position - 1])) {
            words += 1
        }
        return words >= 1
    }

    /// Words a number after them in a heading belongs to (`Objective 1`, `Phase 2`, `May 19`).
    private static func numbersAHeading(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count <= 14 else { return false }
        let lower = Array(word.map(Bytes.lowercased))
        return ["phase", "step", "stage", "appendix", "exhibit", "enclosure", "attachment", "annex", "schedule", "title", "volume",
                "book", "session", "round", "option", "level", "tier", "version", "act", "amendment", "objective", "goal",
                "recommendation", "finding", "question", "issue", "case", "example", "scenario", "alternative", "strategy",
                "principle", "criterion", "element", "factor", "model", "tab", "unit", "module", "lesson", "week", "day", "year",
                "report", "study", "experiment", "test", "group", "class", "division", "subpart", "subchapter", "subtitle",
                "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                "december", "no"].contains { lower.elementsEqual($0.utf8) }
    }
}
