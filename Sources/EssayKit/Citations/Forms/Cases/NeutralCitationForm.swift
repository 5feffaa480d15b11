import LowLevel

/// A case cited as Commonwealth courts cite: by its neutral citation, the year, the court and the
/// decision's number (`Haida Nation v. British Columbia (Minister of Forests), 2004 SCC 73`,
/// `2017 FC 906`, `1984 CanLII 518 (BC CA)`, `[2019] UKSC 41`, `[2020] EWCA Civ 12`), or by a
/// report with its year in brackets before the volume (`[1997] 3 S.C.R. 1010`, `[1932] AC 562`).
///
/// What follows is read as such citations go on: parallel cites, a pinpoint (`, para. 44`,
/// `at paras 5-6`, `at [45]`), the court in parentheses, and a short name the author defines in
/// brackets or quotation marks (`[Osoyoos]`, `("Southwind FC")`), which `ParagraphShortForm` then
/// finds. A year without brackets is a neutral citation only after a case's name (`v.`, `v`,
/// `Re`, `Reference re`) or as CanLII's, and only where no reporter of reporters-db reads it (the
/// United States' public-domain citations, `2019 IL 123456`, are `CaseForm`'s): `2004 Wis. L.
/// Rev. 73` is a journal, and a journal's abbreviation has periods no court's has.
enum NeutralCitationForm: CitationForm {
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || Bytes.isDigit(byte) || byte == UInt8(ascii: "[") || byte >= 0xC0
    }

    /// Needs a neutral citation's year, four digits before a space or `]`.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .yearThenSpace) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // `Roe v Poe [2019] ZAS3CA 77`: a court's code mistyped with a digit, read only after a case's name.
        let found = firstCite(text, in: citation).map { ($0, false) } ?? firstMistypedCite(text, in: citation).map { ($0, true) }
        guard let (cite, mistyped) = found else { return nil }
        let opensWithCite = cite.start == citation.lowerBound
        if mistyped, opensWithCite { return nil }
        var name = opensWithCite ? cite.start..<cite.start : CaseName.range(endingAt: cite.start, from: citation.lowerBound, in: text)
        // `Roe v Poe (123/2018) [2019] ZASCA 77`: the case's number before its citation is no part of its name.
        if let named = name, let numbered = withoutCaseNumber(text, named) { name = numbered }
        if mistyped, !(name.map { isCaseName(text, $0) } ?? false) { return nil }
        // `State v Ormo, PLD 1961 SC 212`: the capitals before the year are the report's series.
        let series = cite.isBracketed ? nil : name.flatMap { ReporterSeriesPrefix.split(text, name: $0, volume: String(cite.year)) }
        if let series { name = series.name }
        // `[2008] UKHL 15 at para 27`: a note giving only the report of a case its sentence names,
        // read only when nothing but the citation's own parts follows the cite.
        guard let name, opensWithCite ? cite.isBracketed : isCaseName(text, name) || cite.isBracketed || cite.isCanLII else { return nil }
        var work = WorkDraft(kind: .case, title: opensWithCite ? "" : text.string(name))
        work.year = cite.year
        work.volume = cite.volume ?? String(cite.year)
        work.container = series.map { $0.series + " " + cite.court } ?? cite.court
        work.firstPage = cite.number
        if !cite.isReport { work.courtName = cite.court }
        var tail = CommonwealthCaseTail.read(text, after: cite.end, end: citation.upperBound)
        tail.complete(&work, in: text, end: citation.upperBound)
        if opensWithCite, tail.trailing != nil { return nil }
        return tail.reading(of: work, from: name.lowerBound)
    }

    /// A neutral citation or bracketed year's report, as read at its start.
    struct Cite {
        var start: Int
        var year: Int
        /// The report's volume (`3` of `[1997] 3 S.C.R. 1010`); nil for a neutral citation.
        var volume: String?
        /// The court (`SCC`, `EWCA Civ`, `CanLII`) or the report (`S.C.R.`).
        var court: String
        /// The decision's number, or the report's first page.
        var number: String
        var end: Int
        var isBracketed: Bool
        var isReport: Bool
        var isCanLII: Bool
    }

    /// The first cite of `range` at its top level: a year in brackets (`[`, four digits, `]`), or
    /// a volume start (`CitationText.volumeStarts`) of four digits that is no reporter's volume.
    static func firstCite(_ text: CitationText, in range: Range<Int>) -> Cite? {
        let base = text.baseLevel(of: range)
        var bracketed: Cite?
        var bracket = text.firstOffset(of: UInt8(ascii: "["), from: range.lowerBound, end: range.upperBound)
        while bracket < range.upperBound {
            if text.isAtLevel(bracket, base: base), let cite = read(text, at: bracket, end: range.upperBound) {
                bracketed = cite
                break
            }
            bracket = text.firstOffset(of: UInt8(ascii: "["), from: bracket + 1, end: range.upperBound)
        }
        // An unbracketed one before it comes first (`2004 SCC 73, [2004] 3 S.C.R. 511`).
        for start in text.volumeStarts where start >= range.lowerBound {
            guard start + 4 < min(range.upperBound, bracketed?.start ?? range.upperBound) else { break }
            guard text.bytes[start + 4] == UInt8(ascii: " "), text.isTopLevel(start, base: base),
                  let cite = read(text, at: start, end: range.upperBound), text.firstReporterCite(in: start..<range.upperBound)?.start != start
            else { continue }
            return cite
        }
        return bracketed
    }

    /// The first bracketed cite of `range` at its top level whose court's code holds a digit, as a
    /// typing slip leaves it (`[2019] ZAS3CA 77`), or nil.
    private static func firstMistypedCite(_ text: CitationText, in range: Range<Int>) -> Cite? {
        let base = text.baseLevel(of: range)
        var bracket = text.firstOffset(of: UInt8(ascii: "["), from: range.lowerBound, end: range.upperBound)
        while bracket < range.upperBound {
            if text.isAtLevel(bracket, base: base), let cite = read(text, at: bracket, end: range.upperBound, mistyped: true) { return cite }
            bracket = text.firstOffset(of: UInt8(ascii: "["), from: bracket + 1, end: range.upperBound)
        }
        return nil
    }

    /// `name` without the case number in parentheses at its end (`Roe v Poe (123/2018)`), or nil
    /// when it ends in none.
    private static func withoutCaseNumber(_ text: CitationText, _ name: Range<Int>) -> Range<Int>? {
        let bytes = text.bytes
        guard name.count > 4, bytes[name.upperBound - 1] == UInt8(ascii: ")") else { return nil }
        var open = name.upperBound - 2
        while open > name.lowerBound, Bytes.isDigit(bytes[open]) || bytes[open] == UInt8(ascii: "/") { open -= 1 }
        guard bytes[open] == UInt8(ascii: "("), open + 1 < name.upperBound - 1, bytes[open + 1..<name.upperBound - 1].contains(UInt8(ascii: "/")) else { return nil }
        let kept = text.trimmed(name.lowerBound..<open)
        return kept.isEmpty ? nil : kept
    }

    /// The cite at `start` (a `[` or a year's first digit), or nil. With `mistyped`, only a
    /// bracketed year and a court's code of one word of capitals holding a digit (`ZAS3CA`).
    static func read(_ text: CitationText, at start: Int, end: Int, mistyped: Bool = false) -> Cite? {
        let bytes = text.bytes
        let bracketed = bytes[start] == UInt8(ascii: "[")
        let yearStart = bracketed ? start + 1 : start
        guard yearStart + 4 <= end, bytes[yearStart..<yearStart + 4].allSatisfy(Bytes.isDigit),
              let year = DateWords.year(in: bytes[yearStart..<yearStart + 4]) else { return nil }
        var index = yearStart + 4
        if bracketed {
            guard index < end, bytes[index] == UInt8(ascii: "]") else { return nil }
            index += 1
        }
        guard index + 1 < end, bytes[index] == UInt8(ascii: " ") else { return nil }
        index += 1
        // `[1997] 3 S.C.R. 1010`: a report's volume after the bracketed year.
        var volume: String?
        if bracketed, Bytes.isDigit(bytes[index]) {
            var digits = index
            while digits < end, Bytes.isDigit(bytes[digits]) { digits += 1 }
            guard digits - index <= 3, digits + 1 < end, bytes[digits] == UInt8(ascii: " ") else { return nil }
            volume = text.string(index..<digits)
            index = digits + 1
        }
        if mistyped {
            guard bracketed, volume == nil else { return nil }
            return mistypedCode(text, year: year, start: start, codeAt: index, end: end)
        }
        // The court or report: capitalised words, without periods for a neutral citation
        // unbracketed (`SCC`, `EWCA Civ`), with them for a report (`S.C.R.`, `All E.R.`).
        let courtStart = index
        guard let courtWords = ReportSeriesWords.read(bytes, from: index, end: end, maximumWords: maximumCourtWords,
                                                      longestWord: longestCourtWord, periods: true) else { return nil }
        let courtEnd = courtWords.end
        let hasPeriod = courtWords.hasPeriod
        index = courtWords.next
        let court = text.string(courtStart..<courtEnd)
        // `[1948] Ch 155`: the English reports with one capital, cited by year with no volume.
        guard courtWords.words > 0, courtWords.capitals >= 2 || bracketed && volume == nil && oneCapitalReports.contains(court), index < end,
              Bytes.isDigit(bytes[index]) else { return nil }
        let isCanLII = court == "CanLII"
        // Unbracketed, a court's abbreviation is one of capitals, perhaps with a division
        // (`EWCA Civ`), and never a journal's periods.
        if !bracketed, hasPeriod || !Bytes.isUpper(bytes[courtStart + 1]) && !isCanLII { return nil }
        let numberStart = index
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index - numberStart <= 7, text.isWordEnd(index, end: end) else { return nil }
        var number = text.string(numberStart..<index)
        // `[2013] 3 WLR 44 1`: a converter's space inside a report's page, its last digit left
        // alone before the citation's end or its punctuation, is one page (`441`).
        if volume != nil, let joined = splitPageDigit(text, at: index, end: end) {
            number += text.string(joined - 1..<joined)
            index = joined
        }
        // `[2010] EWHC 2210 QB`: the division printed bare after the number, not in brackets.
        if index + 1 < end, bytes[index] == UInt8(ascii: " "),
           let division = bareDivisions.first(where: { text.has($0, at: index + 1, end: end) && text.isWordEnd(index + 1 + $0.utf8CodeUnitCount, end: end) }) {
            index += 1 + division.utf8CodeUnitCount
        }
        return Cite(start: start, year: year, volume: volume, court: court, number: number, end: index,
                    isBracketed: bracketed, isReport: volume != nil || hasPeriod || bracketed && oneCapitalReports.contains(court), isCanLII: isCanLII)
    }

    /// Just past a lone digit a space parts from the page ending at `offset`, when nothing but the
    /// end, a comma, a semicolon, a period or a bracket follows it; nil otherwise.
    private static func splitPageDigit(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        let bytes = text.bytes
        guard offset + 1 < end, bytes[offset] == UInt8(ascii: " "), Bytes.isDigit(bytes[offset + 1]) else { return nil }
        let after = offset + 2
        guard after < end else { return after }
        let next = bytes[after]
        if [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ")")].contains(next) { return after }
        if next == UInt8(ascii: " "), after + 1 < end, bytes[after + 1] == UInt8(ascii: "(") || bytes[after + 1] == UInt8(ascii: "[") { return after }
        return nil
    }

    /// `ZAS3CA 77` at `offset` after a bracketed year: one word of two capitals at least and a
    /// digit, then the decision's number.
    private static func mistypedCode(_ text: CitationText, year: Int, start: Int, codeAt offset: Int, end: Int) -> Cite? {
        let bytes = text.bytes
        var index = offset
        var capitals = 0
        var digits = 0
        while index < end, Bytes.isUpper(bytes[index]) || Bytes.isDigit(bytes[index]) {
            if Bytes.isDigit(bytes[index]) { digits += 1 } else { capitals += 1 }
            index += 1
        }
        guard index > offset, Bytes.isUpper(bytes[offset]), capitals >= 2, (1...2).contains(digits), index - offset <= longestCourtWord,
              index + 1 < end, bytes[index] == UInt8(ascii: " "), Bytes.isDigit(bytes[index + 1]) else { return nil }
        let court = text.string(offset..<index)
        let numberStart = index + 1
        index = numberStart
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index - numberStart <= 7, text.isWordEnd(index, end: end) else { return nil }
        return Cite(start: start, year: year, volume: nil, court: court, number: text.string(numberStart..<index), end: index,
                    isBracketed: true, isReport: false, isCanLII: false)
    }

    /// The Law Reports' series whose abbreviation has one capital (`[1948] Ch 155`, `[1990] Fam 1`).
    private static let oneCapitalReports: Set<String> = ["Ch", "Fam", "P"]

    /// The High Court's divisions, as printed bare after a neutral citation's number.
    private static let bareDivisions: [StaticString] = ["QB", "KB", "Ch", "Fam", "Admin", "Comm", "TCC", "Pat", "IPEC"]

    /// The most words a court's or report's abbreviation has (`EWHC`, `EWCA Civ`, `All E.R.`).
    private static let maximumCourtWords = 3
    /// The longest word of one (`CanLII`, `NSWCA`, `W.L.R.`).
    private static let longestCourtWord = 8

    /// Whether `name` reads as a case's: parties joined by `v.`, `v` or `vs.`, or a reference
    /// (`Re Foo`, `Reference re Foo`, `Foo (Re)`).
    static func isCaseName(_ text: CitationText, _ name: Range<Int>) -> Bool {
        let words = text.words(in: name, limit: 24)
        if let first = words.first, text.equals(first, "Re") || text.equals(first, "Reference") || text.equals(first, "In") { return true }
        if let last = words.last, text.equals(last, "(Re)") { return true }
        return words.dropFirst().contains { text.equals($0, "v.") || text.equals($0, "v") || text.equals($0, "vs.") }
    }
}
