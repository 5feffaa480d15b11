import LowLevel

/// A case reported with its year before the volume, the volume in round brackets, as the South
/// African Law Reports and their neighbours are cited: `Roe v Harbour Board 2016 (3) SA 210 (SCA)
/// para 12`, `S v Poe 2001 (1) SACR 469 (SCA) at 475B`, `Doe v Vale 1996 (4) BCLR 449 (CC); [1996]
/// 2 All SA 3 (CC)`.
///
/// The series is read by its form (one to three words of capitals, two capitals at least), as
/// `RoundYearReportForm` reads its own. The name must be a case's (`v`, `Re`, `obo`'s parties), or
/// the citation must open with the year and hold nothing but the report's own parts. After the
/// court's bracket a page (`at 475B`) or a marked place (`para 12`, `at [12]`) is the pinpoint.
enum YearVolumeReportForm: CitationForm {
    /// The first test of `read`: a party's capital or the year's first digit.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || Bytes.isDigit(byte) || byte >= 0xC0
    }

    /// Needs the year, four digits before a space.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .yearThenSpace) }

    /// The most words a series' abbreviation has (`All SA` is the bracketed form's).
    private static let longestSeries = 3
    /// The longest word of one (`SACR`, `BCLR`).
    private static let longestSeriesWord = 6

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        return text.firstReading(at: UInt8(ascii: "("), in: citation) { read(text, citation, volumeAt: $0) }
    }

    /// The parts of a report's `YEAR (VOL) SERIES PAGE`.
    private struct Report {
        var yearStart: Int
        var year: Int
        var volume: String
        var series: Range<Int>
        var page: Range<Int>
    }

    /// The report whose volume's parenthesis is at `open`, read to `end`, or nil.
    private static func report(_ text: CitationText, volumeAt open: Int, from lower: Int, end: Int) -> Report? {
        let bytes = text.bytes
        let yearStart = open - 5
        guard yearStart >= lower, bytes[open - 1] == UInt8(ascii: " "), bytes[yearStart..<open - 1].allSatisfy(Bytes.isDigit),
              yearStart == lower || bytes[yearStart - 1] == UInt8(ascii: " "),
              let year = DateWords.year(in: bytes[yearStart..<open - 1]) else { return nil }
        var index = open + 1
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > open + 1, index - open <= 3, index + 2 < end, bytes[index] == UInt8(ascii: ")"), bytes[index + 1] == UInt8(ascii: " ") else { return nil }
        let volume = text.string(open + 1..<index)
        index += 2
        let seriesStart = index
        guard let series = ReportSeriesWords.read(bytes, from: index, end: end, maximumWords: longestSeries,
                                                  longestWord: longestSeriesWord, periods: false),
              series.words > 0, series.capitals >= 2, series.next < end, Bytes.isDigit(bytes[series.next]) else { return nil }
        index = series.next
        let pageStart = index
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index - pageStart <= 5, text.isWordEnd(index, end: end) else { return nil }
        return Report(yearStart: yearStart, year: year, volume: volume, series: seriesStart..<series.end, page: pageStart..<index)
    }

    /// Just past the first report of this form in `range` (`2014 (2) SA 455`), or nil when none is.
    static func firstReportEnd(_ text: CitationText, in range: Range<Int>) -> Int? {
        var open = text.firstOffset(of: UInt8(ascii: "("), from: range.lowerBound, end: range.upperBound)
        while open < range.upperBound {
            if let found = report(text, volumeAt: open, from: range.lowerBound, end: range.upperBound) { return found.page.upperBound }
            open = text.firstOffset(of: UInt8(ascii: "("), from: open + 1, end: range.upperBound)
        }
        return nil
    }

    /// The case whose report's volume has its parenthesis at `open`, or nil.
    private static func read(_ text: CitationText, _ citation: Range<Int>, volumeAt open: Int) -> ClauseReading? {
        let end = citation.upperBound
        guard let report = report(text, volumeAt: open, from: citation.lowerBound, end: end) else { return nil }
        let yearStart = report.yearStart
        var name: Range<Int>?
        if yearStart > citation.lowerBound {
            guard let found = CaseName.range(endingAt: yearStart, from: citation.lowerBound, in: text),
                  NeutralCitationForm.isCaseName(text, found) else { return nil }
            name = found
        }
        var work = WorkDraft(kind: .case, title: name.map { text.string($0) } ?? "")
        work.year = report.year
        work.volume = report.volume
        work.container = text.string(report.series)
        work.firstPage = text.string(report.page)
        var tail = CommonwealthCaseTail.read(text, after: report.page.upperBound, end: end)
        // `(SCA) para 12`, `(SCA) at 475B`: the place cited after the court, with no comma.
        if tail.pinpoint == nil, let trailing = tail.trailing, trailing.lowerBound == text.skipSpaces(from: tail.end, end: end),
           let place = placeAfterCourt(text, at: trailing.lowerBound, end: end) {
            tail.pinpoint = place.pinpoint
            tail.end = place.end
            let rest = text.trimmed(place.end..<end)
            tail.trailing = rest.isEmpty ? nil : rest
        }
        tail.complete(&work, in: text, end: end)
        if name == nil, tail.trailing != nil { return nil }
        return tail.reading(of: work, from: name?.lowerBound ?? yearStart)
    }

    /// `para 12`, `paras 3-4`, `[12]`, `at 475B`, `at [12]` at `offset`: the place cited, and just past it.
    private static func placeAfterCourt(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        if let marked = CommonwealthTail.markedPlace(text, at: offset, end: end) { return marked }
        guard text.has("at ", at: offset, end: end) else { return nil }
        let place = text.skipSpaces(from: offset + 3, end: end)
        if let marked = CommonwealthTail.markedPlace(text, at: place, end: end) { return marked }
        guard place < end, Bytes.isDigit(text.bytes[place]) else { return nil }
        // `475B`, `475B-C`: the page and the letter of its section, as the South African reports print them.
        var index = place
        while index < end, Bytes.isDigit(text.bytes[index]) || Bytes.isUpper(text.bytes[index]) || text.bytes[index] == UInt8(ascii: "-")
            || text.has("–", at: index, end: end) {
            index += text.bytes[index] == 0xE2 ? 3 : 1
        }
        guard text.isWordEnd(index, end: end) else { return nil }
        let written = text.trimmingTrailing(place..<index, [UInt8(ascii: "-")])
        return (Pinpoint(kind: .page, text: text.string(written)), written.upperBound)
    }
}
