import LowLevel

/// A section cited by its sign and number alone, `§300gg–11`, `§ 18022(c)`, `§§ 3, 5`, right
/// after a code's section in the same note (`42 U. S. C. §18022(b)(1)(D) ... see §300gg–11`):
/// another section of that code, as court opinions write it.
///
/// The reading is a bare section (`ClauseReading.Form.bareSection`), its pinpoint the section; the
/// run gives it a code by the one rule for bare sections (`ResolutionRun.citeBareSection`), and
/// otherwise takes the clause as the author's words, with no citation.
enum BareSectionForm: CitationForm {
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The gate: the clause opens with `§` (0xC2 0xA7).
        guard citation.count >= 3, text.bytes[citation.lowerBound] == 0xC2, text.bytes[citation.lowerBound + 1] == 0xA7,
              let parsed = PinpointParser.parse(text, at: citation.lowerBound, end: citation.upperBound, allowRoman: false),
              parsed.pinpoint.kind == .section else { return nil }
        let rest = text.trimmed(parsed.end..<citation.upperBound)
        var bare = ClauseReading.BareSection(section: parsed.pinpoint, inTheAuthorsWords: false)
        // `§5.05(b), id., at 25`: the record's pages where the law is read are no pinpoint of it.
        bare.readInTheRecord = !rest.isEmpty && text.bytes[rest.lowerBound] == UInt8(ascii: ",")
            && RecordPages.end(text, after: parsed.end, end: citation.upperBound) != nil
        return ClauseReading(form: .bareSection(bare), pinpoint: parsed.pinpoint, citation: citation.lowerBound..<parsed.end,
                             trailing: rest.isEmpty ? nil : rest)
    }
}
