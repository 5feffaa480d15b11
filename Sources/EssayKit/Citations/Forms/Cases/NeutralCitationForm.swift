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
        guard let cite = firstCite(text, in: citation) else { return nil }
        let opensWithCite = cite.start == citation.lowerBound
        var name = opensWithCite ? cite.start..<cite.start : CaseName.range(endingAt: cite.start, from: citation.lowerBound, in: text)
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

    /// The cite at `start` (a `[` or a year's first digit), or nil.
    static func read(_ text: CitationText, at start: Int, end: Int) -> Cite? {
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
        let number = text.string(numberStart..<index)
        // `[2010] EWHC 2210 QB`: the division printed bare after the number, not in brackets.
        if index + 1 < end, bytes[index] == UInt8(ascii: " "),
           let division = bareDivisions.first(where: { text.has($0, at: index + 1, end: end) && text.isWordEnd(index + 1 + $0.utf8CodeUnitCount, end: end) }) {
            index += 1 + division.utf8CodeUnitCount
        }
        return Cite(start: start, year: year, volume: volume, court: court, number: number, end: index,
                    isBracketed: bracketed, isReport: volume != nil || hasPeriod || bracketed && oneCapitalReports.contains(court), isCanLII: isCanLII)
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
