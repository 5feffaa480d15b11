import LowLevel

/// A page-foot note whose number pdfminer (MarkItDown) set alone on its line, its text in the
/// paragraphs after it: a justified note's first line falls apart into words set apart by blank
/// lines (`2` / blank / `for` / blank / `the  Conference.  For` / blank / `The stocktaking ...`).
extension EssayBuilder {
    /// In a page's notes on pages parted by form feeds: a unit of the next note's number alone,
    /// which the body marks, with a unit of text after it on the same page, opens that note; and
    /// a unit after a note so read, while it holds no line of text yet (nothing, or fragments
    /// under 40 bytes in all), is its text. Without it the number was read as the page's number
    /// and the fragments as furniture, which ended the page's notes: the note's text and every
    /// note after it went to the body. A unit opening with a digit (the next note, the page's
    /// number) is left to the other rules.
    mutating func takeTextOfNumberAlone(_ unit: [Range<Int>]) -> Bool {
        guard region == .footnoteBlock, noteForm == .pageFeet, hasFormFeeds, let last = footnotes.last else { return false }
        let bytes = file.bytes
        let first = LineRules.trim(bytes[unit[0]])
        guard let lead = first.first else { return false }
        if Bytes.isDigit(lead) {
            let expected = lastNoteNumber + 1
            guard unit.count == 1, first.count <= 4, first.allSatisfy(Bytes.isDigit), lead != UInt8(ascii: "0"),
                  first.reduce(0, { $0 * 10 + Int($1 &- 0x30) }) == expected,
                  let next = pending.last?.first, !isPageSeparator(next),
                  let nextLead = bytes[next].first(where: { $0 != 0x20 }), !Bytes.isDigit(nextLead), nextLead != 0x0C,
                  marksOnThePage(expected) else { return false }
            footnotes.append(RawFootnote(label: String(expected), pieces: [], labelRange: first.startIndex..<first.endIndex))
            return true
        }
        guard last.labelRange.count <= 4 else { return false }
        let label = bytes[last.labelRange]
        guard !label.isEmpty, label.allSatisfy(Bytes.isDigit), Self.standsAlone(bytes, last.labelRange),
              last.pieces.reduce(0, { $0 + LineRules.trim(bytes[$1]).count }) < 40 else { return false }
        for line in unit { appendToLastNote(line) }
        return true
    }

    /// Whether the number at `label` is alone on its line, as the notes this pass opens are: a
    /// short note whose number is glued to its text (`40Smith, at 12.`) is whole, and the page's
    /// running foot after it is no part of it.
    private static func standsAlone(_ bytes: [UInt8], _ label: Range<Int>) -> Bool {
        var index = label.upperBound
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        return index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D
    }

    /// Whether the text between the note before the last and the last note (the page's body over
    /// its notes) marks note `number` glued to a word (`them.2`).
    private func marksOnThePage(_ number: Int) -> Bool {
        guard let last = footnotes.last else { return false }
        let bytes = file.bytes
        let from = footnotes.count >= 2 ? footnotes[footnotes.count - 2].labelRange.upperBound : 0
        let digits = Array(String(number).utf8)
        var index = from + 1
        while index + digits.count <= last.labelRange.lowerBound {
            if bytes[index] == digits[0], bytes[index..<(index + digits.count)].elementsEqual(digits),
               Self.isGluedMark(bytes, at: index, count: digits.count) { return true }
            index += 1
        }
        return false
    }
}
