import LowLevel

/// *supra* in brackets after the name, as McGill-style drafts print it: `Brandt (supra note 9) at
/// 40`, `Calder (supra, note 8)`, `Brandt (supra notes 9-10)`. The same as `Brandt, supra note 9, at 40`.
///
/// The name before the bracket is an author's or a short title's: capitalised, at most ten words.
/// The bracket holds only `supra`, perhaps a comma, the note's word and its number; the place after
/// it is read as a supra's is.
enum BracketedSupraForm: CitationForm {
    /// The first test of `read`: a name's capital.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte)
    }

    /// The note's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The most bytes of the name before the bracket.
    private static let longestName = 120
    /// The most words of the name.
    private static let mostNameWords = 10

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let end = body.upperBound
        let limit = min(end, body.lowerBound + longestName)
        var open = text.firstOffset(of: UInt8(ascii: "("), from: body.lowerBound, end: limit)
        while open < limit, !text.has("(supra", at: open, end: end) {
            open = text.firstOffset(of: UInt8(ascii: "("), from: open + 1, end: limit)
        }
        guard open < limit, open > body.lowerBound, text.bytes[open - 1] == UInt8(ascii: " ") else { return nil }
        let name = text.trimmingTrailing(text.trimmed(body.lowerBound..<open), [UInt8(ascii: ",")])
        guard !name.isEmpty, text.wordCount(in: name, limit: mostNameWords + 1) <= mostNameWords else { return nil }
        var index = open + 6
        if index < end, text.bytes[index] == UInt8(ascii: ",") { index += 1 }
        index = text.skipSpaces(from: index, end: end)
        var plural = false
        if text.has("notes ", at: index, end: end) {
            index += 6
            plural = true
        } else if text.has("note ", at: index, end: end) {
            index += 5
        } else {
            return nil
        }
        let labelStart = index
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > labelStart else { return nil }
        var note = text.string(labelStart..<index)
        if plural, let last = SupraNoteRange.last(text, from: index, end: end) {
            let run = note + "-" + text.string(last.number)
            guard SupraNoteRange.labels(run) != nil else { return nil }
            note = run
            index = last.end
        }
        index = text.skipSpaces(from: index, end: end)
        guard index < end, text.bytes[index] == UInt8(ascii: ")") else { return nil }
        let tail = ClauseEnds.shortFormTail(text, from: index + 1, end: end)
        return ClauseReading(form: .supra(name: text.string(name), note: note), pinpoint: tail.pinpoint,
                             citation: name.lowerBound..<tail.citationEnd, trailing: tail.trailing)
    }
}
