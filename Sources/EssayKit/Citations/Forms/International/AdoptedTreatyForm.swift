import LowLevel

/// A treaty as OSCOLA cites it: the name, its dates in a bracket, the treaty series, the article:
/// `Convention on the Rights of Persons Abroad (adopted 3 March 1961, entered into force 1 May
/// 1963) 412 UNTS 77, art 12`, `... (opened for signature 4 November 1950, entered into force 3
/// September 1953) ETS 5 (Harbour Convention), Article 3`, a regional charter `(adopted ...,
/// entered into force ...) OAU Doc CAB/LEG/67/3 rev. 5`.
///
/// The dates' bracket is what singles the form out: it opens with `adopted`, `opened for
/// signature`, `signed`, `concluded` or `done` right after the name. A bracket after the series
/// holding a name alone (`(Refugee Convention)`, `(hereinafter ‘the Charter’)`) declares the
/// treaty's short name.
enum AdoptedTreatyForm: CitationForm {
    /// The first test of `read`: a treaty's name opens with a capital.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) }

    /// The dates' bracket (`dateWords`) and a year in it.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.treatyDates, .digit]) }

    /// The words a treaty's dates' bracket opens with (capitalised too: `(Adopted and entered into force 2 May 1998)`).
    private static let dateWords: [StaticString] = ["adopted ", "opened for signature ", "signed ", "concluded ", "done ", "entered into force "]

