import LowLevel

/// A case cited by its docket number before the parties, as Israeli and other courts without a
/// reporter in the Bluebook's tables are cited: the proceeding's abbreviation, perhaps, the number
/// and year of filing, the parties, the year decided (`RAA 67141/02 Akum Ltd. vs. Galie Tzahal
/// (2003)`, `IE 5365/11 AKUM Ltd. v EMI Music Publishing Ltd.`, `23/81 Hershko v. Orbach (1988) and
/// 241/55 Neographica Printing vs. Masada (1957)`, each case of such a list a work).
///
/// The number must hold a slash and the parties a `v.`, `vs.` or `v`, so a clause that opens with a
/// date or a fraction is no such case.
enum DocketLedCaseForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || Bytes.isDigit(byte)
    }

    /// The longest proceeding abbreviation read before the number (`RAA`, `CA`, `HCJ`, `IE`).
    private static let longestProceeding = 5

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // Cheap first: the number's slash within the first dozen bytes.
        guard let first = citation.first, Bytes.isUpper(text.bytes[first]) || Bytes.isDigit(text.bytes[first]),
              text.bytes[first..<min(citation.upperBound, first + 12)].contains(UInt8(ascii: "/")),
              let (work, end) = readCase(text, from: citation.lowerBound, end: citation.upperBound) else { return nil }
        var reading = ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: citation.lowerBound..<end, trailing: nil)
        // `... (1988) and 241/55 Neographica Printing vs. Masada (1957)`: the next case of the list.
        var offset = end
        while text.has(" and ", at: offset, end: citation.upperBound),
              let (next, nextEnd) = readCase(text, from: offset + 5, end: citation.upperBound) {
            reading.siblings.append(ClauseReading.Sibling(work: ClauseReading.SharedWork(next), pinpoint: nil))
            reading.citation = citation.lowerBound..<nextEnd
            offset = nextEnd
        }
        let rest = text.trimmed(offset..<citation.upperBound)
        reading.trailing = rest.isEmpty ? nil : rest
        return reading
    }

    /// The most bytes a case's number and parties take in the running text.
    private static let longestInProse = 160
    /// The most words of parties a case in the running text has: more is the author's sentence.
    private static let longestParties = 10

    /// The cases `text` cites by docket number in its sentences (`In 3561/09, Alder v. Birch Ltd.
    /// the court held ...`), as the running text names a decision its notes then cite by one party.
    static func cases(inProse text: CitationText) -> [WorkDraft] {
        var found: [WorkDraft] = []
        var from = 0
        while true {
            let slash = text.firstOffset(of: UInt8(ascii: "/"), from: from, end: text.count)
            guard slash < text.count else { break }
            from = slash + 1
            guard slash > 0, slash + 1 < text.count, Bytes.isDigit(text.bytes[slash - 1]), Bytes.isDigit(text.bytes[slash + 1]) else { continue }
            var start = slash
            while start > 0, Bytes.isDigit(text.bytes[start - 1]) { start -= 1 }
            guard start == 0 || !Bytes.isWordByte(text.bytes[start - 1]) && text.bytes[start - 1] != UInt8(ascii: "/") else { continue }
            // A proceeding's capitals before the number (`RAA 67141/02`).
            if start >= 2, text.bytes[start - 1] == UInt8(ascii: " ") {
                var letters = start - 1
                while letters > 0, Bytes.isUpper(text.bytes[letters - 1]), start - 1 - letters < longestProceeding { letters -= 1 }
                if letters < start - 1, letters == 0 || !Bytes.isWordByte(text.bytes[letters - 1]) { start = letters }
            }
            guard let (work, end) = readCase(text, from: start, end: min(text.count, start + longestInProse)),
                  work.title.split(separator: " ").count <= longestParties else { continue }
            found.append(work)
            from = max(from, end)
        }
        return found
    }

    /// One case from `start`: its work and where it ends (after its year's parenthesis, or its parties).
    static func readCase(_ text: CitationText, from start: Int, end: Int) -> (WorkDraft, Int)? {
        var offset = text.skipSpaces(from: start, end: end)
        // The proceeding: a few capitals and a space.
        var letters = offset
        while letters < end, Bytes.isUpper(text.bytes[letters]) { letters += 1 }
        if letters > offset, letters - offset <= longestProceeding, letters < end, text.bytes[letters] == UInt8(ascii: " ") {
            offset = letters + 1
        } else if letters > offset {
            return nil
        }
        // The number: digits, a slash, two or four digits.
        var index = offset
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > offset, index < end, text.bytes[index] == UInt8(ascii: "/") else { return nil }
        var yearEnd = index + 1
        while yearEnd < end, Bytes.isDigit(text.bytes[yearEnd]) { yearEnd += 1 }
        guard yearEnd - index - 1 == 2 || yearEnd - index - 1 == 4 else { return nil }
        let number = text.string(offset..<yearEnd)
        var partiesStart = yearEnd
        if partiesStart < end, text.bytes[partiesStart] == UInt8(ascii: ",") { partiesStart += 1 }
        partiesStart = text.skipSpaces(from: partiesStart, end: end)
        guard partiesStart < end, Bytes.isUpper(text.bytes[partiesStart]) || text.bytes[partiesStart] >= 0xC0 else { return nil }
        // The parties run to a parenthesis, a comma, ` and ` before another number, or the end.
        var partiesEnd = partiesStart
        while partiesEnd < end {
            let byte = text.bytes[partiesEnd]
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") { break }
            if text.has(" and ", at: partiesEnd, end: end), partiesEnd + 5 < end, Bytes.isDigit(text.bytes[text.skipSpaces(from: partiesEnd + 5, end: end)]) { break }
            partiesEnd += 1
        }
        let parties = text.trimmed(partiesStart..<partiesEnd)
        let partiesText = text.string(parties)
        guard partiesText.contains(" v. ") || partiesText.contains(" vs. ") || partiesText.contains(" v ") else { return nil }
        var work = WorkDraft(kind: .case, title: partiesText)
        work.documentNumber = number
        var caseEnd = parties.upperBound
        // `(2003)`: the year decided.
        let open = text.skipSpaces(from: parties.upperBound, end: end)
        if open < end, text.bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: end), close - open == 6,
           let year = DateWords.year(in: text.bytes[open + 1..<close - 1]) {
            work.year = year
            caseEnd = close
        }
        return (work, caseEnd)
    }
}
