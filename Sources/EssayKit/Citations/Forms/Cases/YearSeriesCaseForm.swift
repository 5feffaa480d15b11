import LowLevel

/// A case reported in an old English series or a nominate report, cited with its year in round
/// brackets: `Entick v Carrington (1765) 19 St Tr 1029`, `Hadley v Baxendale (1854) 9 Exch 341`,
/// `Priestley v Fowler (1837) 3 M & W 1, 6`, `Rylands v Fletcher (1868) LR 3 HL 330`, `Slade's Case
/// (1602) 4 Co Rep 91a`, `Somerset v Stewart (1772) Lofft 1`.
///
/// A round-bracketed year, then a volume, a series and a page, after a case's name is a case
/// report whatever the series (`SeriesReport`): no table lists the hundreds of nominate reports.
/// The name must be a case's (`v`, `Re`, `'s Case`, `Case of`), so an article with its year in
/// brackets stays `CommonwealthArticleForm`'s. Tried after `RoundYearReportForm`, which reads the
/// series of capitals it knows (`CLR`, `IPR`) first.
enum YearSeriesCaseForm: CitationForm {
    /// The first test of `read`: a party's capital.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0
    }

    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        return text.firstReading(at: UInt8(ascii: "("), in: citation) { read(text, citation, yearAt: $0) }
    }

    /// The case whose `(YEAR) REPORT` opens with the parenthesis at `open`, or nil.
    private static func read(_ text: CitationText, _ citation: Range<Int>, yearAt open: Int) -> ClauseReading? {
        let end = citation.upperBound
        guard open > citation.lowerBound, let dated = CommonwealthTail.bracketedYear(text, at: open, end: end), text.bytes[open] == UInt8(ascii: "("),
              dated.end < end, text.bytes[dated.end] == UInt8(ascii: " "),
              let report = SeriesReport.read(text, at: dated.end + 1, end: end, needsVolume: false),
              let name = CaseName.range(endingAt: open, from: citation.lowerBound, in: text), isCaseName(text, name) else { return nil }
        var work = WorkDraft(kind: .case, title: text.string(name))
        work.year = dated.year
        work.volume = report.volume
        work.container = report.series
        work.firstPage = report.page
        var index = report.end
        // `, 6`: the page cited, unless a parallel report starts there (`, 95 ER 807`).
        var pinpoint: Pinpoint?
        let comma = text.skipSpaces(from: index, end: end)
        if comma < end, text.bytes[comma] == UInt8(ascii: ","), case let pageStart = text.skipSpaces(from: comma + 1, end: end),
           pageStart < end, Bytes.isDigit(text.bytes[pageStart]), SeriesReport.read(text, at: pageStart, end: end, needsVolume: true) == nil,
           var page = PinpointParser.parse(text, at: pageStart, end: end, allowRoman: false) {
            // `1066, 95 ER 807`: the pages stop where a parallel report starts.
            for each in text.topLevelOffsets(of: UInt8(ascii: ","), in: pageStart..<page.end) {
                guard SeriesReport.read(text, at: text.skipSpaces(from: each + 1, end: end), end: end, needsVolume: true) != nil,
                      let kept = PinpointParser.parse(text, at: pageStart, end: each, allowRoman: false) else { continue }
                page = kept
                break
            }
            pinpoint = page.pinpoint
            index = page.end
        }
        var tail = CommonwealthCaseTail.read(text, after: index, end: end)
        tail.complete(&work, in: text, end: end)
        return tail.reading(of: work, from: name.lowerBound, pinpoint: pinpoint)
    }

    /// Just past the first `(YEAR) REPORT` in `range` (`(1760) 2 Burr 1005`), or nil when none is.
    static func firstReportEnd(_ text: CitationText, in range: Range<Int>) -> Int? {
        var open = text.firstOffset(of: UInt8(ascii: "("), from: range.lowerBound, end: range.upperBound)
        while open < range.upperBound {
            if let dated = CommonwealthTail.bracketedYear(text, at: open, end: range.upperBound), dated.end < range.upperBound,
               text.bytes[dated.end] == UInt8(ascii: " "), let report = SeriesReport.read(text, at: dated.end + 1, end: range.upperBound, needsVolume: false) {
                return report.end
            }
            open = text.firstOffset(of: UInt8(ascii: "("), from: open + 1, end: range.upperBound)
        }
        return nil
    }

    /// Whether `name` is a case's: parties with `v` or `Re` (`NeutralCitationForm.isCaseName`), or a
    /// case named as one (`Slade's Case`, `Case of Proclamations`).
    static func isCaseName(_ text: CitationText, _ name: Range<Int>) -> Bool {
        if NeutralCitationForm.isCaseName(text, name) { return true }
        let written = text.string(name)
        return written.hasSuffix("'s Case") || written.hasSuffix("’s Case") || written.hasPrefix("Case of ") || written.hasPrefix("The Case of ")
    }
}
