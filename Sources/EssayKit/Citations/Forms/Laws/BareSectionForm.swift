import LowLevel

/// A section cited by its sign and number alone, `§300gg–11`, `§ 18022(c)`, `§§ 3, 5`, right
/// after a code's section in the same note (`42 U. S. C. §18022(b)(1)(D) ... see §300gg–11`):
/// another section of that code, as court opinions write it.
///
/// The reading is a bare section (`ClauseReading.Form.bareSection`), its pinpoint the section; the
/// run gives it a code by the one rule for bare sections (`ResolutionRun.citeBareSection`), and
/// otherwise takes the clause as the author's words, with no citation.
enum BareSectionForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == 0xC2
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The gate: the clause opens with `§` (0xC2 0xA7).
        guard citation.count >= 3, text.bytes[citation.lowerBound] == 0xC2, text.bytes[citation.lowerBound + 1] == 0xA7,
              let first = PinpointParser.parse(text, at: citation.lowerBound, end: citation.upperBound, allowRoman: false),
              first.pinpoint.kind == .section else { return nil }
        // `§§ 28-105.01(2) and 29-2522(3)`, `§§ 29-2519 to 29-2546`: the list or range a code's cite would read.
        let parsed = StatuteForm.listed(text, first, end: citation.upperBound)
        let rest = text.trimmed(parsed.end..<citation.upperBound)
        if let named = codeAfter(text, parsed.pinpoint, rest, start: citation.lowerBound) { return named }
        var bare = ClauseReading.BareSection(section: parsed.pinpoint, inTheAuthorsWords: false)
        // `§5.05(b), id., at 25`: the record's pages where the law is read are no pinpoint of it.
        bare.readInTheRecord = !rest.isEmpty && text.bytes[rest.lowerBound] == UInt8(ascii: ",")
            && RecordPages.end(text, after: parsed.end, end: citation.upperBound) != nil
        return ClauseReading(form: .bareSection(bare), pinpoint: parsed.pinpoint, citation: citation.lowerBound..<parsed.end,
                             trailing: rest.isEmpty ? nil : rest)
    }

    /// `§ 211 R2K (...)`, `§ 69c UrhG`: the section, then the short name of the code or work it is a
    /// section of (one word of capitals, or capitals and digits, two capitals at least), as a
    /// continental or a hurried note puts it after. A name with a digit is a work's own short name
    /// (`R2K`, `GPLv2`), the section its pinpoint; else the code's section is the work.
    private static func codeAfter(_ text: CitationText, _ section: Pinpoint, _ rest: Range<Int>, start: Int) -> ClauseReading? {
        guard !rest.isEmpty, Bytes.isUpper(text.bytes[rest.lowerBound]) else { return nil }
        var end = rest.lowerBound
        while end < rest.upperBound, Bytes.isLetter(text.bytes[end]) || Bytes.isDigit(text.bytes[end]) { end += 1 }
        let name = rest.lowerBound..<end
        let bytes = text.bytes[name]
        guard (2...8).contains(bytes.count), bytes.filter(Bytes.isUpper).count >= 2,
              end == rest.upperBound || text.bytes[end] == UInt8(ascii: " ") || text.bytes[end] == UInt8(ascii: ",") else { return nil }
        let after = text.trimmed(end..<rest.upperBound)
        // Only a parenthetical or a comma may follow the name: `§ 5 FTC Act` names an act, not a code `FTC`.
        guard after.isEmpty || text.bytes[end] == UInt8(ascii: ",") || text.bytes[after.lowerBound] == UInt8(ascii: "(") else { return nil }
        let codeName = text.string(name)
        let reading: ClauseReading
        if bytes.contains(where: Bytes.isDigit) {
            reading = ClauseReading(form: .full(ClauseReading.SharedWork(WorkDraft(kind: .document, title: codeName))), pinpoint: section,
                                    citation: start..<end, trailing: after.isEmpty ? nil : after)
        } else {
            let (title, pinpoint) = StatuteForm.section(code: codeName, section)
            var work = WorkDraft(kind: .statute, title: title)
            work.container = codeName
            reading = ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: start..<end,
                                    trailing: after.isEmpty ? nil : after)
        }
        return reading
    }
}
