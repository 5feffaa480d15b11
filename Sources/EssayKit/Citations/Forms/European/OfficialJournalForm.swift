import LowLevel

/// An act or notice cited by where the Official Journal of the European Union printed it, in any of
/// the usual shapes: `OJ L 215/44 of 14.7.2015`, `OJ C326/47 26.10.2012`, `OJ L 119, 4.5.2016, p. 1`,
/// `[2016] OJ L119/1`, `OJ L 282 of 19.10.2016, pp. 1–3`, `in OJ L, 2024/1760, 5 July 2024`.
///
/// The work is what the words before the Journal name (`Commission Guidelines on harbour aid, OJ C
/// 200/1`), or the Journal's cite itself when nothing stands before it; the cite, normalised to
/// `OJ L 215/44` (series, issue, first page), is its document number. The page range after `p.`/`pp.`
/// is the printing's extent, not a pinpoint; a paragraph or article after it is the pinpoint.
/// An act cited by its own number (`Directive 2009/72/EC, OJ L 211 ...`) is `EULegislationForm`'s.
enum OfficialJournalForm: CitationForm {
    /// `OJ` and the issue's digits.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.officialJournal, .digit]) }

    /// A title before the Journal longer than this is prose, not a work's name.
    private static let longestTitleWords = 45

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let found = firstCite(text, citation) else { return nil }
        var work = WorkDraft(kind: found.series == "C" ? .document : .statute, title: found.cite)
        work.documentNumber = found.cite
        work.container = "OJ " + found.series
        work.volume = found.issue
        work.firstPage = found.page
        work.year = found.year
        var lead = citation.lowerBound..<found.start
        // `[2016] OJ L119/1`: the year in brackets before the Journal is the printing's.
        if let bracket = bracketYear(text, before: found.start, from: citation.lowerBound) {
            work.year = work.year ?? bracket.year
            lead = citation.lowerBound..<bracket.start
        }
        let title = leadTitle(text, lead)
        if !title.isEmpty {
            guard text.wordCount(in: title, limit: longestTitleWords + 1) <= longestTitleWords else { return nil }
            work.title = text.string(title)
        }
        let pinpoint = trailingPinpoint(text, after: found.end, end: citation.upperBound)
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    /// A cite of the Journal read in `range`: where it starts and ends, its series (`L`, `C`), issue,
    /// first page, the year of its date, and the normalised cite.
    struct Cite: Equatable {
        var start: Int
        var end: Int
        var series: String
        var issue: String
        var page: String?
        var year: Int?
        var cite: String { "OJ \(series) \(issue)" + (page.map { "/" + $0 } ?? "") }
    }

    /// The first Journal cite in `range`, or nil.
    static func firstCite(_ text: CitationText, _ range: Range<Int>) -> Cite? {
        var index = range.lowerBound
        while index + 4 < range.upperBound {
            index = text.firstOffset(of: UInt8(ascii: "O"), from: index, end: range.upperBound - 4)
            guard index < range.upperBound - 4 else { return nil }
            if text.bytes[index + 1] == UInt8(ascii: "J"), text.isWordStart(index), let cite = cite(text, at: index, end: range.upperBound) {
                return cite
            }
            index += 1
        }
        return nil
    }

