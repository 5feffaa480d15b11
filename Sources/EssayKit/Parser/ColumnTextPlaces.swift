import LowLevel

/// Where one note's text may end and the next one's start, among the unlabelled texts of a page's
/// foot whose labels pdftotext printed apart as a column of numbers (`14` / `15` / `16`, then the
/// texts). A line's end is a note's end only where it ends a sentence that no abbreviation closes
/// (`Apr.`, `No.`, `art.`, `U.S.`, `John Q.`), or a web address; the next line opens a note only
/// where it does not go on with a citation (`3, 2010).`, `3, § 12.`, lower case); and a line that
/// opens as notes open (a signal word, a volume, an author's name before a comma, a title in
/// capitals, a case's `v.`) is a surer start than prose.
extension EssayBuilder {
    /// Whether a note's line ends with an abbreviation that never ends a note: a listed one
    /// (`Apr.`, `No.`, `art.`, `Id.` after other words), a dotted form (`U.S.`, `e.g.`) or a
    /// single letter (`v.`, an initial after a name, `Ann Q.`), but for a part's or section's
    /// number (`See infra Part II.B.`, `Section C.`), which ends many a note.
    static func endsWithAbbreviation(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count >= 2, line.last == UInt8(ascii: ".") else { return false }
        let period = line.endIndex - 1
        var start = period
        while start > line.startIndex, line[start - 1] != 0x20, line[start - 1] != UInt8(ascii: "("), line[start - 1] != UInt8(ascii: "[") { start -= 1 }
        let word = line[start..<period]
        guard let lead = word.first, Bytes.isLetter(lead) else { return false }
        // The word before (`Part`, `Section`), whose number a dotted form or a letter may be.
        var before = start
        while before > line.startIndex, line[before - 1] == 0x20 { before -= 1 }
        var beforeStart = before
        while beforeStart > line.startIndex, line[beforeStart - 1] != 0x20 { beforeStart -= 1 }
        let previous = line[beforeStart..<before]
        if word.contains(UInt8(ascii: ".")) || word.count == 1 {
            if Self.numberedDivisions.contains(where: { previous.elementsEqual($0) }) { return false }
            // A single capital after a word in lower case is a part's letter (`app. C.`).
            if word.count == 1, Bytes.isUpper(lead), let first = previous.first, Bytes.isLower(first) { return false }
            return true
        }
        if word.elementsEqual("Id".utf8) { return start > line.startIndex }
        if word.elementsEqual("ibid".utf8) || word.elementsEqual("Ibid".utf8) || word.elementsEqual("id".utf8) { return false }
        return SentenceSplitter.isListedAbbreviation(word)
    }

    /// Words whose number may be a dotted form or a letter at a note's end (`Part II.B.`).
    private static let numberedDivisions: [[UInt8]] = ["Part", "Parts", "Section", "Sections", "Subsection", "Appendix", "pt.", "Pt.", "§", "§§"]
        .map { Array($0.utf8) }

    /// Whether a line goes on with the citation of the line before, not a note's start: a number
    /// followed by a comma, a closing parenthesis or bracket, a semicolon, a colon, a dash or an
    /// opening parenthesis (`3, 2010).`, `3, § 12.`, `301 (1999).`, `2003).`).
    static func continuesCitation(_ line: ArraySlice<UInt8>) -> Bool {
        var index = line.startIndex
        while index < line.endIndex, Bytes.isDigit(line[index]) { index += 1 }
        guard index > line.startIndex, index < line.endIndex else { return false }
        switch line[index] {
        case UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "-"), 0xE2:
            return true
        case 0x20:
            return index + 1 < line.endIndex && line[index + 1] == UInt8(ascii: "(")
        default:
            return false
        }
    }

    /// Whether a line ends with a web address (`http://example.org/t.pdf`, `www.example.org`):
    /// a note may end so, with no full stop.
    static func endsWithAddress(_ line: ArraySlice<UInt8>) -> Bool {
        var start = line.endIndex
        while start > line.startIndex, line[start - 1] != 0x20 { start -= 1 }
        let word = line[start...]
        return word.count > 8 && (word.starts(with: "http".utf8) || word.starts(with: "www.".utf8))
    }

    /// Whether a line opens as a note opens: a signal word (`See`, `Cf.`, `Id.`, `E.g.`, `But
    /// see`, `Compare`), a number before a capital (a volume, a title of a code: `533 U.S.`),
    /// a word in capitals (a title or an author set in small capitals), a name before a comma
    /// (`Tess Amar,`, `Rep. of the Water Board,`) or a case's `v.` early in the line.
    static func opensLikeNote(_ line: ArraySlice<UInt8>) -> Bool {
        guard let lead = line.first else { return false }
        for signal in Self.noteSignals where line.starts(with: signal) {
            let after = line.startIndex + signal.count
            if after == line.endIndex || !Bytes.isLetter(line[after]) { return true }
        }
        var index = line.startIndex
        while index < line.endIndex, Bytes.isDigit(line[index]) { index += 1 }
        if index > line.startIndex {
            return index + 1 < line.endIndex && line[index] == 0x20 && Bytes.isUpper(line[index + 1])
        }
        guard Bytes.isUpper(lead) else { return false }
        // The first word in capitals (`ALDO`, `RESTATEMENT`).
        var end = line.startIndex
        while end < line.endIndex, Bytes.isUpper(line[end]) { end += 1 }
        if end - line.startIndex >= 3, end == line.endIndex || !Bytes.isLower(line[end]) { return true }
        // Up to six words, each capitalised or a joining word, before a comma or a `v.`.
        var words = 0
        var wordStart = line.startIndex
        while wordStart < line.endIndex, words < 7 {
            var wordEnd = wordStart
            while wordEnd < line.endIndex, line[wordEnd] != 0x20 { wordEnd += 1 }
            let word = line[wordStart..<wordEnd]
            guard let first = word.first else { return false }
            if word.elementsEqual("v.".utf8) { return words > 0 }
            let bare = word.last == UInt8(ascii: ",") ? word.dropLast() : word
            guard Bytes.isUpper(first) || first == UInt8(ascii: "&") || Self.joiningWords.contains(where: { bare.elementsEqual($0) }) else { return false }
            if word.last == UInt8(ascii: ",") { return words > 0 || Bytes.isUpper(first) }
            words += 1
            wordStart = wordEnd + 1
        }
        return false
    }

    /// Signal words that open a note (`See`, `Cf.`, `Id.`), each as printed.
    private static let noteSignals: [[UInt8]] = ["See", "Cf.", "Id.", "Id", "Ibid", "E.g.", "But see", "But cf.", "Compare", "Accord", "Contra", "See also"]
        .map { Array($0.utf8) }

    /// Words in lower case inside a name or a title before its comma (`Rep. of the Board,`).
    private static let joiningWords: [[UInt8]] = ["of", "the", "and", "for", "on", "in", "de", "van", "von", "der", "la", "le", "du", "to"]
        .map { Array($0.utf8) }
}
