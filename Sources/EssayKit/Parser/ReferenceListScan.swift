import LowLevel

extension EssayBuilder {
    /// Sorts the reference list's lines, kept apart by the scan: page furniture goes (page numbers,
    /// running heads, a repository's footer), a note printed at the foot of one of its pages is a
    /// note, and the rest are the entries' lines, read when the essay is finished.
    ///
    /// Such a note opens with the number after the last note read (`32 For example ...`) and runs to
    /// the page's end (its furniture) or to a line opening an entry. A numbered list's lines are all
    /// entries: its numbers would read as notes.
    mutating func takeReferenceList() {
        let bytes = file.bytes
        let numbered = referenceHeading?.numbered ?? false
        var nextNote = (footnotes.map(\.number).max() ?? 0) + 1
        var kept: [[Range<Int>]] = []
        var note: RawFootnote?
        // The number the numbered list's next entry has.
        var listNext = 1
        func closeNote() {
            if let finished = note { footnotes.append(finished) }
            note = nil
        }
        for unit in referenceUnits {
            var run: [Range<Int>] = []
            for line in unit {
                let text = bytes[line]
                if Self.dropsLine(line, in: bytes) || Self.isFurniture([line][...], bytes: bytes, repeatedHeads: repeatedHeads, titleKey: titleKey)
                    || LineRules.isPageNumber(text) || (text.starts(with: "<<".utf8) && text.reversed().starts(with: ">>".utf8)) {
                    closeNote()
                    continue
                }
                if let start = Self.noteStart(line, number: nextNote, in: bytes),
                   !numbered || continuesTheNotes(nextNote, listNext: listNext, open: note, before: line.lowerBound) {
                    closeNote()
                    note = RawFootnote(label: String(nextNote), pieces: [start..<line.upperBound], labelRange: line.lowerBound..<start)
                    nextNote += 1
                    continue
                }
                if numbered, let number = Self.entryNumber(text) { listNext = number + 1 }
                if note != nil {
                    let string = String(decoding: LineRules.trim(text), as: UTF8.self)
                    if ReferenceEntries.opening(of: string).map({ !$0.byName }) == true {
                        closeNote()
                    } else {
                        note?.pieces.append(line)
                        continue
                    }
                }
                run.append(line)
            }
            if !run.isEmpty { kept.append(run) }
        }
        closeNote()
        referenceUnits = kept
    }

    /// Whether a line opening `N. ` in a numbered list is the next note's, printed below the list's
    /// heading (a page's last note set in layout order after it): notes were read, `N` is not the
    /// list's next entry, and the text since the last note marks it.
    private func continuesTheNotes(_ number: Int, listNext: Int, open: RawFootnote?, before end: Int) -> Bool {
        guard number > 1, number != listNext,
              let last = open?.number == number - 1 ? open : footnotes.last(where: { $0.number == number - 1 }),
              let from = last.pieces.last?.upperBound else { return false }
        return Self.hasGluedMark(number, in: file.bytes, from: from, before: end, afterNonDigit: true)
    }

    /// The number a numbered list's entry opens with (`12.`, `[12]`, `12)`), or nil.
    static func entryNumber(_ text: ArraySlice<UInt8>) -> Int? {
        var index = text.startIndex
        if index < text.endIndex, text[index] == UInt8(ascii: "[") { index += 1 }
        var number = 0
        let digits = index
        while index < text.endIndex, Bytes.isDigit(text[index]), index - digits < 4 {
            number = number * 10 + Int(text[index] &- 0x30)
            index += 1
        }
        guard index > digits, index < text.endIndex, ".])".utf8.contains(text[index]) else { return nil }
        return number
    }

    /// Where a note's text starts on a line opening with `number` and a space (or `.`, then a
    /// space) before a capital: `32 For example`, `12. See`; nil for another line.
    static func noteStart(_ line: Range<Int>, number: Int, in bytes: [UInt8]) -> Int? {
        let digits = Array(String(number).utf8)
        guard line.count > digits.count + 2, bytes[line].starts(with: digits) else { return nil }
        var index = line.lowerBound + digits.count
        if bytes[index] == UInt8(ascii: ".") { index += 1 }
        guard index < line.upperBound, bytes[index] == 0x20 else { return nil }
        while index < line.upperBound, bytes[index] == 0x20 { index += 1 }
        guard index < line.upperBound, Bytes.isUpper(bytes[index]) || bytes[index] >= 0x80 else { return nil }
        return index
    }
}
