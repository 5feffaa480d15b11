import LowLevel

/// Note marks plain text prints where they are not glued to the word they mark, as pdftotext
/// leaves a superscript it set apart (`the visa, 14 which`, `selection. 10 The court`) or ran into
/// a pinpoint's full stop (`Id. at 153.15 The`). Each form is only a candidate: the callers ask
/// for the number the notes' numbering expects, so a number in the text is never read as a mark
/// unless it is the next note's.
enum LooseMarks {
    /// Whether the `count` digits at `index` are a mark set apart from its word: after a word's
    /// comma or full stop (or the closing quotation mark or parenthesis after one) and a space,
    /// then a space and a word, or the line's end. Never a real number: one after `at`, `page`,
    /// `§` (no punctuation between), an item of a list (`1, 2, 3`: a digit before the comma), an
    /// abbreviation's number (`No. 14`, `pp. 10`, `n. 3`, `U.S. 10`), a year or an amount (four
    /// digits, `%`, `percent`, `million`), a count of what follows (`14 of which`, `10 and 11`), or a
    /// citation's volume (`Preface, 2 Rec. 4`: an abbreviation follows; not a name's dotted
    /// capitals after a sentence's end, `Commerce. 2 U.S. Dep't`). After a pinpoint's or docket
    /// entry's number that ends a sentence (`Id. at 389. 8 The`, `ECF No. 4. 3 The`) it is a mark.
    static func isSetApart(_ bytes: [UInt8], at index: Int, count: Int) -> Bool {
        guard count >= 1, count <= 3, index >= 4, bytes[index - 1] == 0x20, bytes[index] != UInt8(ascii: "0") else { return false }
        let end = index + count
        if end + 1 < bytes.count, bytes[end] == UInt8(ascii: ")") || (bytes[end] == 0x20 && bytes[end + 1] == UInt8(ascii: ")")) {
            return closesParenthesis(bytes, at: index)
        }
        // A counting word after the number (`14 of which`) makes it a count, unless it opens a
        // sentence: in capitals after a full stop (`insiders. 93 And by`) it is the next sentence's.
        var countedWordAfter: ArraySlice<UInt8>?
        if end < bytes.count {
            let after = bytes[end]
            if after == 0x0A || after == 0x0D || after == 0x0C {
                // The line's end: the sentence goes on below.
            } else {
                guard after == 0x20, end + 1 < bytes.count else { return false }
                // Justified text (MarkItDown) may keep two spaces after the mark (`works. 176  In`).
                let wordStart = end + 2 < bytes.count && bytes[end + 1] == 0x20 ? end + 2 : end + 1
                var wordEnd = wordStart
                while wordEnd < bytes.count, Bytes.isLetter(bytes[wordEnd]) { wordEnd += 1 }
                let word = bytes[wordStart..<wordEnd]
                // A word, or a quotation opening (“ E2 80 9C).
                let opensQuote = bytes[wordStart] == 0xE2 && wordStart + 2 < bytes.count && bytes[wordStart + 1] == 0x80 && bytes[wordStart + 2] == 0x9C
                guard !word.isEmpty || opensQuote else { return false }
                if isCountedWord(word) { countedWordAfter = word }
                // A volume before its reporter or code (`Preface, 2 Rec. 4`, `Roe, 5 F.3d 6`,
                // `Act, 12 U.S.C.`): a citation's number; but not before a name's dotted capitals
                // (`Commerce. 2 U.S. Dep't of`, `isNameAbbreviation`).
                // `Id.` after it is the next citation sentence (`offer. 5 Id.`), no reporter.
                if !word.isEmpty, wordEnd < bytes.count, bytes[wordEnd] == UInt8(ascii: "."), !CitationSentenceMarks.isIdWord(word),
                   !isNameAbbreviation(bytes, from: end + 1) || !closesSentence(bytes, before: index) { return false }
            }
        }
        // Back over the space, a closing quotation mark or parenthesis, to the punctuation.
        // Justified text may keep two spaces before it too (`works.  176`).
        var position = bytes[index - 2] == 0x20 ? index - 3 : index - 2
        if bytes[position] == UInt8(ascii: ")") || bytes[position] == UInt8(ascii: "\"") {
            position -= 1
        } else if position >= 2, bytes[position - 2] == 0xE2, bytes[position - 1] == 0x80, bytes[position] == 0x9D || bytes[position] == 0x99 {
            position -= 3
        }
        guard position >= 1 else { return false }
        let stop = bytes[position]
        // A list item's closing semicolon (`Id. at 24:1–3; 6` over the next item), or no
        // punctuation at all: a heading's last word (`Appropriations Process 19`).
        if stop == UInt8(ascii: ";") { return CitationSentenceMarks.endsListItem(bytes, at: index, count: count) }
        if Bytes.isLetter(stop), position == index - 2 { return HeadingEndMarks.endsHeading(bytes, at: index, count: count) }
        guard stop == UInt8(ascii: ".") || stop == UInt8(ascii: ",") || stop == UInt8(ascii: "?") || stop == UInt8(ascii: "!") else { return false }
        if let counted = countedWordAfter, stop == UInt8(ascii: ",") || !opensSentence(counted) { return false }
        // The word the punctuation closes.
        var wordStart = position
        while wordStart > 0, bytes[wordStart - 1] != 0x20, bytes[wordStart - 1] != 0x0A, bytes[wordStart - 1] != UInt8(ascii: "(") { wordStart -= 1 }
        let word = bytes[wordStart..<position]
        guard let last = word.last else { return false }
        // A pinpoint's or a docket entry's number that ends the sentence (`Id. at 389. 8 The`,
        // `ECF No. 4. 3 The`), when the next sentence opens with a capital or the line ends.
        if stop == UInt8(ascii: "."), word.allSatisfy(Bytes.isDigit) {
            return word.count <= 5 && word.first != UInt8(ascii: "0") && endsPinpoint(bytes, before: wordStart) && opensWithCapital(bytes, at: end)
        }
        // A transcript's or a range's pinpoint, perhaps the last of a list (`Id. at 23:24–25,
        // 24:1–3. 7`, `at 12–14. 3 The`).
        if stop == UInt8(ascii: "."), CitationSentenceMarks.isPinpointWord(word) {
            return CitationSentenceMarks.followsAt(bytes, before: wordStart) && opensWithCapital(bytes, at: end)
        }
        // A closing quotation mark or parenthesis before the stop (`”.`, `).`) closes a word too.
        guard Bytes.isLetter(last) || last == UInt8(ascii: ")") || last == 0x9D || last == 0x99 || last == UInt8(ascii: "\"") else { return false }
        // A word closed by a parenthesis or quotation mark (`(“DOJ”). 1 The`) is no abbreviation.
        let closedWord = last == UInt8(ascii: ")") || last == 0x9D || last == 0x99 || last == UInt8(ascii: "\"")
        // `Id.` closing a citation sentence of its own (`sent.” Id. 3 A copy`).
        if stop == UInt8(ascii: "."), CitationSentenceMarks.isIdWord(word) {
            return CitationSentenceMarks.opensCitationSentence(bytes, at: wordStart) && opensWithCapital(bytes, at: end)
        }
        if stop == UInt8(ascii: "."), !closedWord {
            // An abbreviation's number (`No. 14`, `pp. 10`, `n. 3`, `U.S. 10`, `Id. 4`): a short or
            // listed word, a dotted one, or one in capitals.
            let letters = word.filter(Bytes.isLetter)
            guard letters.count >= 2, !word.contains(UInt8(ascii: ".")), letters.contains(where: Bytes.isLower),
                  !SentenceSplitter.isListedAbbreviation(word), !isNumberingWord(word, abbreviated: true) else { return false }
        } else if isNumberingWord(word) {
            return false
        }
        return true
    }

