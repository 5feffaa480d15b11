import LowLevel

/// A journal article or a chapter as the McGill Guide, OSCOLA and the AGLC cite it: the title in
/// quotation marks with no comma after it, then the year in brackets, the volume, the journal
/// without periods and the first page, the pinpoint after ` at ` or a comma: `Tara Holm, "Quiet
/// Harbours" (2016) 44:3 Dal LJ 310 at 322`, `Pia Lund, 'Trusts' (2011) 27 Oxford Journal of
/// Private Law 455, 461`, `Ivo Sand, 'Docks' [2019] CLJ 45, 50`, `(2019) 12(3) Syd L Rev 8`; a
/// chapter: `Ada Roe, "Dock Rules" in Ivo Sand & Eve Hart, eds, *Ports in Law* (Bay Press, 2011) 57 at 60`;
/// a forthcoming article: `'Tolls' (2019, forthcoming) Harbour Law Review`.
enum CommonwealthArticleForm: CitationForm {
    /// The first test of `read`: a name's capital or a title's quotation mark.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// The most words a journal's name takes (`Oxford Journal of Legal Studies` is five).
    private static let journalWordLimit = 10

    /// Needs the quoted title's opening mark, at the start or after a comma.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .openingQuote) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let lead = QuotedTitleLead.read(text, citation) else { return nil }
        let end = citation.upperBound
        var next = text.skipSpaces(from: lead.end, end: end)
        guard next < end else { return nil }
        // `"Title", (1984) 13 Journal 1`: a draft's comma after the title, before the year's bracket.
        if text.bytes[next] == UInt8(ascii: ","), CommonwealthTail.bracketedYear(text, at: text.skipSpaces(from: next + 1, end: end), end: end) != nil {
            next = text.skipSpaces(from: next + 1, end: end)
        }
        if let dated = CommonwealthTail.bracketedYear(text, at: next, end: end),
           let printed = journal(text, from: dated.end, end: end) {
            var work = WorkDraft(kind: .article, title: text.string(lead.title))
            work.authors = lead.authors
            work.year = dated.year
            work.volume = printed.volume ?? String(dated.year)
            work.container = printed.journal
            work.firstPage = printed.page
            let tail = CommonwealthTail.pinpoint(text, from: printed.end, end: end)
            return CommonwealthTail.reading(text, work, tail.pinpoint, citation, end: tail.pinpoint == nil ? printed.end : tail.end)
        }
        if text.has("in ", at: next, end: end) {
            return chapter(text, lead, from: next + 3, citation)
        }
        if let forthcoming = forthcoming(text, lead, at: next, citation) { return forthcoming }
        return nil
    }

    /// `"Title" (2019, forthcoming) Stanford Law Review`: an article not yet printed, its journal
    /// named to the clause's end, with no volume or page.
    private static func forthcoming(_ text: CitationText, _ lead: QuotedTitleLead, at open: Int, _ citation: Range<Int>) -> ClauseReading? {
        let bytes = text.bytes
        let end = citation.upperBound
        guard bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: end),
              text.contains("forthcoming", in: open..<close), let year = DateWords.year(in: bytes[open..<close]) else { return nil }
        let journal = text.trimmed(close..<end)
        let words = text.words(in: journal, limit: journalWordLimit + 1)
        guard !words.isEmpty, words.count <= journalWordLimit, !bytes[journal].contains(where: Bytes.isDigit),
              words.allSatisfy({ word in Bytes.isUpper(bytes[word.lowerBound]) || joiners.contains(where: { text.equals(word, $0) }) }) else { return nil }
        var work = WorkDraft(kind: .article, title: text.string(lead.title))
        work.authors = lead.authors
        work.year = year
        work.container = text.string(journal)
        return CommonwealthTail.reading(text, work, nil, citation, end: journal.upperBound)
    }

    /// `44:3 Dal LJ 310`, `27 Oxford Journal of Private Law 455`, `12(3) Syd L Rev 8`, `CLJ 45`
    /// after the year: the volume (nil when none), the journal and the first page.
    static func journal(_ text: CitationText, from offset: Int, end: Int) -> (volume: String?, journal: String, page: String, end: Int)? {
        let bytes = text.bytes
        var position = text.skipSpaces(from: offset, end: end)
        // `(2008)27(4) Journal 63`: a draft may leave out the space between the year and the volume.
        guard position > offset || position < end && Bytes.isDigit(bytes[position]), position < end else { return nil }
        var volume: String?
        if Bytes.isDigit(bytes[position]) {
            var volumeEnd = position
            while volumeEnd < end, Bytes.isDigit(bytes[volumeEnd]) { volumeEnd += 1 }
            guard volumeEnd - position <= 4 else { return nil }
            volume = text.string(position..<volumeEnd)
            // The issue: `44:3`, `12(3)`, `12-3`.
            if volumeEnd + 1 < end, bytes[volumeEnd] == UInt8(ascii: ":") || bytes[volumeEnd] == UInt8(ascii: "(") {
                var issueEnd = volumeEnd + 1
                while issueEnd < end, Bytes.isDigit(bytes[issueEnd]) || bytes[issueEnd] == UInt8(ascii: "-") { issueEnd += 1 }
                if issueEnd < end, bytes[volumeEnd] == UInt8(ascii: "("), bytes[issueEnd] == UInt8(ascii: ")") { issueEnd += 1 }
                volumeEnd = issueEnd
            }
            guard volumeEnd < end, bytes[volumeEnd] == UInt8(ascii: " ") else { return nil }
            position = text.skipSpaces(from: volumeEnd, end: end)
        }
        let journalStart = position
        var journalEnd = position
        var words = 0
        while position < end, words <= journalWordLimit {
            var wordEnd = position
            while wordEnd < end, !Bytes.isSpace(bytes[wordEnd]) { wordEnd += 1 }
            let word = text.trimmingTrailing(position..<wordEnd, [UInt8(ascii: ","), UInt8(ascii: ".")])
            guard !word.isEmpty else { return nil }
            if words > 0, Bytes.isDigit(bytes[word.lowerBound]) {
                // `Journal of Port Health 12:3 201`, `Port Review 9(2) 88`: the volume and its issue
                // after the journal's name, then the first page, as South African journals print them.
                if volume == nil, let issued = volumeAfterJournal(text, word, end: end) {
                    return (issued.volume, text.string(journalStart..<journalEnd), issued.page, issued.end)
                }
                var pageEnd = word.lowerBound
                while pageEnd < word.upperBound, Bytes.isDigit(bytes[pageEnd]) { pageEnd += 1 }
                guard pageEnd == word.upperBound || !Bytes.isLetter(bytes[pageEnd]) else { return nil }
                return (volume, text.string(journalStart..<journalEnd), text.string(word.lowerBound..<pageEnd), pageEnd)
            }
            // `Journal Name <:https://example.org/stable/12>, 88`: the journal's address in angle
            // brackets, then a comma and the first page.
            if bytes[word.lowerBound] == UInt8(ascii: "<"), let page = pageAfterAddress(text, from: word.lowerBound, end: end) {
                return (volume, text.string(journalStart..<journalEnd), page.page, page.end)
            }
            let first = bytes[word.lowerBound]
            // `Admin LR (2d)`, `CCLT (4th)`: a series in brackets is part of the journal's name.
            let isSeries = words > 0 && isSeriesWord(text, word)
            guard isSeries || Bytes.isUpper(first) || first >= 0xC0 || joiners.contains(where: { text.equals(word, $0) }),
                  isSeries || !bytes[word].contains(where: Bytes.isDigit) else { return nil }
            words += 1
            journalEnd = word.upperBound
            position = text.skipSpaces(from: wordEnd, end: end)
        }
        return nil
    }

    /// Whether `word` is a series in brackets: `(2d)`, `(3d)`, `(4th)`, `(NS)`.
    private static func isSeriesWord(_ text: CitationText, _ word: Range<Int>) -> Bool {
        let bytes = text.bytes
        guard word.count >= 4, word.count <= 6, bytes[word.lowerBound] == UInt8(ascii: "("), bytes[word.upperBound - 1] == UInt8(ascii: ")") else { return false }
        let inside = word.lowerBound + 1..<word.upperBound - 1
        if bytes[inside].allSatisfy(Bytes.isUpper) { return true }
        let digits = bytes[inside].prefix(while: Bytes.isDigit).count
        return digits > 0 && digits < inside.count && bytes[inside].dropFirst(digits).allSatisfy(Bytes.isLower)
    }

    /// `12:3 201`, `9(2) 88`, `12 201` at `word` after a journal's name: the volume (its issue
    /// left off), the first page and just past it; nil unless a page follows the volume. A
    /// volume with no issue needs its page to be all that follows or a pinpoint's ` at ` or comma.
    private static func volumeAfterJournal(_ text: CitationText, _ word: Range<Int>, end: Int) -> (volume: String, page: String, end: Int)? {
        let bytes = text.bytes
        var volumeEnd = word.lowerBound
        while volumeEnd < word.upperBound, Bytes.isDigit(bytes[volumeEnd]) { volumeEnd += 1 }
        guard volumeEnd - word.lowerBound <= 4 else { return nil }
        var issued = false
        if volumeEnd < word.upperBound {
            let mark = bytes[volumeEnd]
            guard mark == UInt8(ascii: ":") || mark == UInt8(ascii: "(") else { return nil }
            var issueEnd = volumeEnd + 1
            while issueEnd < word.upperBound, Bytes.isDigit(bytes[issueEnd]) { issueEnd += 1 }
            guard issueEnd > volumeEnd + 1 else { return nil }
            if mark == UInt8(ascii: "(") {
                guard issueEnd < word.upperBound, bytes[issueEnd] == UInt8(ascii: ")") else { return nil }
                issueEnd += 1
            }
            guard issueEnd == word.upperBound else { return nil }
            issued = true
        }
        let pageStart = text.skipSpaces(from: word.upperBound, end: end)
        guard pageStart > word.upperBound, pageStart < end else { return nil }
        var pageEnd = pageStart
        while pageEnd < end, Bytes.isDigit(bytes[pageEnd]) { pageEnd += 1 }
        guard pageEnd > pageStart, pageEnd - pageStart <= 5, text.isWordEnd(pageEnd, end: end) else { return nil }
        if !issued {
            let after = text.skipSpaces(from: pageEnd, end: end)
            guard after == end || bytes[after] == UInt8(ascii: ",") || text.has("at ", at: after, end: end) else { return nil }
        }
        return (text.string(word.lowerBound..<volumeEnd), text.string(pageStart..<pageEnd), pageEnd)
    }

    /// The first page after an address in angle brackets at `offset` (`<:https://...>, 88`, `< 10.1/x>, 4410`), and just past it.
    private static func pageAfterAddress(_ text: CitationText, from offset: Int, end: Int) -> (page: String, end: Int)? {
        let bytes = text.bytes
        let close = text.firstOffset(of: UInt8(ascii: ">"), from: offset, end: end)
        guard close < end, close + 2 < end, bytes[close + 1] == UInt8(ascii: ",") else { return nil }
        let pageStart = text.skipSpaces(from: close + 2, end: end)
        var pageEnd = pageStart
        while pageEnd < end, Bytes.isDigit(bytes[pageEnd]) { pageEnd += 1 }
        guard pageEnd > pageStart, pageEnd == end || !Bytes.isLetter(bytes[pageEnd]) else { return nil }
        return (text.string(pageStart..<pageEnd), pageEnd)
    }

    /// The lower-case words a journal's name holds.
    private static let joiners: [StaticString] = ["of", "and", "&", "the", "on", "for", "in", "de", "du", "et"]

    /// `in Ivo Sand & Eve Hart, eds, *Ports in Law* (Bay Press, 2011) 57 at 60`, `in Ivo Sand (ed),
    /// *Ports* (Bay Press 2011) 57`: the book is the emphasised title (or the words before the
    /// bracket), the year the bracket's last word, the first page the number after it.
    private static func chapter(_ text: CitationText, _ lead: QuotedTitleLead, from offset: Int, _ citation: Range<Int>) -> ClauseReading? {
        let bytes = text.bytes
        let end = citation.upperBound
        // The publisher's bracket: the first top-level `(` whose content ends in a year; `(ed)` and `(eds)` come before.
        var open = offset
        var found: (open: Int, close: Int, year: Int)?
        while open < end, open < offset + 400 {
            if bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: end), close - 1 > open + 4,
               bytes[close - 5..<close - 1].allSatisfy(Bytes.isDigit), let year = DateWords.year(in: bytes[close - 5..<close - 1]) {
                found = (open, close, year)
                break
            }
            open += 1
        }
        guard let found else { return nil }
        // The book's title: the last emphasised run before the bracket, else the field before it.
        var titleEnd = found.open
        while titleEnd > offset, Bytes.isSpace(bytes[titleEnd - 1]) || bytes[titleEnd - 1] == UInt8(ascii: ",") { titleEnd -= 1 }
        var titleStart = titleEnd
        if titleEnd > offset, text.isEmphasized(titleEnd - 1) {
            while titleStart > offset, text.isEmphasized(titleStart - 1) { titleStart -= 1 }
        } else {
            // `, vol 2` after the title: the title is the field before the last comma's field.
            while titleStart > offset, bytes[titleStart - 1] != UInt8(ascii: ",") { titleStart -= 1 }
            // `Ports in Law, 2nd ed (Bay Press, 2011)`: an edition is no title; the title is the field before it.
            if EditionField.isEdition(text, text.trimmed(titleStart..<titleEnd)), titleStart > offset {
                titleEnd = titleStart - 1
                titleStart = titleEnd
                while titleStart > offset, bytes[titleStart - 1] != UInt8(ascii: ",") { titleStart -= 1 }
            }
        }
        let book = text.trimmed(titleStart..<titleEnd)
        guard !book.isEmpty, let firstByte = book.first.map({ bytes[$0] }), Bytes.isUpper(firstByte) || firstByte >= 0xC0 else { return nil }
        var work = WorkDraft(kind: .article, title: text.string(lead.title))
        work.authors = lead.authors
        work.year = found.year
        work.container = text.string(book)
        var after = text.skipSpaces(from: found.close, end: end)
        // `(Publisher 2014), 201,205`: some drafts put a comma before the first page too.
        if after + 1 < end, bytes[after] == UInt8(ascii: ","), Bytes.isDigit(bytes[text.skipSpaces(from: after + 1, end: end)]) {
            after = text.skipSpaces(from: after + 1, end: end)
        }
        var pageEnd = after
        while pageEnd < end, Bytes.isDigit(bytes[pageEnd]) { pageEnd += 1 }
        var last = found.close
        if pageEnd > after, pageEnd == end || !Bytes.isLetter(bytes[pageEnd]) {
            work.firstPage = text.string(after..<pageEnd)
            last = pageEnd
            after = pageEnd
        }
        let tail = CommonwealthTail.pinpoint(text, from: after, end: end)
        return CommonwealthTail.reading(text, work, tail.pinpoint, citation, end: tail.pinpoint == nil ? last : tail.end)
    }
}
