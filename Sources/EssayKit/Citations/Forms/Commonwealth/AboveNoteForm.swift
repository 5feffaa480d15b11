import LowLevel

/// The pointer back to the note that cites a work in full that New Zealand's and older Australian
/// styles print where the Bluebook writes *supra* note: `Tane (SC), above n 3, at [15]`, `Tane (first
/// appeal) above n 1 at [17]`, `Pahi v Pahi, above n 60, at 236`, `see above n 3` (every work the note
/// cites in full), and with its `n` dropped after a name and a comma (`Tane (SC), above 38, at [9]`).
/// Read as `Name, supra note 3` is; the name is matched against the work's own or bracketed label
/// (`LabelledShortName`).
enum AboveNoteForm: CitationForm {
    /// The first test of `read`: a name's letter (or `above` itself), or a quotation mark.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isLetter(byte) || byte >= 0xC0 || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")
    }

    /// The note's number is a digit.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// A name before `above` runs to this many words; more is the author's prose before it.
    private static let longestName = 10

    /// The words that may stand between `above` and the note's number.
    private static let noteWords: [(word: StaticString, plural: Bool)] = [
        ("nn", true), ("n.", false), ("n", false), ("notes", true), ("note", false), ("fn", false),
    ]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let end = citation.upperBound
        guard let above = aboveOffset(text, in: citation) else { return nil }
        let before = text.trimmed(citation.lowerBound..<above)
        let comma = !before.isEmpty && text.bytes[before.upperBound - 1] == UInt8(ascii: ",")
        var nameRange = text.trimmingTrailing(before, [UInt8(ascii: ",")])
        // Spaces as a justified page's conversion leaves them: `above  n  3`.
        var index = text.skipSpaces(from: above + 5, end: end)
        var plural = false
        if let mark = noteWords.first(where: { word in
            let after = index + word.word.utf8CodeUnitCount
            return text.has(word.word, at: index, end: end) && after < end && text.bytes[after] == UInt8(ascii: " ")
        }) {
            index = text.skipSpaces(from: index + mark.word.utf8CodeUnitCount, end: end)
            plural = mark.plural
        } else if nameRange.isEmpty || !comma {
            // `Tane (SC), above 38`: the `n` left out only after a name and its comma.
            return nil
        }
        let numberStart = index
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > numberStart, index - numberStart <= 4, index == end || !Bytes.isLetter(text.bytes[index]) else { return nil }
        var note = text.string(numberStart..<index)
        if plural, let last = SupraNoteRange.last(text, from: index, end: end) {
            let run = note + "-" + text.string(last.number)
            if SupraNoteRange.labels(run) != nil {
                note = run
                index = last.end
            }
        }
        // A long run of words before `above` is the author's sentence: the name is the case or
        // work's name that ends it, or none (every work the note cites).
        if text.wordCount(in: nameRange, limit: longestName + 1) > longestName {
            nameRange = CaseName.range(endingAt: above, from: citation.lowerBound, in: text).map { text.trimmingTrailing($0, [UInt8(ascii: ",")]) }
                ?? above..<above
        }
        let tail = ClauseEnds.shortFormTail(text, from: index, end: end)
        return ClauseReading(form: .supra(name: text.string(nameRange), note: note), pinpoint: tail.pinpoint,
                             citation: (nameRange.isEmpty ? above : nameRange.lowerBound)..<tail.citationEnd, trailing: tail.trailing)
    }

    /// Where the word `above` opens in `range` at its top level, or nil. Its `b`, a rare letter, is
    /// looked for a machine word at a time.
    private static func aboveOffset(_ text: CitationText, in range: Range<Int>) -> Int? {
        let base = text.baseLevel(of: range)
        var probe = range.lowerBound + 1
        while probe < range.upperBound {
            probe = text.firstOffset(of: UInt8(ascii: "b"), from: probe, end: range.upperBound)
            guard probe < range.upperBound else { return nil }
            let offset = probe - 1
            probe += 1
            if text.has("above ", at: offset, end: range.upperBound), text.isWordStart(offset, from: range.lowerBound),
               text.isAtLevel(offset, base: base), !text.isLinked(offset) {
                return offset
            }
        }
        return nil
    }
}
