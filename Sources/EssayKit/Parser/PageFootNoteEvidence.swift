import LowLevel

/// The evidence for a note at the foot of a page of plain converted text beyond its number and its
/// mark, as pdftotext prints a policy report's notes (`12 Agency, “Title,” ...`): where the mark
/// was printed apart from its word, where a note's number was lost or moved off its text, and where
/// a number stands alone with its text after a blank line. The order of the page's notes is the
/// evidence: the note after it opens a later line of the same page and the text marks it.
extension EssayBuilder {
    /// The note that line `index` of `unit` opens at a page's foot and where its text starts, when
    /// the text since the last note (`inNotes`: since its end) gives evidence for it:
    ///
    /// - the next note, marked (`safety.12`);
    /// - the next note, unmarked (its mark set apart, `beneficiary. 32 As`), where pages end with
    ///   form feeds and the note after it opens a later line of the page and is marked;
    /// - the next note's number alone as the unit's last line, its text the next unit after a
    ///   blank line (`25` / blank / `This section ...`): the unit is joined with the next;
    /// - one or two notes on, where the conversion lost the next one's number or printed it
    ///   elsewhere: marked, the note after it opening a later line of the page, and no later line
    ///   of the page opening with the same number (a list's item);
    /// - the note after the next, marked, where the next one was refused as text and its line
    ///   went on with the last note (`skippedNoteLine`).
    mutating func pageFootNoteStart(_ unit: inout [Range<Int>], at index: Int, expected: Int, inNotes: Bool) -> (number: Int, textStart: Int)? {
        let line = unit[index]
        let rest = { (unit: [Range<Int>]) in unit[(index + 1)...] }
        if index == unit.count - 1, !inNotes, hasFormFeeds, isNumberAlone(line, expected),
           marksNote(expected, before: line.lowerBound), let next = pending.last, textFollowsNumberAlone(next, number: expected) {
            unit.append(contentsOf: pending.removeLast())
        }
        if let textStart = pageFootNoteText(unit, at: index, number: expected) {
            if marksNote(expected, before: line.lowerBound, sinceLastNoteEnds: inNotes) { return (expected, textStart) }
            // A lost mark (set at a line's start, `56 After ...`): the next note is marked and opens
            // after this one on the page (in this unit, or where form feeds bound the page, further on).
            if marksNote(expected + 1, before: line.lowerBound, sinceLastNoteEnds: inNotes),
               unit.indices.dropFirst(index + 1).prefix(40).contains(where: { pageFootNoteText(unit, at: $0, number: expected + 1) != nil })
                || (hasFormFeeds && opensOnThisPage(expected + 1, after: rest(unit))) {
                return (expected, textStart)
            }
        }
        // The next note was refused as text and went on with the last one (`skippedNoteLine`): the
        // note after it, marked, picks the sequence up again.
        if !lastNoteStopsMidSentence, let textStart = pageFootNoteText(unit, at: index, number: expected + 1),
           skippedNoteLine(expected) != nil, marksNote(expected + 1, before: line.lowerBound, sinceLastNoteEnds: inNotes) {
            return (expected + 1, textStart)
        }
        guard hasFormFeeds, !inNotes else { return nil }
        for number in (expected + 1)...(expected + 2) {
            guard let textStart = pageFootNoteText(unit, at: index, number: number),
                  marksNote(number, before: line.lowerBound),
                  opensOnThisPage(number + 1, after: rest(unit)) || (number == expected + 1 && endsThePage(rest(unit)) && opensWithText(line, at: textStart)),
                  !opensOnThisPage(number, after: rest(unit)) else { continue }
            return (number, textStart)
        }
        // No mark found: the place at the page's foot is the evidence (`UnmarkedPageFootNotes`).
        return unmarkedPageFootNoteText(&unit, at: index, number: expected).map { (expected, $0) }
    }

    /// Whether the few lines of `rest` (a note's, up to six) are the page's last: a page separator
    /// comes next. A note one on from the expected one is then the page's last note, and its next
    /// note is on a later page.
    private func endsThePage(_ rest: ArraySlice<Range<Int>>) -> Bool {
        guard rest.count <= 6, let next = pending.last?.first else { return false }
        return isPageSeparator(next)
    }

    /// Whether a note's text starts on its number's line at `textStart` as a sentence does: a
    /// capital or a quotation mark, and a line of some length (not a formula's or a table's cell).
    private func opensWithText(_ line: Range<Int>, at textStart: Int) -> Bool {
        guard textStart < line.upperBound, line.upperBound - textStart >= 24 else { return false }
        let lead = file.bytes[textStart]
        return Bytes.isUpper(lead) || lead == UInt8(ascii: "\"") || lead == 0xE2
    }

    /// Whether `line` is `number` alone.
    private func isNumberAlone(_ line: Range<Int>, _ number: Int) -> Bool {
        let text = LineRules.trim(file.bytes[line])
        return !text.isEmpty && text.count <= 4 && text.allSatisfy(Bytes.isDigit) && text.first != UInt8(ascii: "0")
            && text.reduce(0) { $0 * 10 + Int($1 &- 0x30) } == number
    }

