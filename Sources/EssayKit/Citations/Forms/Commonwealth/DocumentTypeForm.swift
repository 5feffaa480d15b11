import LowLevel

/// A report, paper, web page or release as the AGLC cites it, its kind and date in brackets after the
/// title: `Office of the Widget Commissioner, 'Page Title' (Web Page, 2023) <https://...>`, `Widget
/// Monitor, *Review of the operation of section 35P of the Widget Act 1979* (Report, March 2020) 12`,
/// `Law Reform Commission, *Widget Privacy* (Report No 108, May 2008) [3.4]`, `Widget Minister,
/// 'Title' (Media Release, 3 May 2022)`.
///
/// The bracket's first words name the document's kind (`Report`, `Web Page`, `Discussion Paper` ...)
/// and it holds a year; the work is the document, its title whatever it names (an Act's section in
/// `Review of the operation of section 35P of ...` is the report's title, not a citation of the Act).
/// The authors are the field before the title's first comma; a pinpoint and an address may follow.
enum DocumentTypeForm: CitationForm {
    /// The first test of `read`: a name's or title's letter, or a quotation mark.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isLetter(byte) || byte >= 0xC0 || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")
    }

    /// The bracket's year.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The kinds of document the AGLC names in the bracket, each with the work's kind.
    private static let types: [(word: StaticString, kind: Authority.Kind)] = [
        ("Web Page", .webpage), ("Blog Post", .webpage), ("Report", .report), ("Final Report", .report), ("Interim Report", .report),
        ("Discussion Paper", .report), ("Issues Paper", .report), ("Consultation Paper", .report), ("Background Paper", .report),
        ("Research Paper", .report), ("Working Paper", .report), ("Policy Paper", .report), ("Information Paper", .report),
        ("Position Paper", .report), ("Options Paper", .report), ("Green Paper", .report), ("White Paper", .report),
        ("Guidelines", .document), ("Guide", .document), ("Fact Sheet", .document), ("Media Release", .document),
        ("Press Release", .document), ("Submission", .document), ("Policy", .document), ("Bulletin", .document),
        ("Statement", .document), ("Explanatory Note", .document), ("Guidance Note", .document), ("Speech", .speech),
    ]
    /// How far into the clause the bracket is looked for, in bytes.
    private static let reach = 600

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        guard citation.count >= 12 else { return nil }
        // The bracket: ` (` and a document's kind, bracket by bracket.
        var open = citation.lowerBound
        let limit = min(end, citation.lowerBound + reach)
        var found: (type: (word: StaticString, kind: Authority.Kind), close: Int)?
        while found == nil {
            open = text.firstOffset(of: UInt8(ascii: "("), from: open + 1, end: limit)
            guard open < limit, open > citation.lowerBound + 2 else { return nil }
            guard bytes[open - 1] == UInt8(ascii: " "), let type = types.first(where: { text.has($0.word, at: open + 1, end: end) }) else { continue }
            let after = open + 1 + type.word.utf8CodeUnitCount
            // `(Report, March 2020)`, `(Report No 108, May 2008)`: a comma or a number after the kind.
            guard after < end, bytes[after] == UInt8(ascii: ",") || text.has(" No ", at: after, end: end),
                  let close = text.closingBracket(after: open, end: end), close - open <= 80,
                  DateWords.year(in: bytes[open..<close]) != nil else { continue }
            found = (type, close)
        }
        guard let found else { return nil }
        let before = text.trimmed(citation.lowerBound..<open)
        guard let named = titleAndAuthors(text, before) else { return nil }
        var work = WorkDraft(kind: found.type.kind, title: text.string(named.title))
        work.authors = named.authors
        work.authorIsInstitution = named.authors.count == 1 && !WorkFields.isPersonName(text, named.authorRange ?? 0..<0)
        work.year = DateWords.year(in: bytes[open..<found.close])
        // `(Report No 108, ...)`: the document's number.
        let typeEnd = open + 1 + found.type.word.utf8CodeUnitCount
        if text.has(" No ", at: typeEnd, end: end) {
            var numberEnd = typeEnd + 4
            while numberEnd < found.close - 1, bytes[numberEnd] != UInt8(ascii: ","), bytes[numberEnd] != UInt8(ascii: ")") { numberEnd += 1 }
            work.documentNumber = text.string(text.trimmed(open + 1..<numberEnd))
        }
        var citationEnd = found.close
        // A pinpoint (`12`, `[3.4]`, `ch 2`), then an address in angle brackets or printed.
        let tail = CommonwealthTail.pinpoint(text, from: found.close, end: end)
        var pinpoint = tail.pinpoint
        if pinpoint == nil {
            let start = text.skipSpaces(from: found.close, end: end)
            if start > found.close, let place = CommonwealthTail.markedPlace(text, at: start, end: end) {
                pinpoint = place.pinpoint
                citationEnd = place.end
            } else if start > found.close, start < end, Bytes.isDigit(bytes[start]),
                      let parsed = PinpointParser.parse(text, at: start, end: end, allowRoman: false) {
                pinpoint = parsed.pinpoint
                citationEnd = parsed.end
            }
        } else {
            citationEnd = tail.end
        }
        if let url = address(text, from: citationEnd, end: end) {
            work.url = url.url
            citationEnd = url.end
        }
        return CommonwealthTail.reading(text, work, pinpoint, citation, end: citationEnd)
    }

    /// The title before the bracket, quoted (`'Page Title'`), in emphasis or plain, and the authors
    /// in the field before it; nil when the words before the bracket are no title.
    private static func titleAndAuthors(_ text: CitationText, _ before: Range<Int>) -> (title: Range<Int>, authors: [String], authorRange: Range<Int>?)? {
        let bytes = text.bytes
        guard !before.isEmpty else { return nil }
        var titleEnd = before.upperBound
        var titleStart: Int
        let last = bytes[titleEnd - 1]
        if last == UInt8(ascii: "'") || last == UInt8(ascii: "\"") || titleEnd - before.lowerBound > 3 && text.has("\u{2019}", at: titleEnd - 3, end: titleEnd)
            || titleEnd - before.lowerBound > 3 && text.has("\u{201D}", at: titleEnd - 3, end: titleEnd) {
            // `'Page Title'`: back to its opening mark after a space or at the start.
            let width = last < 0x80 ? 1 : 3
            titleEnd -= width
            titleStart = titleEnd - 1
            while titleStart > before.lowerBound {
                let byte = bytes[titleStart]
                let opens = byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == 0xE2 && titleStart + 2 < titleEnd
                    && bytes[titleStart + 1] == 0x80 && (bytes[titleStart + 2] == 0x98 || bytes[titleStart + 2] == 0x9C)
                if opens, titleStart == before.lowerBound || bytes[titleStart - 1] == UInt8(ascii: " ") { break }
                titleStart -= 1
            }
            let markWidth = bytes[titleStart] < 0x80 ? 1 : 3
            let lead = text.trimmed(before.lowerBound..<titleStart)
            titleStart += markWidth
            guard titleStart < titleEnd else { return nil }
            return finish(text, lead: lead, title: titleStart..<titleEnd)
        }
        if text.isEmphasized(titleEnd - 1) {
            titleStart = titleEnd
            while titleStart > before.lowerBound, text.isEmphasized(titleStart - 1) { titleStart -= 1 }
            return finish(text, lead: text.trimmed(before.lowerBound..<titleStart), title: text.trimmed(titleStart..<titleEnd))
        }
        // Plain: the field after the first comma, or the whole when no comma parts a lead.
        let comma = text.firstOffset(of: UInt8(ascii: ","), from: before.lowerBound, end: before.upperBound)
        if comma < before.upperBound {
            titleStart = comma + 1
            return finish(text, lead: text.trimmed(before.lowerBound..<comma), title: text.trimmed(titleStart..<titleEnd))
        }
        titleEnd = before.upperBound
        return finish(text, lead: before.lowerBound..<before.lowerBound, title: before)
    }

    private static func finish(_ text: CitationText, lead: Range<Int>, title: Range<Int>) -> (title: Range<Int>, authors: [String], authorRange: Range<Int>?)? {
        let lead = text.trimmingTrailing(lead, [UInt8(ascii: ",")])
        guard !title.isEmpty, text.wordCount(in: title, limit: 41) <= 40 else { return nil }
        let first = text.bytes[title.lowerBound]
        guard Bytes.isUpper(first) || first >= 0xC0 || Bytes.isDigit(first) else { return nil }
        if lead.isEmpty { return (title, [], nil) }
        guard let authors = QuotedTitleLead.names(text, lead) else { return nil }
        return (title, authors, lead)
    }

    /// An address after `offset` (`<https://...>`, a link, or one printed), and just past it.
    private static func address(_ text: CitationText, from offset: Int, end: Int) -> (url: String, end: Int)? {
        var index = text.skipSpaces(from: offset, end: end)
        guard index < end else { return nil }
        if text.bytes[index] == UInt8(ascii: ",") { index = text.skipSpaces(from: index + 1, end: end) }
        if index < end, text.bytes[index] == UInt8(ascii: "<") { index += 1 }
        guard index < end else { return nil }
        if text.isLinked(index), let link = text.link(covering: index) {
            var linkEnd = min(link.range.upperBound, end)
            if linkEnd < end, text.bytes[linkEnd] == UInt8(ascii: ">") { linkEnd += 1 }
            return (link.url, linkEnd)
        }
        guard text.has("http", at: index, end: end) else { return nil }
        var urlEnd = index
        while urlEnd < end, !Bytes.isSpace(text.bytes[urlEnd]), text.bytes[urlEnd] != UInt8(ascii: ">") { urlEnd += 1 }
        let url = text.trimmingTrailing(index..<urlEnd, [UInt8(ascii: "."), UInt8(ascii: ",")])
        if urlEnd < end, text.bytes[urlEnd] == UInt8(ascii: ">") { urlEnd += 1 }
        return (text.string(url), urlEnd)
    }
}