    /// The cite opening with `OJ` at `start`.
    private static func cite(_ text: CitationText, at start: Int, end: Int) -> Cite? {
        let bytes = text.bytes
        var index = start + 2
        // `OJ L`, `OJ. L`, `OJ L.`, `OJ L, 2024/1760`
        if index < end, bytes[index] == UInt8(ascii: ".") { index += 1 }
        index = text.skipSpaces(from: index, end: end)
        guard index < end, bytes[index] == UInt8(ascii: "L") || bytes[index] == UInt8(ascii: "C") else { return nil }
        let series = bytes[index] == UInt8(ascii: "L") ? "L" : "C"
        index += 1
        guard index < end, !Bytes.isLetter(bytes[index]) else { return nil }
        if bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") { index += 1 }
        index = text.skipSpaces(from: index, end: end)
        let issueStart = index
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        // `OJ L.2022.114.22`: a dotted database key, not an issue.
        guard index > issueStart, index - issueStart <= 4,
              index + 1 >= end || text.bytes[index] != UInt8(ascii: ".") || !Bytes.isDigit(text.bytes[index + 1]) else { return nil }
        var issue = text.string(issueStart..<index)
        var page: String?
        if index + 1 < end, bytes[index] == UInt8(ascii: "/"), Bytes.isDigit(bytes[index + 1]) {
            let pageStart = index + 1
            index = pageStart
            while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
            // `OJ L, 2024/1760`: since 2024 an act is printed alone, numbered by year.
            if issue.count == 4, DateWords.year(in: bytes[issueStart..<pageStart - 1]) != nil, (index - pageStart) >= 3 {
                issue = text.string(issueStart..<index)
            } else {
                page = text.string(pageStart..<index)
            }
        }
        guard index == end || !Bytes.isLetter(bytes[index]) else { return nil }
        var found = Cite(start: start, end: index, series: series, issue: issue, page: page, year: nil)
        // The date and pages after it: ` of 14.7.2015`, ` 26.10.2012`, `, 4.5.2016, p. 1`, `, 5 July 2024, pp. 1-58`.
        var cursor = index
        if let date = date(text, at: cursor, end: end) {
            found.year = date.year
            cursor = date.end
            found.end = cursor
        }
        if let pages = pages(text, at: cursor, end: end) {
            // A year-numbered act (`OJ L, 2024/1760`) is its own printing: its pages number no issue.
            if found.page == nil, !issue.contains("/") { found.page = pages.first }
            found.end = pages.end
        }
        return found
    }

    /// ` of 14.7.2015`, ` 26.10.2012`, `, 4.5.2016`, `, 5 July 2024`, ` (14.7.2015)`: the issue's date and its year.
    private static func date(_ text: CitationText, at offset: Int, end: Int) -> (year: Int?, end: Int)? {
        var index = offset
        if index < end, text.bytes[index] == UInt8(ascii: ",") { index += 1 }
        index = text.skipSpaces(from: index, end: end)
        if text.has("of ", at: index, end: end) { index = text.skipSpaces(from: index + 3, end: end) }
        let start = index
        // Numeric `14.7.2015` or `14/07/2015`.
        var digitsSeen = 0
        var separators = 0
        while index < end, Bytes.isDigit(text.bytes[index]) || text.bytes[index] == UInt8(ascii: ".") || text.bytes[index] == UInt8(ascii: "/") {
            if Bytes.isDigit(text.bytes[index]) { digitsSeen += 1 } else { separators += 1 }
            index += 1
        }
        if separators == 2, digitsSeen >= 6 {
            while index > start, !Bytes.isDigit(text.bytes[index - 1]) { index -= 1 }
            var yearStart = index
            while yearStart > start, Bytes.isDigit(text.bytes[yearStart - 1]) { yearStart -= 1 }
            return (DateWords.year(in: text.bytes[yearStart..<index]), index)
        }
        // Spelled `5 July 2024`: day, month word, year.
        index = start
        let words = text.words(in: start..<end, limit: 3)
        guard words.count == 3, text.bytes[words[0]].allSatisfy(Bytes.isDigit), words[0].count <= 2,
              Bytes.isUpper(text.bytes[words[1].lowerBound]) else { return nil }
        var yearEnd = words[2].lowerBound
        while yearEnd < words[2].upperBound, Bytes.isDigit(text.bytes[yearEnd]) { yearEnd += 1 }
        guard yearEnd - words[2].lowerBound == 4, let year = DateWords.year(in: text.bytes[words[2].lowerBound..<yearEnd]) else { return nil }
        return (year, yearEnd)
    }