    /// Whether the digits at `index`, set apart after a word and before a closing parenthesis
    /// (`the sovereign (or semisovereign 42 ) control`, `(or semi-` / `sovereign 42) control`), are a mark: the word is in lower case and
    /// numbers nothing (`page 42 )` is a page), and a parenthesis opens before it on the same or the
    /// line above and is not closed before the number.
    static func closesParenthesis(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 4, bytes[index - 1] == 0x20 else { return false }
        var wordStart = index - 1
        while wordStart > 0, Bytes.isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
        let word = bytes[wordStart..<(index - 1)]
        guard word.count >= 3, let last = word.last, Bytes.isLower(last), !isNumberingWord(word), !isCountedWord(word) else { return false }
        var position = wordStart
        var lines = 0
        while position > 0, index - position < 300 {
            position -= 1
            switch bytes[position] {
            case UInt8(ascii: "("): return true
            case UInt8(ascii: ")"): return false
            case 0x0A:
                lines += 1
                if lines > 1 { return false }
            default: break
            }
        }
        return false
    }

    /// Whether the text before `start` is `at ` or `No. ` (a pinpoint's or a docket entry's number follows).
    private static func endsPinpoint(_ bytes: [UInt8], before start: Int) -> Bool {
        func matches(_ word: String) -> Bool {
            let word = Array(word.utf8)
            guard start >= word.count + 1 else { return false }
            let from = start - word.count
            return bytes[from..<start].elementsEqual(word) && (from == 0 || !Bytes.isLetter(bytes[from - 1]))
        }
        return matches("at ") || matches("No. ")
    }

