import LowLevel

/// A rule of court named inside the author's words or an explanatory parenthetical: `(applying
/// Federal Rule of Evidence 803(6) to the ledger)`, `dismissed under Fed. R. Civ. P. 12(b)(6)`,
/// `late under Federal Rule of Appellate Procedure 4(a)`, `(discussing CPR 44.3(4)(a))`.
///
/// Each is the rule its set's name and number give, read where the name opens by the form that
/// reads it opening a clause (`CourtRuleForm`, `CivilProcedureRulesForm`): the same work, with the
/// same subdivision as pinpoint, as the rule cited on its own. Only a federal set (`Fed.`,
/// `Federal`) or `CPR` with a number counts: a set's name and its number are a mark no prose has.
enum RuleMentionForm: CitationForm {
    /// A rule set's `R.`, `Rule` and the rule's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.ruleMark, .digit]) }

    /// The first rule named in `body`, the words before it the author's, those after it trailing.
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        guard let (range, reading) = mentions(text, in: ClauseEnds.withoutClosingPeriod(text, body), first: true).first else { return nil }
        var found = reading
        let rest = text.trimmed(range.upperBound..<body.upperBound)
        found.trailing = rest.isEmpty || found.trailing != nil ? found.trailing : rest
        return found
    }

    /// Every rule the words in `range` name, in order, each a citation.
    static func mentions(_ text: CitationText, in range: Range<Int>, first: Bool = false) -> [(Range<Int>, ClauseReading)] {
        var found = federalRules(text, in: range, first: first)
        if !(first && !found.isEmpty) {
            found += CivilProcedureRulesForm.mentions(text, in: range)
            found.sort { $0.0.lowerBound < $1.0.lowerBound }
        }
        return found
    }

    /// The federal rules named in `range` (`Fed. R. Evid. 803(6)`, `Federal Rules of Civil Procedure
    /// 12(b)(6)`): at each `Fed` opening a word, `CourtRuleForm`'s reading.
    private static func federalRules(_ text: CitationText, in range: Range<Int>, first: Bool) -> [(Range<Int>, ClauseReading)] {
        guard text.contains("Fed", in: range) else { return [] }
        var found: [(Range<Int>, ClauseReading)] = []
        var offset = text.firstOffset(of: UInt8(ascii: "F"), from: range.lowerBound, end: range.upperBound)
        while offset < range.upperBound {
            if text.has("Fed", at: offset, end: range.upperBound), text.isWordStart(offset, from: range.lowerBound),
               let reading = CourtRuleForm.read(text, offset..<range.upperBound) {
                var mention = reading
                mention.trailing = nil
                found.append((reading.citation, mention))
                if first { return found }
                offset = text.firstOffset(of: UInt8(ascii: "F"), from: reading.citation.upperBound, end: range.upperBound)
            } else {
                offset = text.firstOffset(of: UInt8(ascii: "F"), from: offset + 1, end: range.upperBound)
            }
        }
        return found
    }
}
