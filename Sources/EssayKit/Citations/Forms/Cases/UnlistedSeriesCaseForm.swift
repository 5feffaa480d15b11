import LowLevel

/// A case cited in American order in a report series the reporter table lacks: the English Law
/// Reports and other Commonwealth series (`Holloway Ltd. v. Brantmere S.A., 2 A.C. 411, 430-31
/// (1979)`, `Marlow v. Keats 1 Q.B. 207 (C.A. 1995)`).
///
/// The table is generated from reporters-db, which holds American reporters only, so the series is
/// read by its form, as `RoundYearReportForm` reads it: one to three words of letters and periods,
/// each opening with a capital, with two capitals or a period (`A.C.`, `W.L.R.`, `All E.R.`, `Ch.`).
/// It must be no reporter of the table (`CaseForm` reads those) and no journal or law of it; the
/// name must be a case's (`v.`, `In re`) and the closing parenthetical must give the year, so an
/// article or a book whose title names a case is not taken for one; with no year, only in the older
/// English form (the name alone before the report, nothing after it but a pinpoint).
enum UnlistedSeriesCaseForm: CitationForm {
    /// The first test of `read`: a party's capital.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0
    }

    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The most words a series' abbreviation has (`All E.R.`, `App. Cas.`).
    private static let longestSeries = 3
    /// The longest word of one (`W.L.R.`, `Q.B.D.`).
    private static let longestSeriesWord = 7

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        return firstReading(text, citation, volumesFrom: citation.lowerBound + 1) { read(text, citation, volumeAt: $0) }
    }

    /// The first reading `read` makes of a top-level volume of `citation` at or after `lower`.
    static func firstReading(_ text: CitationText, _ citation: Range<Int>, volumesFrom lower: Int,
                             _ read: (Int) -> ClauseReading?) -> ClauseReading? {
        let base = text.baseLevel(of: citation)
        for start in text.volumeStarts where start >= lower {
            guard start < citation.upperBound else { break }
            guard text.isTopLevel(start, base: base) else { continue }
            if let reading = read(start) { return reading }
        }
        return nil
    }

    /// The case whose `VOL SERIES PAGE` opens with the volume at `start`, or nil.
    private static func read(_ text: CitationText, _ citation: Range<Int>, volumeAt start: Int) -> ClauseReading? {
        let bytes = text.bytes
        let end = citation.upperBound
        guard let (volumeEnd, series) = volumeAndSeries(text, at: start, end: end), series.next < end,
              Bytes.isDigit(bytes[series.next]) else { return nil }
        let seriesStart = volumeEnd + 1
        var index = series.next
        let pageStart = index
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index - pageStart <= 5, text.isWordEnd(index, end: end) else { return nil }
        let written = Array(bytes[seriesStart..<series.end])
        guard text.firstReporterCite(in: start..<end)?.start != start, !isListed(written),
              let name = CaseName.range(endingAt: start, from: citation.lowerBound, in: text),
              NeutralCitationForm.isCaseName(text, name) else { return nil }
        let details = CaseDetails.read(text, after: index, end: end)
        guard details.year != nil || isNineteenthCenturyForm(text, citation, name: name, details: details) else { return nil }
        var work = WorkDraft(kind: .case, title: text.string(name))
        work.container = String(decoding: written, as: UTF8.self)
        work.volume = text.string(start..<volumeEnd)
        work.firstPage = text.string(pageStart..<index)
        work.year = details.year
        work.parallelCitations = details.parallels
        work.shortNames = details.shortNames
        if let court = details.court {
            work.court = court.id.isEmpty ? nil : court.id
            work.courtName = court.name
        }
        var clause = ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: details.pinpoint,
                                   citation: name.lowerBound..<details.end, trailing: details.trailing)
        clause.parentheticals = details.parentheticals
        clause.history = details.history
        return clause
    }

    /// Whether a case cited with no year is in the older English form, `Hall v. Fearnley, 3 Q.B. 919, 921`:
    /// the name opens the citation and holds no comma (an author before a title naming a case, `Ann Poe,
    /// Holloway v. Brantmere Revisited`, reads as one name), and nothing but a pinpoint follows the page
    /// (no court, no parenthetical, no words of the author's).
    private static func isNineteenthCenturyForm(_ text: CitationText, _ citation: Range<Int>, name: Range<Int>,
                                                details: CaseDetails) -> Bool {
        details.court == nil && details.parentheticals.isEmpty && details.history == nil && details.trailing == nil
            && text.trimmed(citation.lowerBound..<name.lowerBound).isEmpty
            && !text.bytes[name].contains(UInt8(ascii: ","))
    }

    /// The volume at `start` and the series after it (`3 Q.B.`, `11 Exch.`): where the volume ends, and
    /// the series' words (one to three, each opening with a capital, with two capitals or a period).
    static func volumeAndSeries(_ text: CitationText, at start: Int, end: Int) -> (volumeEnd: Int, series: ReportSeriesWords)? {
        let bytes = text.bytes
        var index = start
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index + 1 < end,
              let series = ReportSeriesWords.read(bytes, from: index + 1, end: end, maximumWords: longestSeries,
                                                  longestWord: longestSeriesWord, periods: true),
              series.words > 0, series.capitals >= 2 || series.hasPeriod else { return nil }
        return (index, series)
    }

    /// Whether the series' words are a journal's or a law's the tables list (`Yale L.J.`, `Stat.`).
    static func isListed(_ written: [UInt8]) -> Bool {
        var key: [UInt8] = []
        LegalTable.fold(written, into: &key)
        return !LegalTables.journals.lines(forKey: key).isEmpty || !LegalTables.laws.lines(forKey: key).isEmpty
    }
}