    /// The most bytes a treaty's name takes before its dates' bracket.
    private static let longestName = 320

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        guard let lead = citation.first, Bytes.isUpper(bytes[lead]) else { return nil }
        let end = citation.upperBound
        let limit = min(end, lead + longestName)
        // The dates' bracket: the first ` (` whose words are a treaty's dates.
        var open = lead
        var dates: (open: Int, close: Int)?
        while true {
            open = text.firstOffset(of: UInt8(ascii: "("), from: open + 1, end: limit)
            guard open < limit else { return nil }
            guard bytes[open - 1] == UInt8(ascii: " ") else { continue }
            if dateWords.contains(where: { text.has($0, at: open + 1, end: end, ignoringFirstLetterCase: true) }), let close = text.closingBracket(after: open, end: end),
               DateWords.year(in: bytes[open..<close]) != nil {
                dates = (open, close)
                break
            }
        }
        guard let dates else { return nil }
        var name = text.trimmed(lead..<dates.open)
        // The series printed before the dates: after the name and its dates written out, as the
        // AGLC prints them (`..., opened for signature 10 December 1982, 1833 UNTS 3 (entered into
        // force ...)`), or right after the name, as New Zealand's guide does (`... Child 1577 UNTS 3
        // (opened for signature ...)`).
        var seriesBefore: Range<Int>?
        if let split = datesInName(text, name) {
            seriesBefore = split.series
            name = split.name
        } else if let split = seriesEndingName(text, name) {
            seriesBefore = split.series
            name = split.name
        }
        guard name.count >= 8, text.words(in: name, limit: 3).count >= 2, !DomesticRulesMark.isDomestic(text, citation, name: name) else { return nil }
        var work = WorkDraft(kind: .treaty, title: text.string(name))
        work.year = DateWords.year(in: bytes[dates.open..<dates.close])
        // The series, to a comma, a bracket or the end: `412 UNTS 77`, `OAU Doc CAB/LEG/67/3 rev. 5`.
        var index = text.skipSpaces(from: dates.close, end: end)
        let seriesStart = index
        while index < end, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "("), bytes[index] != UInt8(ascii: ";"),
              bytes[index] != UInt8(ascii: "[") {
            if index > seriesStart, bytes[index - 1] == UInt8(ascii: " "), ArticlePinpoint.parse(text, at: index, end: end) != nil { break }
            index += 1
        }
        var series = text.trimmed(seriesStart..<index)
        var last = dates.close
        if series.isEmpty, let seriesBefore { series = seriesBefore } else if !series.isEmpty { last = series.upperBound }
        if !series.isEmpty {
            work.documentNumber = text.string(series)
            let parts = work.documentNumber?.split(separator: " ") ?? []
            if parts.count == 3, parts[0].allSatisfy(\.isNumber), parts[2].allSatisfy(\.isNumber) {
                work.volume = String(parts[0])
                work.container = String(parts[1])
                work.firstPage = String(parts[2])
            }
        }
        index = text.skipSpaces(from: last, end: end)
        // `(Refugee Convention)`, `('UNCLOS')`, `[UNCLOS]`: the short name the citation declares.
        if index < end, bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: "["), let close = text.closingBracket(after: index, end: end),
           let declared = declaredName(text, index + 1..<close - 1) {
            work.shortNames = [declared]
            last = close
            index = text.skipSpaces(from: close, end: end)
        }
        return InternationalPlace.closingReading(text, work, citation, last: last, index: index)
    }

    /// `Name, opened for signature 10 December 1982, 1833 UNTS 3`: the name before its dates
    /// written out after a comma, and the series after them (nil when none follows).
    private static func datesInName(_ text: CitationText, _ name: Range<Int>) -> (name: Range<Int>, series: Range<Int>?)? {
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: name) {
            let word = text.skipSpaces(from: comma + 1, end: name.upperBound)
            guard dateWords.contains(where: { text.has($0, at: word, end: name.upperBound) }) else { continue }
            var series: Range<Int>?
            for next in text.topLevelOffsets(of: UInt8(ascii: ","), in: word..<name.upperBound) {
                let found = text.trimmed(next + 1..<name.upperBound)
                if !found.isEmpty, Bytes.isDigit(text.bytes[found.lowerBound]) || Bytes.isUpper(text.bytes[found.lowerBound]) { series = found }
                break
            }
            return (text.trimmed(name.lowerBound..<comma), series)
        }
        return nil
    }

    /// `Convention on the Rights of the Child 1577 UNTS 3`: the name before a volume, a series in
    /// capitals and a page that end it, and that series.
    private static func seriesEndingName(_ text: CitationText, _ name: Range<Int>) -> (name: Range<Int>, series: Range<Int>)? {
        let words = text.words(in: name)
        guard words.count >= 5 else { return nil }
        let (volume, series, page) = (words[words.count - 3], words[words.count - 2], words[words.count - 1])
        guard text.bytes[volume].allSatisfy(Bytes.isDigit), text.bytes[page].allSatisfy(Bytes.isDigit),
              text.bytes[series].allSatisfy(Bytes.isUpper), series.count >= 2 else { return nil }
        return (text.trimmed(name.lowerBound..<volume.lowerBound), volume.lowerBound..<name.upperBound)
    }

    /// `Refugee Convention`, `hereinafter ‘the Charter’`, `the "1951 Convention"`: the name a bracket
    /// declares, or nil when it holds other words (a date, a note, a sentence).
    static func declaredName(_ text: CitationText, _ inside: Range<Int>) -> String? {
        var range = text.trimmed(inside)
        for lead in ["hereinafter ", "hereafter ", "the "] as [StaticString] where text.has(lead, at: range.lowerBound, end: range.upperBound) {
            range = text.trimmed(range.lowerBound + lead.utf8CodeUnitCount..<range.upperBound)
        }
        var name = text.string(range)
        for quote in ["“", "”", "‘", "’", "\"", "'"] {
            if name.hasPrefix(quote) { name.removeFirst() }
            if name.hasSuffix(quote) { name.removeLast() }
        }
        if name.hasPrefix("the ") { name.removeFirst(4) }
        let words = name.split(separator: " ")
        guard let first = name.utf8.first, Bytes.isUpper(first), !words.isEmpty, words.count <= 6,
              words.allSatisfy({ word in word.utf8.first.map { Bytes.isUpper($0) || Bytes.isDigit($0) } == true || ["of", "on", "the", "and", "for"].contains(word) })
        else { return nil }
        return name
    }
}
