import LowLevel

/// A printed line a PDF converter made a paragraph of its own: a double-spaced page (a court's
/// opinion, a manuscript) converted by pdfminer (MarkItDown) prints a blank line after every line,
/// so a paragraph comes as one unit a line (`... in New`, a blank line, `Hampshire with ...`).
///
/// A unit goes on the paragraph before when that paragraph's last line is a printed line's measure
/// (50 to 120 bytes: a Markdown paragraph is one line of hundreds, a heading or a caption's line
/// shorter), is no title's line, and stops mid-sentence: on a letter, a digit that is no note's
/// number after a stop, a comma, a hyphen breaking a word (before lower case), or a case name's
/// `v.`. The unit then opens as the sentence goes on: in lower case; or, after a lower-case word,
/// a comma or `v.`, with a capital or a digit (`on 2` /
/// `February 2018`, `and` / `Devices for`); or, after a capitalised word, with a capitalised word
/// that a lower-case word follows (a name cut in two, `in New` / `Hampshire with`). A unit of more
/// than one printed line's measure on its first line is no cut line, nor one opening with a capital
/// that is short (under 40 bytes: a table's cell) or written as a title.
enum CutLineUnits {
    /// Bytes of a printed line, at least and at most.
    static let shortest = 50
    static let longest = 120

    /// Whether the unit opening with `next` goes on the paragraph ending with `last`.
    static func continues(last: ArraySlice<UInt8>, next: ArraySlice<UInt8>) -> Bool {
        // Cheap first: the unit's first byte, then the measure of both lines.
        guard let lead = next.first, Bytes.isLetter(lead) || Bytes.isDigit(lead),
              next.count <= longest, last.count >= shortest, last.count <= longest, let end = last.last else { return false }
        let ending: Ending
        if end == UInt8(ascii: ",") {
            ending = .joining
        } else if Bytes.isDigit(end) {
            // A note's number glued after a stop or a quotation's close (`the ban.12`), or set apart
            // after it (`the ban. 12`), ends the sentence.
            var beforeDigits = last.reversed().first { !Bytes.isDigit($0) && $0 != UInt8(ascii: ",") }
            if beforeDigits == 0x20, let digitsStart = last.lastIndex(where: { !Bytes.isDigit($0) }), digitsStart > last.startIndex {
                beforeDigits = last[digitsStart - 1]
            }
            guard let beforeDigits, !closesSentence(beforeDigits) else { return false }
            ending = .joining
        } else if end == UInt8(ascii: "-"), last.count >= 2, Bytes.isLetter(last[last.endIndex - 2]) {
            // A word broken at its hyphen (`predominant-` / `factor test`) goes on in lower case.
            guard Bytes.isLower(lead) else { return false }
            ending = .joining
        } else if end == UInt8(ascii: "."), last.count >= 3, last[last.endIndex - 2] == UInt8(ascii: "v"), last[last.endIndex - 3] == 0x20 {
            ending = .joining
        } else if Bytes.isLetter(end) {
            let word = last.reversed().prefix { $0 != 0x20 }
            // A word, not an address or an e-mail (`http://example.org`, `ann@example.org`).
            guard let first = word.last, word.allSatisfy({ Bytes.isLetter($0) || $0 >= 0x80 || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") })
            else { return false }
            ending = Bytes.isUpper(first) ? .capitalised : .joining
        } else {
            return false
        }
        if Bytes.isLower(lead) { return !PlainTitle.isTitleLine(last) }
        // A capital or a digit goes on a sentence only on a line of some length that is no title's
        // (a table's cell, `15.1`, or its caption, `Tax Rates, 1992`, stand apart).
        guard next.count >= 40, !PlainTitle.isTitleLine(next) else { return false }
        switch ending {
        case .joining:
            return !PlainTitle.isTitleLine(last)
        case .capitalised:
            // `Hampshire with`: a capitalised word, then one in lower case.
            guard Bytes.isUpper(lead), let space = next.firstIndex(of: 0x20), space > next.startIndex + 1,
                  next[next.startIndex..<space].dropFirst().allSatisfy(Bytes.isLower),
                  space + 1 < next.endIndex, Bytes.isLower(next[space + 1]) else { return false }
            return !PlainTitle.isTitleLine(last)
        }
    }

    /// Whether a byte before a line's closing digits ends a sentence or a quotation: a stop, a
    /// bracket's or a quotation mark's close (the last byte of `”`).
    private static func closesSentence(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == 0x9D
    }

    /// How the paragraph's last line stops: on a word that joins (lower case, a comma, `v.`) or on
    /// a capitalised word.
    private enum Ending { case joining, capitalised }
}

extension EssayBuilder {
    /// Whether `unit` goes on the paragraph whose pieces are `lastPieces` (`CutLineUnits`).
    func continuesCutLine(_ unit: [Range<Int>], after lastPieces: [Range<Int>]) -> Bool {
        guard let last = lastPieces.last, let first = unit.first else { return false }
        return CutLineUnits.continues(last: LineRules.trim(file.bytes[last]), next: LineRules.trim(file.bytes[first]))
    }
}
