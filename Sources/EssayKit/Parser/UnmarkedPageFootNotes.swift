import LowLevel

/// A page-foot note whose body mark was not found: the next note's number at the foot of a page,
/// set as the notes before it were, its text and the page's other notes running to the page's end.
///
/// ```
/// creation of the Treasury Department. The House Ways and Means
///
/// 19
///
/// For an early account of the committee, see B-114312, Mar. 4, 1958.
///
/// Page 1-14
/// ```
///
/// The page-foot readers (`pageFootNoteStart`) open a note only when the body marks it or marks
/// the note after it on the same page; a mark in a shape no mark finder reads (after a heading's
/// last word, glued to a section's number) left the note's text to the body, and, where the page
/// has no other note, every later note with it (the chain of marks never picked up again). Here
/// the place is the evidence: the line opens the note numbered right after the last one read;
/// it is set as that note was (the number alone over its text, or the number before its text, never
/// glued to more digits: that is a volume, `25 F. Cas. 30` read as note 2 before `5 F. Cas.`);
/// its text opens as a note's does (not in lower case, no table's gutter); after it, up to the
/// page's form feed, come only the next notes in order, their texts, and the page's furniture
/// (its number, its running foot); no later line of the page opens the same number; and the next
/// page does not mark the number (a note there would be the real one). `legit check` then says the note is never marked.
extension EssayBuilder {
    /// Where the text of note `number` starts when line `index` of `unit` opens it at a page's foot
    /// with no mark before it; a number alone as the unit's last line takes the unit after it as
    /// its text (joined to `unit`).
    mutating func unmarkedPageFootNoteText(_ unit: inout [Range<Int>], at index: Int, number: Int) -> Int? {
        guard hasFormFeeds, noteForm == .pageFeet || noteForm == .pageBlocks, let last = footnotes.last, last.number > 0, number == last.number + 1 else { return nil }
        let bytes = file.bytes
        let line = unit[index]
        let alone = Self.isNumberAlone(bytes, line, number)
        // Set as the last note was: the number alone over its text, or before it on its line.
        guard alone == Self.labelStandsAlone(bytes, last.labelRange) else { return nil }
        var joined = false
        if alone, index == unit.count - 1 {
            guard let next = pending.last, let first = next.first, !isPageSeparator(first), !isFurniture(next) else { return nil }
            joined = true
            unit.append(contentsOf: next)
        }
        // With no mark to vouch for it, a number glued to more digits (`25 F. Cas. 30, 34` on a line of
        // an opinion's body) is a volume, not note 2 before `5 F. Cas.`: the number must end there.
        guard alone || Self.standsApart(bytes, LineRules.trim(bytes[line]).startIndex, number) else { return nil }
        guard let textStart = pageFootNoteText(unit, at: index, number: number),
              opensNoteText(unit, at: index, textStart: textStart),
              runsToThePageEnd(after: unit[(index + 1)...], number: number),
              // A later line of the page opening the same number is the note (this one, body text
              // whose mark was lost at its start).
              !opensOnThisPage(number, after: unit[(index + 1)...]),
              !marksOnTheNextPage(number) else {
            if joined { unit.removeLast(pending[pending.count - 1].count) }
            return nil
        }
        if joined { pending.removeLast() }
        return textStart
    }

    /// Puts back the next note's number alone on the unit's last line, unmarked, under the body's
    /// last line with no blank line between (`... §§ 682(1), 684.62` / `60` / blank / `For a detailed ...`),
    /// to be read with its text, the unit after it (`textFollowsNumberAlone`), as a unit of its own.
    /// Otherwise it was dropped as the page's number, and its text went to the body.
    mutating func putBackNumberUnderTheBody(_ unit: inout [Range<Int>]) {
        guard hasFormFeeds, region == .body, noteForm == .pageFeet || noteForm == .pageBlocks, unit.count >= 2,
              let line = unit.last, line.count <= 6, Self.isNumberAlone(file.bytes, line, lastNoteNumber + 1),
              !footnotes.isEmpty, let next = pending.last, textFollowsNumberAlone(next, number: lastNoteNumber + 1),
              // A marked note's number is read there by the page-foot readers, with the unit after it.
              !marksNote(lastNoteNumber + 1, before: line.lowerBound) else { return }
        unit.removeLast()
        pending.append([line] + pending.removeLast())
    }

    /// In a page's notes (a number alone, a blank line, its text: `47` / blank / `See, e.g., ...`),
    /// whether the body marks it or not, a unit of the next note's number alone whose
    /// next unit is its text (`textFollowsNumberAlone`) opens that note with the text; lines of the
    /// text opening the note after it are put back. Otherwise the number was dropped as the page's
    /// number before the notes' readers saw it, and the rest of the page's notes went to the body.
    mutating func takeNumberAloneInBlocks(_ unit: [Range<Int>]) -> Bool {
        guard hasFormFeeds, region == .footnoteBlock, noteForm == .pageBlocks || noteForm == .pageFeet, unit.count == 1, !footnotes.isEmpty else { return false }
        let bytes = file.bytes
        let number = lastNoteNumber + 1
        guard Self.isNumberAlone(bytes, unit[0], number), let text = pending.last, textFollowsNumberAlone(text, number: number) else { return false }
        pending.removeLast()
        let label = LineRules.trim(bytes[unit[0]])
        footnotes.append(RawFootnote(label: String(number), pieces: [], labelRange: label.startIndex..<label.endIndex))
        let next = text.indices.dropFirst().first { Self.isNumberAlone(bytes, text[$0], number + 1) || Self.bareNoteStart(bytes[text[$0]], number: number + 1) }
        for line in text[..<(next ?? text.endIndex)] { appendToLastNote(line) }
        if let next { pending.append(Array(text[next...])) }
        return true
    }