    /// Whether `unit`, after note `number`'s number alone, is its text: no page's edge or
    /// furniture, a line that opens with a capital or a quotation mark and runs on (a note's text,
    /// not a table's cell), then the next note on this page or the page's end.
    func textFollowsNumberAlone(_ unit: [Range<Int>], number: Int) -> Bool {
        let bytes = file.bytes
        guard let first = unit.first, !isPageSeparator(first), !isFurniture(unit) else { return false }
        let text = LineRules.trim(bytes[first])
        guard text.count >= 24, let lead = text.first,
              Bytes.isUpper(lead) || lead == UInt8(ascii: "\"") || (lead == 0xE2 && text.dropFirst().starts(with: [0x80, 0x9C])) else { return false }
        if opensOnThisPage(number + 1, after: unit[...]) { return true }
        // Or the page ends after it: furniture (the footer) or the form feed comes next.
        guard pending.count >= 2 else { return true }
        let after = pending[pending.count - 2]
        return after.first.map(isPageSeparator) == true || isFurniture(after)
    }

    /// Whether a line of `rest`, or of the units after it before the page ends (its form feed),
    /// opens note `number` as a page's foot prints it: `12 Text`, `12 “Title`, `12` alone, or
    /// the number glued to its text (`12Text`, `LineRules.gluedNoteStart`).
    func opensOnThisPage(_ number: Int, after rest: ArraySlice<Range<Int>>) -> Bool {
        let bytes = file.bytes
        func opens(_ line: Range<Int>) -> Bool {
            line.count >= 1 && Bytes.isDigit(bytes[line.lowerBound])
                && (Self.bareNoteStart(bytes[line], number: number) || isNumberAlone(line, number)
                    || LineRules.gluedNoteStart(bytes[line], digits: bytes[line].prefix(while: Bytes.isDigit), expected: number) != nil)
        }
        return someLineBeforeThePageEnds(after: rest, within: 200, where: opens)
    }

    /// Whether a line of `rest`, or of the units waiting after it up to the page's separator and
    /// within `limit` lines, satisfies `test`.
    func someLineBeforeThePageEnds(after rest: ArraySlice<Range<Int>>, within limit: Int, where test: (Range<Int>) -> Bool) -> Bool {
        if rest.contains(where: test) { return true }
        var lines = 0
        for unit in pending.reversed() {
            guard let first = unit.first else { continue }
            if isPageSeparator(first) { return false }
            if unit.contains(where: test) { return true }
            lines += unit.count
            if lines > limit { return false }
        }
        return false
    }

    /// Puts note `expected` first in a unit of a page's notes that prints it after the note numbered
    /// next (pdftotext's reading order can set a note's first line below the next note's text,
    /// `24 As of ...` before `23 The Act of 2010 (P.L. 111-358`): where form feeds bound the page,
    /// the page's text marks both notes glued in order, and a later line of the unit opens
    /// `expected`. Its lines (up to the next note's start) go before the next note's line, or
    /// before a fragment opening the unit (`) established ...`) when that note stops mid-sentence
    /// and the last note does not: the fragment is its rest. Otherwise the next note's text would
    /// go on with the last note.
    mutating func putNoteBeforeTheNextOne(_ unit: inout [Range<Int>]) {
        guard hasFormFeeds, unit.count >= 2 else { return }
        let bytes = file.bytes
        let expected = lastNoteNumber + 1
        func opens(_ index: Int, _ number: Int) -> Bool {
            let line = bytes[unit[index]]
            return line.first.map(Bytes.isDigit) == true && Self.bareNoteStart(line, number: number)
        }
        guard let next = unit.indices.first(where: { opens($0, expected + 1) }),
              !unit[..<next].indices.contains(where: { opens($0, expected) }),
              let start = unit.indices.dropFirst(next + 1).first(where: { opens($0, expected) }) else { return }
        // The page's text, from its form feed: the marks of both notes, glued, in order.
        var pageStart = unit[0].lowerBound
        while pageStart > 0, bytes[pageStart - 1] != 0x0C, unit[0].lowerBound - pageStart < 20_000 { pageStart -= 1 }
        guard pageStart > 0, bytes[pageStart - 1] == 0x0C,
              let mark = gluedMark(expected, in: pageStart..<unit[0].lowerBound),
              gluedMark(expected + 1, in: mark..<unit[0].lowerBound) != nil else { return }
        let end = unit.indices.dropFirst(start + 1).first(where: { opens($0, expected + 2) }) ?? unit.endIndex
        let lines = Array(unit[start..<end])
        let fragmentIsItsRest = next > 0 && !lastNoteStopsMidSentence && ending(of: lines) != .complete
        unit.removeSubrange(start..<end)
        unit.insert(contentsOf: lines, at: fragmentIsItsRest ? 0 : next)
    }

    /// Where `number` is first marked in `range` glued to a word (`Resilience.24`), if it is.
    private func gluedMark(_ number: Int, in range: Range<Int>) -> Int? {
        Self.firstGluedMark(number, in: file.bytes, from: range.lowerBound + 1, upTo: range.upperBound)
    }
}
