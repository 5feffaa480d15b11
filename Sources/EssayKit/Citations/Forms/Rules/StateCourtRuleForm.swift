import LowLevel

/// A state's or a circuit's rule of court by its set and number, in the Bluebook's capitals or in
/// roman: `GA. R. APP. P. 7.210`, `MINN. R. CIV. P. 5.04(b)`, `NEV. SUP. CT. R. 212(b)`,
/// `9TH CIR. R. 30-1(c)`, `KAN. RULES § 3-2`, `Tex. R. App. P. 47.7`.
///
/// The set opens with a state's abbreviation (or a circuit's `9TH CIR.`), goes on with abbreviated
/// words (`SUP.`, `CT.`, `CIV.`, `P.`) among which `R.`, `RULE` or `RULES` is, and the number
/// follows. The work is the rule (kind `statute`) named in roman (`Minn. R. Civ. P. 5.04`), so
/// that both styles name one rule; its subdivision is the pinpoint, as `CourtRuleForm` has it.
enum StateCourtRuleForm: CitationForm {
    /// The first test of `read`: a state's capital, or a circuit's number.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) || Bytes.isDigit(byte) }

    /// A set's `R.`, `R ` or `Rule`, and the rule's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.ruleMark, .digit]) }

    /// The states' and the District's abbreviations as the Bluebook writes them, folded to capitals.
    private static let places: Set<String> = [
        "ALA.", "ALASKA", "ARIZ.", "ARK.", "CAL.", "COLO.", "CONN.", "DEL.", "D.C.", "FLA.", "GA.", "HAW.", "HAWAII", "IDAHO",
        "ILL.", "IND.", "IOWA", "KAN.", "KY.", "LA.", "ME.", "MD.", "MASS.", "MICH.", "MINN.", "MISS.", "MO.", "MONT.", "NEB.",
        "NEV.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "OHIO", "OKLA.", "OR.", "PA.", "R.I.", "S.C.", "S.D.", "TENN.",
        "TEX.", "UTAH", "VT.", "VA.", "WASH.", "W.", "WIS.", "WYO.",
    ]
    /// The most words of a set's name after its place (`SUP. CT. R. APP. P.`).
    private static let longestSet = 7

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = text.firstWord(in: citation) else { return nil }
        var setStart = first.upperBound
        if Bytes.isDigit(text.bytes[first.lowerBound]) {
            // `9TH CIR. R.`: a circuit by its number.
            guard isOrdinal(text, first), let cir = text.firstWord(in: first.upperBound..<citation.upperBound),
                  text.equals(cir, "CIR.") || text.equals(cir, "Cir.") else { return nil }
            setStart = cir.upperBound
        } else {
            guard first.count <= 6, places.contains(text.string(first).uppercased()) else { return nil }
        }
        // The set's words, each abbreviated or in capitals, up to the number.
        var index = text.skipSpaces(from: setStart, end: citation.upperBound)
        var namesRule = false
        var nameEnd = setStart
        var words = 0
        while index < citation.upperBound, !Bytes.isDigit(text.bytes[index]) {
            guard words < longestSet, let word = text.firstWord(in: index..<citation.upperBound) else { return nil }
            if text.equals(word, "§") {
                guard namesRule else { return nil }
                index = text.skipSpaces(from: word.upperBound, end: citation.upperBound)
                break
            }
            guard isSetWord(text, word) else { return nil }
            if text.equals(word, "R.") || text.equals(word, "RULE") || text.equals(word, "RULES") || text.equals(word, "Rule") || text.equals(word, "Rules") {
                namesRule = true
            }
            nameEnd = word.upperBound
            words += 1
            index = text.skipSpaces(from: word.upperBound, end: citation.upperBound)
        }
        guard namesRule, let number = RuleNumber.read(text, at: index, end: citation.upperBound) else { return nil }
        let printed = text.string(first.lowerBound..<nameEnd)
        let name = printed.utf8.contains(where: Bytes.isLower) ? printed : RuleNumber.romanCase(printed)
        let sign = text.contains("§", in: nameEnd..<index) ? " § " : " "
        var work = WorkDraft(kind: .statute, title: name + sign + text.string(number.rule))
        work.container = name
        let tail = LawTail.read(text, after: number.end, end: citation.upperBound)
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: number.subdivisions(text),
                             citation: first.lowerBound..<tail.end, trailing: tail.trailing)
    }

    /// Whether `word` may be part of a set's name: it opens with a capital and is letters with
    /// periods or apostrophes, abbreviated (`App.`, `CT.`, `Prof'l`) or all in capitals (`RULES`).
    private static func isSetWord(_ text: CitationText, _ word: Range<Int>) -> Bool {
        let bytes = text.bytes[word]
        guard let lead = bytes.first, Bytes.isUpper(lead),
              bytes.allSatisfy({ Bytes.isLetter($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "'") }) else { return false }
        return bytes.last == UInt8(ascii: ".") || !bytes.contains(where: Bytes.isLower) || text.equals(word, "Rule") || text.equals(word, "Rules")
    }

    /// Whether `word` is an ordinal in figures, in either case (`9TH`, `2D`, `1st`).
    private static func isOrdinal(_ text: CitationText, _ word: Range<Int>) -> Bool {
        var index = word.lowerBound
        while index < word.upperBound, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > word.lowerBound else { return false }
        return ["ST", "ND", "RD", "TH", "D"].contains(text.string(index..<word.upperBound).uppercased())
    }
}
