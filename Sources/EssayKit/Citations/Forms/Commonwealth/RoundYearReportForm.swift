import LowLevel

/// A case reported as Australian and other Commonwealth series are cited: the name, the year in
/// round brackets, the volume, the series and the first page (`Orchard Pty Ltd v Beacon Ltd (1979)
/// 12 IPR 210`, `(1979) 143 CLR 210, 215`, `(1990) 20 A Crim R 33`).
///
/// The series is read by its form, not looked up: after a round-bracketed year and a volume, an
/// abbreviation of capitals (`CLR`, `IPR`, `NSWLR`, `A Crim R`) is a report of Commonwealth cases,
/// even where an American reporter goes by the same letters (`CLR`). The name must be a case's
/// (`v`, `Re`), so a journal article cited with its year in brackets (`(1984) 13 Journal 1`)
/// stays `CommonwealthArticleForm`'s. A page after a comma is the pinpoint.
enum RoundYearReportForm: CitationForm {
    /// The first test of `read`: a party's capital or the year's parenthesis.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte == UInt8(ascii: "(") || byte >= 0xC0
    }

    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The most words a series' abbreviation has (`A Crim R`).
    private static let longestSeries = 3
    /// The longest word of one (`NSWLR`, `WAR`).
    private static let longestSeriesWord = 7

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        return text.firstReading(at: UInt8(ascii: "("), in: citation) { read(text, citation, yearAt: $0) }
    }

    /// The case whose `(YEAR) VOL SERIES PAGE` opens with the parenthesis at `open`, or nil.
    private static func read(_ text: CitationText, _ citation: Range<Int>, yearAt open: Int) -> ClauseReading? {
        let bytes = text.bytes
        let end = citation.upperBound
        guard open + 7 < end, bytes[open + 5] == UInt8(ascii: ")"), bytes[open + 6] == UInt8(ascii: " "),
              bytes[(open + 1)..<(open + 5)].allSatisfy(Bytes.isDigit), let year = DateWords.year(in: bytes[(open + 1)..<(open + 5)]) else { return nil }
        var index = open + 7
        let volumeStart = index
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > volumeStart, index - volumeStart <= 4, index + 1 < end, bytes[index] == UInt8(ascii: " ") else { return nil }
        let volume = text.string(volumeStart..<index)
        index += 1
        // The series: words of letters, each opening with a capital, two capitals at least.
        let seriesStart = index
        guard let series = ReportSeriesWords.read(bytes, from: index, end: end, maximumWords: longestSeries,
                                                  longestWord: longestSeriesWord, periods: false) else { return nil }
        let seriesEnd = series.end
        index = series.next
        guard series.words > 0, series.capitals >= 2, index < end, Bytes.isDigit(bytes[index]) else { return nil }
        let pageStart = index
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index - pageStart <= 5, text.isWordEnd(index, end: end) else { return nil }
        let page = text.string(pageStart..<index)
        // The name before the year: a case's, or nothing when the clause opens with the year.
        var name: Range<Int>?
        if open > citation.lowerBound {
            guard let found = CaseName.range(endingAt: open, from: citation.lowerBound, in: text),
                  NeutralCitationForm.isCaseName(text, found) else { return nil }
            name = found
        }
        var work = WorkDraft(kind: .case, title: name.map { text.string($0) } ?? "")
        work.year = year
        work.volume = volume
        work.container = text.string(seriesStart..<seriesEnd)
        work.firstPage = page
        // `, 215`: the page cited.
        var pinpoint: Pinpoint?
        if index + 2 < end, bytes[index] == UInt8(ascii: ","), bytes[index + 1] == UInt8(ascii: " "), Bytes.isDigit(bytes[index + 2]) {
            var pinEnd = index + 2
            while pinEnd < end, Bytes.isDigit(bytes[pinEnd]) || bytes[pinEnd] == UInt8(ascii: "-") { pinEnd += 1 }
            if text.isWordEnd(pinEnd, end: end) {
                pinpoint = Pinpoint(kind: .page, text: text.string((index + 2)..<pinEnd))
                index = pinEnd
            }
        }
        var tail = CommonwealthCaseTail.read(text, after: index, end: end)
        tail.complete(&work, in: text, end: end)
        // A cite alone (`(1979) 12 IPR 210`) is read only when nothing but its own parts follows.
        if name == nil, tail.trailing != nil { return nil }
        return tail.reading(of: work, from: name?.lowerBound ?? open, pinpoint: pinpoint)
    }
}
