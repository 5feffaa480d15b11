import LowLevel

/// The Supreme Court's rules as its opinions name them in prose: `this Court's Rules 33.1, 44.4`,
/// `this Court’s Rule 10`. Each rule listed is a work of its own (`Sup. Ct. R. 33`), as
/// `CourtRuleForm` names it; the paragraph after the rule's number (`.1`) is the pinpoint.
enum CourtOwnRulesForm: CitationForm {
    /// The first test of `read`: `this` or `This`.
    static func mayOpen(with byte: UInt8) -> Bool { byte == UInt8(ascii: "t") || byte == UInt8(ascii: "T") }

    /// `Rule` and the rule's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.ruleMark, .digit]) }

    /// The name the Bluebook gives the Court's rules.
    private static let set = "Sup. Ct. R."
    private static let openings: [StaticString] = ["this Court's Rule", "this Court’s Rule"]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let start = citation.lowerBound
        guard let opening = openings.first(where: { text.has($0, at: start, end: citation.upperBound, ignoringFirstLetterCase: true) }) else { return nil }
        var index = start + opening.utf8CodeUnitCount
        if text.has("s", at: index, end: citation.upperBound) { index += 1 }
        guard text.has(" ", at: index, end: citation.upperBound) else { return nil }
        index += 1
        var rules: [(work: WorkDraft, pinpoint: Pinpoint?)] = []
        var end = index
        while let number = RuleNumber.read(text, at: index, end: citation.upperBound) {
            rules.append(rule(text, number))
            end = number.end
            // `33.1, 44.4`, `33.1 and 44.4`: the list goes on.
            if text.has(", ", at: end, end: citation.upperBound) {
                index = end + 2
            } else if text.has(" and ", at: end, end: citation.upperBound) {
                index = end + 5
            } else {
                break
            }
            if text.has("and ", at: index, end: citation.upperBound) { index += 4 }
        }
        guard let first = rules.first else { return nil }
        let tail = LawTail.read(text, after: end, end: citation.upperBound)
        var reading = ClauseReading(form: .full(ClauseReading.SharedWork(first.work)), pinpoint: first.pinpoint,
                                    citation: start..<tail.end, trailing: tail.trailing)
        reading.siblings = rules.dropFirst().map { ClauseReading.Sibling(work: ClauseReading.SharedWork($0.work), pinpoint: $0.pinpoint) }
        return reading
    }

    /// The rule a number names (`33` of `33.1(b)`) and its paragraph and subdivisions, the pinpoint.
    static func rule(_ text: CitationText, _ number: RuleNumber) -> (work: WorkDraft, pinpoint: Pinpoint?) {
        var ruleEnd = number.rule.lowerBound
        while ruleEnd < number.rule.upperBound, Bytes.isDigit(text.bytes[ruleEnd]) { ruleEnd += 1 }
        var work = WorkDraft(kind: .statute, title: set + " " + text.string(number.rule.lowerBound..<ruleEnd))
        work.container = set
        let pinpoint = ruleEnd < number.end ? Pinpoint(kind: .section, text: text.string(ruleEnd..<number.end)) : nil
        return (work, pinpoint)
    }
}