    /// Whether `line` is `number` alone.
    private static func isNumberAlone(_ bytes: [UInt8], _ line: Range<Int>, _ number: Int) -> Bool {
        let text = LineRules.trim(bytes[line])
        return !text.isEmpty && text.count <= 4 && text.allSatisfy(Bytes.isDigit) && text.first != UInt8(ascii: "0")
            && text.reduce(0) { $0 * 10 + Int($1 &- 0x30) } == number
    }

    /// Whether a note's label (`labelRange`) stands alone on its line: the number alone over its text.
    static func labelStandsAlone(_ bytes: [UInt8], _ label: Range<Int>) -> Bool {
        guard label.lowerBound < bytes.count else { return false }
        var start = label.lowerBound
        while start > 0, bytes[start - 1] != 0x0A, label.lowerBound - start < 16 { start -= 1 }
        var end = label.lowerBound
        while end < bytes.count, bytes[end] != 0x0A, end - label.lowerBound < 16 { end += 1 }
        let line = LineRules.trim(bytes[start..<end])
        return !line.isEmpty && line.count <= 4 && line.allSatisfy(Bytes.isDigit)
    }

    /// Whether the note's first line of text (at `textStart`, or the next line under a number
    /// alone) opens as a note's does: a capital, a digit or a quotation mark, a line of some
    /// length, and no gutter of four spaces or more inside it (a table's row).
    private func opensNoteText(_ unit: [Range<Int>], at index: Int, textStart: Int) -> Bool {
        let bytes = file.bytes
        var text = textStart..<unit[index].upperBound
        if textStart == unit[index].upperBound {
            guard index + 1 < unit.count else { return false }
            text = unit[index + 1]
        }
        let trimmed = LineRules.trim(bytes[text])
        guard trimmed.count >= 24, let lead = trimmed.first,
              Bytes.isUpper(lead) || Bytes.isDigit(lead) || lead == UInt8(ascii: "\"") || lead == UInt8(ascii: "(")
                || (lead == 0xE2 && trimmed.dropFirst().starts(with: [0x80, 0x9C])) else { return false }
        var spaces = 0
        for byte in trimmed {
            spaces = byte == 0x20 ? spaces + 1 : 0
            if spaces >= 4 { return false }
        }
        return true
    }

    /// Whether the lines after a note's opening line (`rest`, then the units waiting, up to the
    /// page's form feed or the file's end) are the page's foot: the notes after `number` opening
    /// in order, at most three units of text under each, then only the page's furniture or short
    /// lines of it (two at most: the page's number, a running foot).
    private func runsToThePageEnd(after rest: ArraySlice<Range<Int>>, number: Int) -> Bool {
        let bytes = file.bytes
        var next = number + 1
        func opensNext(_ line: Range<Int>) -> Bool {
            guard let lead = bytes[line].first(where: { $0 != 0x20 }), Bytes.isDigit(lead) else { return false }
            if Self.isNumberAlone(bytes, line, next) { return true }
            return Self.bareNoteStart(bytes[line], number: next)
        }
        for line in rest where opensNext(line) { next += 1 }
        var textUnits = 0
        var footLines = 0
        for unit in pending.reversed().prefix(40) {
            guard let first = unit.first else { continue }
            if isPageSeparator(first) { return true }
            if unit.allSatisfy({ LineRules.isBlank(bytes[$0]) }) { continue }
            // Before the furniture rules: they take a number alone for the page's.
            if footLines == 0, unit.contains(where: opensNext) {
                for line in unit where opensNext(line) { next += 1 }
                textUnits = 0
                continue
            }
            if isFurniture(unit) {
                footLines += 1
                continue
            }
            if footLines == 0, textUnits < 3, unit.count > 1 || unit[0].count > 80 || endsWithStop(unit[0]) {
                textUnits += 1
                continue
            }
            // A short line: the page's number or its running foot, as the furniture rules may not know it.
            guard unit.count == 1, unit[0].count <= 80, footLines < 2 else { return false }
            footLines += 1
        }
        return pending.count <= 40
    }

    /// Whether `line` ends with a full stop or a closing parenthesis, as a note's text does and a
    /// page's number or running foot does not.
    private func endsWithStop(_ line: Range<Int>) -> Bool {
        let text = LineRules.trim(file.bytes[line])
        return text.last == UInt8(ascii: ".") || text.last == UInt8(ascii: ")")
    }

    /// Whether `number`'s digits at `start` end the number: the next byte is no digit (a space, or
    /// the note's first word glued on as converters glue it, `171Id.`), so the digits are not the
    /// start of a longer number such as a volume.
    static func standsApart(_ bytes: [UInt8], _ start: Int, _ number: Int) -> Bool {
        let end = start + String(number).utf8.count
        return end < bytes.count && !(0x30...0x39).contains(bytes[end])
    }

    /// Whether the page after the one being read marks note `number` glued to a word: the note
    /// at this page's foot would then be no note (its number belongs to a note further on).
    private func marksOnTheNextPage(_ number: Int) -> Bool {
        let bytes = file.bytes
        guard let separator = pending.reversed().prefix(40).first(where: { $0.first.map(isPageSeparator) == true })?.first else { return false }
        var end = separator.lowerBound + 1
        while end < bytes.count, bytes[end] != 0x0C, end - separator.lowerBound < 20_000 { end += 1 }
        return Self.firstGluedMark(number, in: bytes, from: separator.lowerBound + 1, upTo: end) != nil
    }
}
