import LowLevel

/// Where a continental footnote says a decision or article is printed: the year, the journal's
/// abbreviation (perhaps explained in parentheses) and the first page, then a pinpoint and a
/// decision's name: `2005 GRUR (Gewerblicher Rechtsschutz und Urheberrecht) 860, 861 — Fash 2000`,
/// `1999 GRUR Int. 839, 843`, `2006 K&R 74, 76 f.`.
struct YearJournalCite {
    var year: String
    var journal: String
    var page: String
    var pinpoint: Pinpoint?
    /// A decision's name, after a dash.
    var name: String?
    /// Just past the last of these.
    var end: Int

    /// The most words a journal's abbreviation takes (`GRUR Int.`, `GRUR-RR`).
    private static let journalWordLimit = 3

    static func read(_ text: CitationText, at offset: Int, end: Int) -> YearJournalCite? {
        let bytes = text.bytes
        var index = offset
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index - offset == 4, let year = DateWords.year(in: bytes[offset..<index]), (1900...2099).contains(year),
              index < end, bytes[index] == UInt8(ascii: " ") else { return nil }
        var journalWords: [Range<Int>] = []
        var position = text.skipSpaces(from: index, end: end)
        var page: Range<Int>?
        var pageEnd = offset
        while position < end, journalWords.count <= journalWordLimit {
            if bytes[position] == UInt8(ascii: "("), let close = text.closingBracket(after: position, end: end), !journalWords.isEmpty {
                position = text.skipSpaces(from: close, end: end)
                continue
            }
            var wordEnd = position
            while wordEnd < end, !Bytes.isSpace(bytes[wordEnd]) { wordEnd += 1 }
            let word = text.trimmingTrailing(position..<wordEnd, [UInt8(ascii: ",")])
            // The first page: digits, perhaps a range of pages (`145-152`), perhaps a thin space and dash after.
            if !journalWords.isEmpty, !word.isEmpty, Bytes.isDigit(bytes[word.lowerBound]) {
                var digitsEnd = word.lowerBound
                while digitsEnd < word.upperBound, Bytes.isDigit(bytes[digitsEnd]) { digitsEnd += 1 }
                var rangeEnd = digitsEnd
                if rangeEnd + 1 < word.upperBound, bytes[rangeEnd] == UInt8(ascii: "-") || text.has("–", at: rangeEnd, end: word.upperBound) {
                    var lastPage = rangeEnd + (bytes[rangeEnd] == UInt8(ascii: "-") ? 1 : 3)
                    let lastStart = lastPage
                    while lastPage < word.upperBound, Bytes.isDigit(bytes[lastPage]) { lastPage += 1 }
                    if lastPage > lastStart { rangeEnd = lastPage }
                }
                guard rangeEnd == word.upperBound || bytes[rangeEnd] >= 0x80 else { return nil }
                page = word.lowerBound..<digitsEnd
                pageEnd = rangeEnd
                break
            }
            let lead = bytes[position]
            guard Bytes.isUpper(lead) || lead >= 0xC0, !bytes[word].contains(where: Bytes.isDigit) else { return nil }
            journalWords.append(word)
            position = text.skipSpaces(from: wordEnd, end: end)
        }
        guard let page, let firstWord = journalWords.first, let lastWord = journalWords.last else { return nil }
        var cite = YearJournalCite(year: text.string(offset..<index), journal: text.string(firstWord.lowerBound..<lastWord.upperBound),
                                   page: text.string(page), end: pageEnd)
        // `, 861`, `, 76 f.`, `, 694 ff.`: the pinpoint.
        var after = cite.end
        if after < end, bytes[after] == UInt8(ascii: ",") {
            let start = text.skipSpaces(from: after + 1, end: end)
            var pinEnd = start
            while pinEnd < end, Bytes.isDigit(bytes[pinEnd]) || bytes[pinEnd] == UInt8(ascii: "-") { pinEnd += 1 }
            if text.has("–", at: pinEnd, end: end) {
                pinEnd += 3
                while pinEnd < end, Bytes.isDigit(bytes[pinEnd]) { pinEnd += 1 }
            }
            if pinEnd > start, pinEnd == end || !Bytes.isLetter(bytes[pinEnd]) || text.has("f.", at: pinEnd, end: end) || text.has("ff.", at: pinEnd, end: end) {
                for suffix in [" ff.", " f.", "ff.", "f."] as [StaticString] where text.has(suffix, at: pinEnd, end: end) {
                    pinEnd += suffix.utf8CodeUnitCount
                    break
                }
                cite.pinpoint = Pinpoint(kind: .page, text: text.string(start..<pinEnd))
                cite.end = pinEnd
                after = pinEnd
            }
        }
        // `— Fash 2000`: the decision's name, to a comma (the dash perhaps between thin spaces).
        let dash = skipWideSpaces(text, from: after, end: end)
        for mark in ["—", "–", "-"] as [StaticString] where text.has(mark, at: dash, end: end) {
            let nameStart = skipWideSpaces(text, from: dash + mark.utf8CodeUnitCount, end: end)
            guard nameStart > dash + mark.utf8CodeUnitCount, nameStart < end else { break }
            var nameEnd = nameStart
            while nameEnd < end, bytes[nameEnd] != UInt8(ascii: ","), bytes[nameEnd] != UInt8(ascii: ";") { nameEnd += 1 }
            let name = text.trimmed(nameStart..<nameEnd)
            if !name.isEmpty {
                cite.name = text.string(name)
                cite.end = name.upperBound
            }
            break
        }
        return cite
    }

    /// Past spaces at `offset`, the thin, narrow and no-break spaces of typesetting too.
    static func skipWideSpaces(_ text: CitationText, from offset: Int, end: Int) -> Int {
        var index = offset
        while index < end {
            if Bytes.isSpace(text.bytes[index]) {
                index += 1
            } else if text.has("\u{2009}", at: index, end: end) || text.has("\u{202F}", at: index, end: end) {
                index += 3
            } else if text.has("\u{00A0}", at: index, end: end) {
                index += 2
            } else {
                break
            }
        }
        return index
    }
}
