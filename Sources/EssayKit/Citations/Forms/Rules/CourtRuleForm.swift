import LowLevel

/// A rule of court cited by its set and number: the federal rules (`Fed. R. Civ. P. 23(b)(2)`,
/// `Fed.R.Civ.P. 12(b)(6)`, `Fed. R. Evid. 702`, `Federal Rule of Civil Procedure 56(a)`), the
/// Supreme Court's (`Sup. Ct. R. 10`) and a district's local rules (`L.R. 7.1(a)(1)`, `LR 7.1`,
/// `D.N.H. L.R. 7.2`, `Local Rule 56.1`).
///
/// The work is the rule (kind `statute`), named by its set as the Bluebook abbreviates it and its
/// number (`Fed. R. Civ. P. 23`; a local rule with its court, when printed, and as printed: `Local
/// Rule 7.1 of the District Court for ...`, `D.N.H. L.R. 7.2`); the subdivision is the
/// pinpoint (`(b)(2)`), so that `Fed. R. Civ. P. 23(b)(3)` in another note is the same rule.
enum CourtRuleForm: CitationForm {
    /// The first test of `read`: the capital a rule's set opens with (`F`, `S`, `L`), or a court's
    /// before a local rule (`D.N.H.`, `S.D.N.Y.`, `N.D. Cal.`) or a circuit's number (`10th Cir.`).
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) || Bytes.isDigit(byte) }

    /// A rule set's `R.`, `R ` or `Rule`, and the rule's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.ruleMark, .digit]) }

    /// The sets' names as printed, each with the Bluebook's abbreviation.
    private static let sets: [(printed: StaticString, name: String)] = [
        ("Fed. R. Civ. P. ", "Fed. R. Civ. P."), ("Fed.R.Civ.P. ", "Fed. R. Civ. P."), ("Fed. R. Civ. Pro. ", "Fed. R. Civ. P."),
        ("Fed. R. Evid. ", "Fed. R. Evid."), ("Fed.R.Evid. ", "Fed. R. Evid."),
        ("Fed. R. App. P. ", "Fed. R. App. P."), ("Fed.R.App.P. ", "Fed. R. App. P."),
        ("Fed. R. Crim. P. ", "Fed. R. Crim. P."), ("Fed.R.Crim.P. ", "Fed. R. Crim. P."),
        ("Fed. R. Bankr. P. ", "Fed. R. Bankr. P."), ("Fed.R.Bankr.P. ", "Fed. R. Bankr. P."),
        ("Federal Rule of Civil Procedure ", "Fed. R. Civ. P."), ("Federal Rules of Civil Procedure ", "Fed. R. Civ. P."),
        ("Federal Rule of Evidence ", "Fed. R. Evid."), ("Federal Rules of Evidence ", "Fed. R. Evid."),
        ("Federal Rule of Appellate Procedure ", "Fed. R. App. P."), ("Federal Rule of Criminal Procedure ", "Fed. R. Crim. P."),
        ("Federal Rule of Bankruptcy Procedure ", "Fed. R. Bankr. P."),
        ("Sup. Ct. R. ", "Sup. Ct. R."),
    ]
    /// A district's local rules as printed, each as the work names them.
    private static let localSets: [(printed: StaticString, name: String)] = [
        ("L.R. ", "L.R."), ("LR ", "L.R."), ("Local Rule ", "Local Rule"), ("Loc. R. ", "L.R."),
        ("L. Civ. R. ", "L. Civ. R."), ("L.Civ.R. ", "L. Civ. R."), ("Local Civil Rule ", "Local Civil Rule"), ("Local Civ. R. ", "L. Civ. R."),
        ("Civ. L.R. ", "Civ. L.R."), ("LCvR ", "LCvR"),
    ]
    /// The names of a district's local rules whose court may be named after the rule.
    private static let localNames: Set<String> = ["L.R.", "L. Civ. R.", "Local Rule", "Local Civil Rule"]
    /// A circuit's rules as printed after its name (`10th Cir. R. 32.1`, `D.C. Cir. R. 28`).
    private static let circuitSets: [(printed: StaticString, name: String)] = [("R. App. P. ", "R. App. P."), ("R. ", "R.")]
    /// The most words of a court's name before its local rules (`N.D. Cal.`).
    private static let longestCourt = 3

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let start = citation.lowerBound
        guard start < citation.upperBound else { return nil }
        let lead = text.bytes[start]
        var name: String?
        var numberStart = start
        // The gate: `F`, `S` or `L` for a set named first; else a court's name and a local set.
        if lead == UInt8(ascii: "F") || lead == UInt8(ascii: "S") {
            if let set = sets.first(where: { text.has($0.printed, at: start, end: citation.upperBound) }) {
                name = set.name
                numberStart = start + set.printed.utf8CodeUnitCount
            }
        }
        if name == nil, let local = localRules(text, citation) {
            name = local.name
            numberStart = local.numberStart
        }
        if name == "Sup. Ct. R.", let number = RuleNumber.read(text, at: numberStart, end: citation.upperBound) {
            // `Sup. Ct. R. 33.1`: rule 33, its paragraph 1, as the Court's own prose names it (`CourtOwnRulesForm`).
            let rule = CourtOwnRulesForm.rule(text, number)
            let tail = LawTail.read(text, after: number.end, end: citation.upperBound)
            return ClauseReading(form: .full(ClauseReading.SharedWork(rule.work)), pinpoint: rule.pinpoint, citation: start..<tail.end, trailing: tail.trailing)
        }
        guard let name, numberStart < citation.upperBound, Bytes.isDigit(text.bytes[numberStart]),
              let rule = PinpointParser.bareSection(text, at: numberStart, end: citation.upperBound)
                ?? ruleNumber(text, at: numberStart, end: citation.upperBound) else { return nil }
        var (title, pinpoint) = StatuteForm.section(code: name, rule.pinpoint)
        title = title.replacingOccurrences(of: " § ", with: " ")
        var container = name
        var ruleEnd = rule.end
        // `Local Rule 7.1(d) of the District Court for the Eastern District of Ohio`: a local rule
        // with its court named after it, in the words printed (the rule first, its court's after
        // it, the court its jurisdiction), as one named before it (`D.N.H. L.R. 7.2`) is.
        if localNames.contains(name), let court = courtAfter(text, rule.end, end: citation.upperBound) {
            let courtName = text.string(court)
            title += " of the " + courtName
            container = courtName
            ruleEnd = court.upperBound
        }
        var work = WorkDraft(kind: .statute, title: title)
        work.container = container
        let tail = LawTail.read(text, after: ruleEnd, end: citation.upperBound)
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: start..<tail.end, trailing: tail.trailing)
    }

    /// A local rule's set at the citation's start, perhaps after its court's name (`D.N.H. L.R.`,
    /// `D. Mass. Local Rule`): the set's name with the court's, and where the number opens.
    private static func localRules(_ text: CitationText, _ citation: Range<Int>) -> (name: String, numberStart: Int)? {
        var offset = citation.lowerBound
        for _ in 0...longestCourt {
            let afterCircuit = offset > citation.lowerBound + 5 && text.has("Cir. ", at: offset - 5, end: citation.upperBound)
            if let set = (afterCircuit ? circuitSets : localSets).first(where: { text.has($0.printed, at: offset, end: citation.upperBound) }) {
                let court = text.trimmed(citation.lowerBound..<offset)
                let name = court.isEmpty ? set.name : text.string(court) + " " + set.name
                return (name, offset + set.printed.utf8CodeUnitCount)
            }
            // A court's word: a district's letters first (`D.N.H.`, `S.D.N.Y.`, `N.D.`), then an
            // abbreviated place (`Mass.`, `Cal.`); a journal's `Harv. L.R.` names no court.
            var end = offset
            while end < citation.upperBound, text.bytes[end] != UInt8(ascii: " ") { end += 1 }
            if offset == citation.lowerBound, isOrdinal(text, offset..<end), text.has(" Cir. ", at: end, end: citation.upperBound) {
                // `10th Cir.`: a circuit by its number.
                offset = end + 1
                continue
            }
            guard end > offset, end < citation.upperBound, Bytes.isUpper(text.bytes[offset]), text.bytes[end - 1] == UInt8(ascii: ".") else { return nil }
            if offset == citation.lowerBound, !opensDistrict(text, at: offset, end: end),
               !((text.equals(offset..<end, "D.C.") || text.equals(offset..<end, "Fed.")) && text.has(" Cir. ", at: end, end: citation.upperBound)) {
                return nil
            }
            offset = end + 1
        }
        return nil
    }

    /// Words that join a court's name in roman (`District Court for the Eastern District of Ohio`).
    private static let courtJoiners: Set<String> = ["of", "for", "the", "and"]
    /// The most words of a court's name after its rule.
    private static let longestCourtName = 12

    /// The court named after a rule (` of the District Court for the Eastern District of Ohio`):
    /// capitalised words and their joiners, one of them `Court`, to the last capitalised word.
    private static func courtAfter(_ text: CitationText, _ offset: Int, end: Int) -> Range<Int>? {
        guard text.has(" of the ", at: offset, end: end) else { return nil }
        let start = offset + 8
        var last: Int?
        var namesCourt = false
        for word in text.words(in: start..<end, limit: longestCourtName) {
            let core = text.trimmingTrailing(word, [UInt8(ascii: ","), UInt8(ascii: ";")])
            if Bytes.isUpper(text.bytes[core.lowerBound]) {
                if text.equals(core, "Court") { namesCourt = true }
                last = core.upperBound
                if core.upperBound < word.upperBound { break }
            } else if !courtJoiners.contains(text.string(core)) {
                break
            }
        }
        guard namesCourt, let last else { return nil }
        return start..<last
    }

    /// Whether a district court's letters open the word at `offset`: `D.`, or a compass point's
    /// or the middle's letter and `.D.` (`S.D.N.Y.`, `N.D.`, `C.D.`, `M.D.`).
    private static func opensDistrict(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        if text.has("D.", at: offset, end: end) { return true }
        return [UInt8(ascii: "N"), UInt8(ascii: "S"), UInt8(ascii: "E"), UInt8(ascii: "W"), UInt8(ascii: "C"), UInt8(ascii: "M")]
            .contains(text.bytes[offset]) && text.has(".D.", at: offset + 1, end: end)
    }

    /// Whether `word` is an ordinal in figures (`1st`, `2d`, `10th`).
    private static func isOrdinal(_ text: CitationText, _ word: Range<Int>) -> Bool {
        var index = word.lowerBound
        while index < word.upperBound, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > word.lowerBound else { return false }
        let suffix = text.string(index..<word.upperBound)
        return ["st", "nd", "rd", "th", "d"].contains(suffix)
    }

    /// A rule's number that `PinpointParser.bareSection` leaves (`56.1`, `7.1(a)`): digits and
    /// periods, then its subdivisions, as a section pinpoint.
    private static func ruleNumber(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        var index = offset
        while index < end, Bytes.isDigit(text.bytes[index]) || (text.bytes[index] == UInt8(ascii: ".") && index + 1 < end && Bytes.isDigit(text.bytes[index + 1])) {
            index += 1
        }
        while index < end, text.bytes[index] == UInt8(ascii: "("), let close = text.closingBracket(after: index, end: end), close - index <= 6 {
            index = close
        }
        guard index > offset, index == end || !Bytes.isWordByte(text.bytes[index]) else { return nil }
        return (Pinpoint(kind: .section, text: "§ " + text.string(offset..<index)), index)
    }
}