    /// Whether the line ends at `end` or a space and a capital or an opening quotation mark follow.
    static func opensWithCapital(_ bytes: [UInt8], at end: Int) -> Bool {
        guard end < bytes.count else { return true }
        let after = bytes[end]
        if after == 0x0A || after == 0x0D || after == 0x0C { return true }
        guard after == 0x20, end + 1 < bytes.count else { return false }
        let lead = bytes[end + 1]
        return Bytes.isUpper(lead) || lead == UInt8(ascii: "\"") || (lead == 0xE2 && end + 3 < bytes.count && bytes[end + 2] == 0x80 && bytes[end + 3] == 0x9C)
    }

    /// Whether dotted capitals at `start` (`U.S.`, `N.Y.`: two letters or more, each with its
    /// full stop) go on with a word holding a letter in lower case and no full stop of its own
    /// (`U.S. Dep't of Commerce`, `U.S. Army`): a name's abbreviation, where a reporter or code
    /// goes on with an edition, a page or a section (`U.S. 10`, `N.Y.2d 5`, `U.S.C. § 2`).
    static func isNameAbbreviation(_ bytes: [UInt8], from start: Int) -> Bool {
        var cursor = start
        var letters = 0
        while cursor + 1 < bytes.count, Bytes.isUpper(bytes[cursor]), bytes[cursor + 1] == UInt8(ascii: ".") {
            letters += 1
            cursor += 2
        }
        guard letters >= 2, cursor + 1 < bytes.count, bytes[cursor] == 0x20, Bytes.isUpper(bytes[cursor + 1]) else { return false }
        var wordEnd = cursor + 1
        var hasLower = false
        while wordEnd < bytes.count, Bytes.isLetter(bytes[wordEnd]) || bytes[wordEnd] == UInt8(ascii: "'") || bytes[wordEnd] >= 0x80 {
            if Bytes.isLower(bytes[wordEnd]) { hasLower = true }
            wordEnd += 1
        }
        return hasLower && (wordEnd == bytes.count || bytes[wordEnd] != UInt8(ascii: "."))
    }

