import LowLevel

/// The Constitution of the United States cited by its article and clause alone, as the Supreme
/// Court cites it: `Art. I, §10, cl. 3`, `Art. VI, cl. 2`. The work is the Constitution (`U.S.
/// Const.`, as `ConstitutionForm` names it), the parts its pinpoint.
///
/// Only an article of one to seven in Roman numerals with a clause (`cl.`) is taken: that is the
/// Constitution's own frame, which no compact or foreign code shares (`Art. V(A)`, `Art. 5`); a
/// bare `Art. III, §2` stays the author's words rather than risk a wrong work.
enum ArticleClauseForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "A")
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The gate: `Art. ` opens the clause.
        guard citation.count >= 12, text.has("Art. ", at: citation.lowerBound, end: citation.upperBound) else { return nil }
        var index = citation.lowerBound + 5
        let numeral = index
        while index < citation.upperBound, [UInt8(ascii: "I"), UInt8(ascii: "V")].contains(text.bytes[index]) { index += 1 }
        guard index > numeral, ["I", "II", "III", "IV", "V", "VI", "VII"].contains(text.string(numeral..<index)),
              index < citation.upperBound, text.bytes[index] == UInt8(ascii: ",") else { return nil }
        // `, §10` perhaps, then `, cl. 3`.
        var next = text.skipSpaces(from: index + 1, end: citation.upperBound)
        if text.has("§", at: next, end: citation.upperBound) {
            guard let section = PinpointParser.parse(text, at: next, end: citation.upperBound, allowRoman: false),
                  section.end < citation.upperBound, text.bytes[section.end] == UInt8(ascii: ",") else { return nil }
            next = text.skipSpaces(from: section.end + 1, end: citation.upperBound)
        }
        guard text.has("cl. ", at: next, end: citation.upperBound) else { return nil }
        var end = next + 4
        let digits = end
        while end < citation.upperBound, Bytes.isDigit(text.bytes[end]) { end += 1 }
        guard end > digits else { return nil }
        let rest = text.trimmed(end..<citation.upperBound)
        // Only the author's parenthetical remark may follow.
        guard rest.isEmpty || text.bytes[rest.lowerBound] == UInt8(ascii: "(") else { return nil }
        let work = WorkDraft(kind: .constitution, title: "U.S. Const.")
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: Pinpoint(kind: .article, text: text.string(citation.lowerBound..<end)),
                             citation: citation.lowerBound..<end, trailing: rest.isEmpty ? nil : rest)
    }
}
