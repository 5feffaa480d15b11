import LowLevel

/// An act cited by where a national law gazette promulgated it, as Polish and other Central European
/// writing cites every statute: `Journal of Laws of 2017, item 1412`, `Journal of Laws 2006, No. 157,
/// item 1119`, `Dz. U. 2004, Nr. 222, Pos. 2268`, `Dz. U. z 2017 r. poz. 1412`, `Official Gazette of
/// 2019, item 88`, often inside the act's name (`the Act of 3 May 2009 on harbour pilots
/// (consolidated text: Journal of Laws of 2019, item 88, as amended)`).
///
/// The gazette's year, issue and item identify the act (its document number, so that every note
/// citing that item cites one work); the act's name before them is its title, and an article
/// before them (`Article 7 (consolidated text: ...)`) the pinpoint.
enum GazetteForm: CitationForm {
    /// The gazettes' names as English and Polish writing prints them.
    private static let names: [(printed: StaticString, name: String)] = [
        ("Journal of Laws", "Journal of Laws"), ("Official Gazette", "Official Gazette"),
        ("Dz. U.", "Dz. U."), ("Dz.U.", "Dz. U."),
    ]

    /// A gazette's name (`Journal`, `Official`, `Dz.`), an item and its number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.gazette, .digit]) }

    /// A lead longer than this is the author's sentence, not an act's name.
    private static let longestTitleWords = 30

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let found = firstCite(text, citation) else { return nil }
        var work = WorkDraft(kind: .statute, title: found.cite)
        work.documentNumber = found.cite
        work.container = found.name
        work.year = found.year
        var pinpoint: Pinpoint?
        let lead = leadName(text, citation.lowerBound..<found.start)
        if !lead.isEmpty {
            var name = lead
            // `Article 7 (consolidated text: ...)`, `Article 2 Act of 21 July 2006 on ...`: the article cited of the act named after it.
            if let article = ArticlePinpoint.parse(text, at: lead.lowerBound, end: lead.upperBound) {
                pinpoint = article.pinpoint
                var rest = text.skipSpaces(from: article.end, end: lead.upperBound)
                if text.has("of the ", at: rest, end: lead.upperBound) { rest += 7 } else if text.has("of ", at: rest, end: lead.upperBound) { rest += 3 }
                name = rest..<lead.upperBound
            }
            if !name.isEmpty, text.wordCount(in: name, limit: longestTitleWords + 1) <= longestTitleWords {
                work.title = text.string(name)
            }
        }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    /// A gazette cite: where it starts, the gazette's name, its year, and the cite as one string.
    struct Cite: Equatable {
        var start: Int
        var name: String
        var year: Int?
        var cite: String
    }

    /// The first gazette cite in `range`, or nil.
    static func firstCite(_ text: CitationText, _ range: Range<Int>) -> Cite? {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text.bytes[index]
            if byte == UInt8(ascii: "J") || byte == UInt8(ascii: "O") || byte == UInt8(ascii: "D"), text.isWordStart(index) {
                for (printed, name) in names where text.has(printed, at: index, end: range.upperBound) {
                    if let found = numbers(text, after: index + printed.utf8CodeUnitCount, end: range.upperBound) {
                        var label = name
                        if let year = found.year { label += " \(year)" }
                        if let number = found.number { label += ", No. \(number)" }
                        label += ", item \(found.item)"
                        return Cite(start: index, name: name, year: found.year, cite: label)
                    }
                }
            }
            index += 1
        }
        return nil
    }

    /// The words that may stand between the gazette's name and its numbers: a bracketed English
    /// name (`Dz. U. [Journal of Laws]`), `of`, Polish `z`.
    private static let yearLeads: [StaticString] = ["of ", "z "]
    private static let numberMarks: [StaticString] = ["No. ", "no. ", "Nr. ", "nr ", "Nr "]
    private static let itemMarks: [StaticString] = ["items ", "item ", "Item ", "poz. ", "Poz. ", "Pos. ", "pos. "]

    /// `of 2017, item 1412`, ` 2006, No. 157, item 1119`, ` z 2017 r. poz. 1412`, ` [Journal of Laws] No. 74, item 368`:
    /// the year, issue number and item after a gazette's name.
    private static func numbers(_ text: CitationText, after offset: Int, end: Int) -> (year: Int?, number: String?, item: String)? {
        var index = text.skipSpaces(from: offset, end: end)
        if index < end, text.bytes[index] == UInt8(ascii: "["), let close = text.closingBracket(after: index, end: end), close - index < 40 {
            index = text.skipSpaces(from: close, end: end)
        }
        if index < end, text.bytes[index] == UInt8(ascii: ",") { index = text.skipSpaces(from: index + 1, end: end) }
        for lead in yearLeads where text.has(lead, at: index, end: end) {
            index += lead.utf8CodeUnitCount
            break
        }
        var year: Int?
        if index + 4 <= end, let value = DateWords.year(in: text.bytes[index..<(index + 4)]), index + 4 == end || !Bytes.isDigit(text.bytes[index + 4]) {
            year = value
            index += 4
            if text.has(" r.", at: index, end: end) { index += 3 }
        }
        index = separator(text, at: index, end: end)
        var number: String?
        for mark in numberMarks where text.has(mark, at: index, end: end) {
            let start = index + mark.utf8CodeUnitCount
            var digits = start
            while digits < end, Bytes.isDigit(text.bytes[digits]) { digits += 1 }
            guard digits > start else { return nil }
            number = text.string(start..<digits)
            index = separator(text, at: digits, end: end)
            break
        }
        guard let mark = itemMarks.first(where: { text.has($0, at: index, end: end) }) else { return nil }
        let start = index + mark.utf8CodeUnitCount
        var digits = start
        while digits < end, Bytes.isDigit(text.bytes[digits]) { digits += 1 }
        guard digits > start, digits == end || !Bytes.isLetter(text.bytes[digits]) else { return nil }
        return (year, number, text.string(start..<digits))
    }

    /// Past the comma and spaces between a gazette cite's parts.
    private static func separator(_ text: CitationText, at offset: Int, end: Int) -> Int {
        var index = text.skipSpaces(from: offset, end: end)
        if index < end, text.bytes[index] == UInt8(ascii: ",") { index = text.skipSpaces(from: index + 1, end: end) }
        return index
    }

    /// The words before the gazette that name the act, without the `(consolidated text:` or
    /// `(uniform text:` that opens the gazette's parenthesis and the punctuation around them.
    private static func leadName(_ text: CitationText, _ range: Range<Int>) -> Range<Int> {
        var lead = text.trimmed(range)
        for words in ["consolidated text:", "uniform text:", "unified text:", "tekst jednolity:", "t.j.", "published in", "see:", "see"] as [StaticString] {
            let width = words.utf8CodeUnitCount
            if lead.count >= width, text.has(words, at: lead.upperBound - width, end: lead.upperBound) {
                lead = text.trimmed(lead.lowerBound..<(lead.upperBound - width))
                break
            }
        }
        lead = text.trimmingTrailing(lead, [UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: ":"), UInt8(ascii: "-")])
        return lead
    }
}
