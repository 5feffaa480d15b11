import LowLevel

/// A rule of the English Civil Procedure Rules: `CPR 36.7`, `CPR r 36.7(2)`, `CPR r. 3.9`,
/// `CPR rule 44.3`, `CPR Part 36`. The rule (`CPR 36.7`) or the Part (`CPR Part 36`) is the work
/// (kind `statute`), its subdivision the pinpoint; in the author's words too (`changing CPR 36.7`).
enum CivilProcedureRulesForm: CitationForm {
    /// The first test of `read`: `C`.
    static func mayOpen(with byte: UInt8) -> Bool { byte == UInt8(ascii: "C") }

    /// `CPR`'s `R ` and the rule's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.ruleMark, .digit]) }

    /// The words between `CPR` and the number that say a rule is meant.
    private static let ruleWords: [StaticString] = ["r ", "r. ", "rr ", "rr. ", "rule ", "Rule ", "R "]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let found = rule(text, at: citation.lowerBound, end: citation.upperBound) else { return nil }
        let tail = LawTail.read(text, after: found.end, end: citation.upperBound)
        return ClauseReading(form: .full(ClauseReading.SharedWork(found.work)), pinpoint: found.pinpoint,
                             citation: citation.lowerBound..<tail.end, trailing: tail.trailing)
    }

    /// Every rule the author's words in `range` name, in order, each a citation.
    static func mentions(_ text: CitationText, in range: Range<Int>) -> [(Range<Int>, ClauseReading)] {
        guard text.contains("CPR ", in: range) else { return [] }
        var found: [(Range<Int>, ClauseReading)] = []
        var index = range.lowerBound
        while index + 4 < range.upperBound {
            if text.bytes[index] == UInt8(ascii: "C"), let rule = rule(text, at: index, end: range.upperBound) {
                found.append((index..<rule.end, ClauseReading(form: .full(ClauseReading.SharedWork(rule.work)), pinpoint: rule.pinpoint, citation: index..<rule.end)))
                index = rule.end
            } else {
                index += 1
            }
        }
        return found
    }

    /// The rule named at `start` (`CPR 36.7(2)`), its subdivision and where it ends.
    private static func rule(_ text: CitationText, at start: Int, end: Int) -> (work: WorkDraft, pinpoint: Pinpoint?, end: Int)? {
        guard text.has("CPR ", at: start, end: end), start == 0 || !Bytes.isWordByte(text.bytes[start - 1]) else { return nil }
        var index = start + 4
        var title = "CPR "
        if text.has("Part ", at: index, end: end) {
            index += 5
            title += "Part "
        } else if let word = ruleWords.first(where: { text.has($0, at: index, end: end) }) {
            index += word.utf8CodeUnitCount
        }
        guard let number = RuleNumber.read(text, at: index, end: end) else { return nil }
        var work = WorkDraft(kind: .statute, title: title + text.string(number.rule))
        work.container = "CPR"
        return (work, number.subdivisions(text), number.end)
    }
}