    /// `, p. 1`, `, pp. 1–3`, `, 1` (after a date), `, pp. 40-49`: the pages printed, the first of them and where they end.
    private static func pages(_ text: CitationText, at offset: Int, end: Int) -> (first: String, end: Int)? {
        var index = offset
        if index < end, text.bytes[index] == UInt8(ascii: ",") { index += 1 }
        index = text.skipSpaces(from: index, end: end)
        for mark in ["pp. ", "p. ", "pp.", "p."] as [StaticString] where text.has(mark, at: index, end: end) {
            index = text.skipSpaces(from: index + mark.utf8CodeUnitCount, end: end)
            break
        }
        let start = index
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > start, index == end || !Bytes.isLetter(text.bytes[index]) else { return nil }
        let first = text.string(start..<index)
        // The range's end: `–3`, `-58`.
        var rangeEnd = index
        if rangeEnd < end, text.bytes[rangeEnd] == UInt8(ascii: "-") { rangeEnd += 1 } else if text.has("–", at: rangeEnd, end: end) { rangeEnd += 3 }
        if rangeEnd > index {
            let digits = rangeEnd
            while rangeEnd < end, Bytes.isDigit(text.bytes[rangeEnd]) { rangeEnd += 1 }
            if rangeEnd > digits { index = rangeEnd }
        }
        return (first, index)
    }

    /// `[2016] ` just before the Journal: its year and where the bracket opens.
    private static func bracketYear(_ text: CitationText, before offset: Int, from lower: Int) -> (year: Int, start: Int)? {
        var close = offset
        while close > lower, text.bytes[close - 1] == UInt8(ascii: " ") { close -= 1 }
        guard close - 6 >= lower, text.bytes[close - 1] == UInt8(ascii: "]"), text.bytes[close - 6] == UInt8(ascii: "["),
              let year = DateWords.year(in: text.bytes[(close - 5)..<(close - 1)]) else { return nil }
        return (year, close - 6)
    }

    /// The words before the Journal that name the work, without the joining `, in`, `(`, commas and
    /// quotation marks around them.
    private static func leadTitle(_ text: CitationText, _ range: Range<Int>) -> Range<Int> {
        var lead = text.trimmed(range)
        for joint in [" in", "(in", "(", ",", "published in"] as [StaticString] {
            let width = joint.utf8CodeUnitCount
            if lead.count >= width, text.has(joint, at: lead.upperBound - width, end: lead.upperBound) {
                lead = text.trimmed(lead.lowerBound..<(lead.upperBound - width))
            }
        }
        lead = text.trimmingTrailing(lead, [UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: "'"), UInt8(ascii: "\"")])
        // Closing curly quotes: `”` and `’`.
        while lead.count >= 3, text.has("”", at: lead.upperBound - 3, end: lead.upperBound) || text.has("’", at: lead.upperBound - 3, end: lead.upperBound) {
            lead = text.trimmingTrailing(lead.lowerBound..<(lead.upperBound - 3), [UInt8(ascii: ",")])
        }
        // Opening marks: `‘`, `“`, `'`, `"`.
        var lower = lead.lowerBound
        if lower < lead.upperBound, text.bytes[lower] == UInt8(ascii: "'") || text.bytes[lower] == UInt8(ascii: "\"") { lower += 1 }
        if text.has("‘", at: lower, end: lead.upperBound) || text.has("“", at: lower, end: lead.upperBound) { lower += 3 }
        return lower..<max(lower, lead.upperBound)
    }

    /// `, paras 124–125`, `, para 12`, `, art. 5(2)`: the place cited in the printed act.
    private static func trailingPinpoint(_ text: CitationText, after offset: Int, end: Int) -> Pinpoint? {
        var index = offset
        if index < end, text.bytes[index] == UInt8(ascii: ")") { index += 1 }
        guard index < end, text.bytes[index] == UInt8(ascii: ",") else { return nil }
        index = text.skipSpaces(from: index + 1, end: end)
        if let article = ArticlePinpoint.parse(text, at: index, end: end) { return article.pinpoint }
        guard text.has("para", at: index, end: end) || text.has("point", at: index, end: end) else { return nil }
        return PinpointParser.parse(text, at: index, end: end, allowRoman: false)?.pinpoint
    }
}