    /// Whether the space before `index` follows a sentence's full stop (`Commerce. 2`), not a comma's.
    private static func closesSentence(_ bytes: [UInt8], before index: Int) -> Bool {
        var position = index - 2
        while position > 0, bytes[position] == UInt8(ascii: ")") || bytes[position] == UInt8(ascii: "\"") || bytes[position] >= 0x80 { position -= 1 }
        return position >= 0 && bytes[position] == UInt8(ascii: ".")
    }

    /// Whether the digits of a pinpoint's page, a full stop and `count` digits at `index` are the
    /// page and a mark glued after its stop (`Id. at 153.15 The`, `supra note 4, at 22.16`): the
    /// page follows `at`, opens with no zero, and the sentence ends there (the line ends, or a
    /// capital or quotation mark opens the next). A decimal (`§ 241.6`, `at 3.5 percent`,
    /// `at 0.3 stars`) is none.
    static func isAfterPinpoint(_ bytes: [UInt8], at index: Int, count: Int) -> Bool {
        guard index >= 6, bytes[index - 1] == UInt8(ascii: "."), Bytes.isDigit(bytes[index - 2]) else { return false }
        var pageStart = index - 2
        while pageStart > 0, Bytes.isDigit(bytes[pageStart - 1]), index - 1 - pageStart < 5 { pageStart -= 1 }
        guard pageStart >= 3, bytes[pageStart] != UInt8(ascii: "0"), bytes[pageStart - 1] == 0x20,
              bytes[pageStart - 2] == UInt8(ascii: "t"), bytes[pageStart - 3] == UInt8(ascii: "a"),
              pageStart == 3 || !Bytes.isLetter(bytes[pageStart - 4]) else { return false }
        return opensWithCapital(bytes, at: index + count)
    }

    /// Words that number what a figure after them names (`note, 14`), or, with `abbreviated`,
    /// their abbreviations before a full stop (`Id. 4`, `Sect. 10`): such a figure is a number.
    static func isNumberingWord(_ word: ArraySlice<UInt8>, abbreviated: Bool = false) -> Bool {
        guard word.count <= 8 else { return false }
        let lower = Array(word.map { Bytes.isUpper($0) ? $0 | 0x20 : $0 })
        let words = abbreviated ? ["id", "ibid", "supra", "infra", "sect", "pg", "pgs", "fn", "fns", "tbl", "chap", "cls", "vers", "num"]
            : ["at", "page", "pages", "note", "notes", "id", "ibid", "supra", "infra", "section", "sections", "part", "parts", "chapter",
               "article", "clause", "rule", "figure", "table", "line", "lines", "paragraph", "number", "footnote"]
        return words.contains { lower.elementsEqual($0.utf8) }
    }

    /// Words that say the figure before them counts or measures something (`14 of which`,
    /// `10 percent`, `3 million`, `10 and 11`): the figure is a number, not a mark.
    /// Whether a counting word opens a sentence: capitalised (`And`, `A`), and no time or ordinal (`PM`, `St`).
    private static func opensSentence(_ word: ArraySlice<UInt8>) -> Bool {
        guard let first = word.first, Bytes.isUpper(first) else { return false }
        if word.count == 1 { return first == UInt8(ascii: "A") }
        let lower = Array(word.map { Bytes.isUpper($0) ? $0 | 0x20 : $0 })
        return !["st", "nd", "rd", "th", "am", "pm"].contains { lower.elementsEqual($0.utf8) }
    }

    private static func isCountedWord(_ word: ArraySlice<UInt8>) -> Bool {
        guard !word.isEmpty, word.count <= 9 else { return false }
        let lower = Array(word.map { Bytes.isUpper($0) ? $0 | 0x20 : $0 })
        for candidate in ["of", "to", "and", "or", "through", "percent", "per", "million", "billion", "trillion", "thousand",
                          "hundred", "dozen", "times", "out", "st", "nd", "rd", "th", "am", "pm", "a", "p"]
        where lower.elementsEqual(candidate.utf8) {
            return true
        }
        return false
    }
}
