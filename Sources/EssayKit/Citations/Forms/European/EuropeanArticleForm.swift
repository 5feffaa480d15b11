import LowLevel

/// An article as continental footnotes cite it: the authors' surnames in capitals, perhaps the
/// title, then the year, journal and first page (`HEYN/SCHMIDL, 2006 K&R 74, 76 f.`, `KOCH, Urheber-
/// und kartellrechtliche Aspekte ..., 2000 CR, 333, 343 f.`, `KREUTZER, 2012 CR 145-152`) or the
/// volume, year in parentheses, journal and page (`JAEGER, Enforcement of the GNU GPL in Germany
/// and Europe, 1 (2010) JIPITEC 34, para. 15`); or a paper given by its address alone (`HÖPPNER,
/// The GPL prevails: An analysis ..., available at <http://...>`).
enum EuropeanArticleForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0
    }

    /// The most fields a title takes.
    private static let titleFieldLimit = 3

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let lead = citation.first, Bytes.isUpper(text.bytes[lead]) || text.bytes[lead] >= 0xC0 else { return nil }
        guard let fields = AuthorLedFields.read(text, citation, limit: titleFieldLimit + 3), fields.count >= 2 else { return nil }
        for index in 1..<fields.count {
            let field = fields[index]
            let title = index > 1 ? text.string(fields[1].lowerBound..<fields[index - 1].upperBound) : nil
            if let printed = YearJournalCite.read(text, at: field.lowerBound, end: citation.upperBound) {
                var work = WorkDraft(kind: .article, title: title ?? text.string(fields[0]))
                work.authors = [text.string(fields[0])]
                work.volume = printed.year
                work.container = printed.journal
                work.firstPage = printed.page
                work.year = Int(printed.year)
                return reading(text, work, printed.pinpoint, citation, end: printed.end)
            }
            if let printed = volumeYearJournal(text, at: field.lowerBound, end: citation.upperBound) {
                var work = WorkDraft(kind: .article, title: title ?? text.string(fields[0]))
                work.authors = [text.string(fields[0])]
                work.volume = printed.volume
                work.container = printed.journal
                work.firstPage = printed.page
                work.year = printed.year
                var end = printed.end
                var pinpoint: Pinpoint?
                // `, para. 15`, `, 37`
                let after = text.skipSpaces(from: end, end: citation.upperBound)
                if after < citation.upperBound, text.bytes[after] == UInt8(ascii: ","),
                   let parsed = PinpointParser.parse(text, at: text.skipSpaces(from: after + 1, end: citation.upperBound), end: citation.upperBound, allowRoman: false) {
                    pinpoint = parsed.pinpoint
                    end = parsed.end
                }
                return reading(text, work, pinpoint, citation, end: end)
            }
            if index > 1, text.has("available at ", at: field.lowerBound, end: field.upperBound), let title,
               let linked = field.first(where: { text.isLinked($0) }), let link = text.link(covering: linked) {
                var work = WorkDraft(kind: .article, title: title)
                work.authors = [text.string(fields[0])]
                work.url = link.url
                return reading(text, work, nil, citation, end: fields[index - 1].upperBound)
            }
            // A title field holds no number; past the titles, nothing here is such an article.
            guard index <= titleFieldLimit, let first = field.first, Bytes.isUpper(text.bytes[first]) || text.bytes[first] >= 0xC0,
                  !text.bytes[field].contains(where: Bytes.isDigit) else { return nil }
        }
        return nil
    }

    private static func reading(_ text: CitationText, _ work: WorkDraft, _ pinpoint: Pinpoint?, _ citation: Range<Int>, end: Int) -> ClauseReading {
        var rest = text.trimmed(end..<citation.upperBound)
        while let first = rest.first, text.bytes[first] == UInt8(ascii: ",") || text.bytes[first] == UInt8(ascii: ";") {
            rest = text.trimmed(first + 1..<rest.upperBound)
        }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<end,
                             trailing: rest.isEmpty ? nil : rest)
    }

    /// `1 (2010) JIPITEC 34`: volume, year in parentheses, a journal's abbreviation in capitals and the first page.
    private static func volumeYearJournal(_ text: CitationText, at offset: Int, end: Int)
        -> (volume: String, year: Int, journal: String, page: String, end: Int)? {
        let bytes = text.bytes
        var index = offset
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > offset, index - offset <= 4, text.has(" (", at: index, end: end) else { return nil }
        let volume = text.string(offset..<index)
        let yearStart = index + 2
        guard yearStart + 5 <= end, bytes[yearStart + 4] == UInt8(ascii: ")"),
              let year = DateWords.year(in: bytes[yearStart..<yearStart + 4]) else { return nil }
        var position = text.skipSpaces(from: yearStart + 5, end: end)
        let journalStart = position
        var journalEnd = position
        var page: Range<Int>?
        for _ in 0..<4 {
            guard position < end else { break }
            var wordEnd = position
            while wordEnd < end, !Bytes.isSpace(bytes[wordEnd]) { wordEnd += 1 }
            let word = text.trimmingTrailing(position..<wordEnd, [UInt8(ascii: ",")])
            if journalEnd > journalStart, !word.isEmpty, bytes[word].allSatisfy(Bytes.isDigit) {
                page = word
                break
            }
            guard Bytes.isUpper(bytes[position]), !bytes[word].contains(where: Bytes.isDigit) else { return nil }
            journalEnd = word.upperBound
            position = text.skipSpaces(from: wordEnd, end: end)
        }
        guard let page else { return nil }
        return (volume, year, text.string(journalStart..<journalEnd), text.string(page), page.upperBound)
    }
}
