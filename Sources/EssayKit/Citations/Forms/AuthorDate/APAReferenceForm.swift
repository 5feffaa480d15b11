import LowLevel

/// A reference in APA's author-date order printed whole in a note: `Smith, J., & Poe, B. (2019).
/// How courts read contracts. Journal of Law and Economics, 12(3), 45-67.` (an article: the
/// journal, its volume and issue and its pages), or `Smith, J. (2019). Title of the book. Press.`
/// (a book).
///
/// The pages after the volume are the article's extent, not a page cited: such a note has no
/// pinpoint. A chapter (`In B. Poe (Ed.), Book (pp. 10-30).`) is read as its title and year alone.
enum APAReferenceForm: CitationForm {
    /// The first test of `read`: the capital of a surname.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte)
    }

    /// The lead's `. (` (`Smith, J. (2019).`): most clauses have none, and the lead is read byte by byte.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .periodParenthesis) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        guard let lead = AuthorDateLead.read(bytes, from: citation.lowerBound, end: end) else { return nil }
        let titleStart = text.skipSpaces(from: lead.period + 1, end: end)
        guard titleStart < end, Bytes.isUpper(bytes[titleStart]) || bytes[titleStart] >= 0xC0 else { return nil }
        // The title, to the first period (or question mark) a space and a capital, an address or a
        // parenthesis follow (`. (ED512345).`), or the end.
        var titleEnd = end
        var index = titleStart
        while index + 2 < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!"), bytes[index + 1] == UInt8(ascii: " "),
               Bytes.isUpper(bytes[index + 2]) || bytes[index + 2] >= 0xC0 || bytes[index + 2] == UInt8(ascii: "(") || text.has("http", at: index + 2, end: end),
               !(index >= 2 && bytes[index - 2] == UInt8(ascii: " ") && Bytes.isUpper(bytes[index - 1])) {
                titleEnd = byte == UInt8(ascii: ".") ? index : index + 1
                break
            }
            index += 1
        }
        var title = text.trimmed(titleStart..<titleEnd)
        // `Mapping Local Courts [Conference Session]`: the kind of piece, no part of its title.
        if title.count > 2, bytes[title.upperBound - 1] == UInt8(ascii: "]"),
           let open = (title.lowerBound..<title.upperBound).last(where: { bytes[$0] == UInt8(ascii: "[") }), open > title.lowerBound {
            title = text.trimmed(title.lowerBound..<open)
        }
        // `Origins of community mediation at 14`: the page cited, glued to the title's end.
        var pinpoint: Pinpoint?
        if let page = trailingPage(text, title) {
            pinpoint = page.pinpoint
            title = text.trimmed(title.lowerBound..<page.start)
        }
        guard !title.isEmpty else { return nil }
        let names = text.string(lead.names)
        var work = WorkDraft(kind: .book, title: text.string(title))
        work.authors = lead.isBody ? [String(names.dropLast())] : ReferenceEntry.surnames(names)
        work.authorIsInstitution = lead.isBody
        guard !work.authors.isEmpty else { return nil }
        work.year = lead.year
        if titleEnd < end {
            var rest = text.trimmed(text.skipSpaces(from: titleEnd + 1, end: end)..<end)
            // `The Daily Ledger. https://...`: the page's address closes the entry.
            if let address = lastAddress(text, rest) {
                work.url = text.string(address)
                work.kind = .webpage
                rest = text.trimmingTrailing(text.trimmed(rest.lowerBound..<address.lowerBound), [UInt8(ascii: "."), UInt8(ascii: " "), UInt8(ascii: ",")])
            }
            if let journal = journal(text, rest) {
                work.kind = .article
                work.container = journal.name
                work.volume = journal.volume
                work.firstPage = journal.firstPage
            } else if text.has("In ", at: rest.lowerBound, end: end) {
                work.kind = .book
            } else if !rest.isEmpty, bytes[rest.lowerBound] != UInt8(ascii: "(") {
                // `Press.`: the publisher; `The Daily Ledger`: the site.
                work.container = text.string(text.trimmingTrailing(rest, [UInt8(ascii: ".")]))
            } else if let number = reportNumber(text, rest) {
                // `(ED512345)`, `(Report No. 12-3)`: the report's number, as APA prints it after the title.
                work.documentNumber = number
                work.kind = .report
            }
        }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    /// `(ED512345)` or `(Report No. 12-3)` opening `rest`: the number inside, or nil. A parenthesis
    /// that holds words (`(Vol. 2)`, `(2nd ed.)`) is no report number.
    private static func reportNumber(_ text: CitationText, _ rest: Range<Int>) -> String? {
        let bytes = text.bytes
        guard let open = rest.first, bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: rest.upperBound) else { return nil }
        var inner = text.trimmed(open + 1..<close - 1)
        if text.has("Report No. ", at: inner.lowerBound, end: inner.upperBound) {
            inner = text.trimmed(inner.lowerBound + 11..<inner.upperBound)
        } else if text.has("No. ", at: inner.lowerBound, end: inner.upperBound) {
            inner = text.trimmed(inner.lowerBound + 4..<inner.upperBound)
        }
        guard inner.count >= 3, inner.contains(where: { Bytes.isDigit(bytes[$0]) }),
              !inner.contains(where: { Bytes.isSpace(bytes[$0]) }) else { return nil }
        return text.string(inner)
    }

    /// `... at 14` closing a title: where ` at` starts and the page, or nil.
    private static func trailingPage(_ text: CitationText, _ title: Range<Int>) -> (start: Int, pinpoint: Pinpoint)? {
        let bytes = text.bytes
        var digits = title.upperBound
        while digits > title.lowerBound, Bytes.isDigit(bytes[digits - 1]) { digits -= 1 }
        guard digits < title.upperBound, title.upperBound - digits <= 5, digits - title.lowerBound > 4,
              text.has(" at ", at: digits - 4, end: title.upperBound) else { return nil }
        return (digits - 4, Pinpoint(kind: .page, text: text.string(digits..<title.upperBound)))
    }

    /// The written-out address that closes `rest` (`https://perma.cc/AB12-CD34`), or nil.
    private static func lastAddress(_ text: CitationText, _ rest: Range<Int>) -> Range<Int>? {
        let bytes = text.bytes
        var end = rest.upperBound
        while end > rest.lowerBound, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        var start = end
        while start > rest.lowerBound, !Bytes.isSpace(bytes[start - 1]) { start -= 1 }
        guard start < end, text.has("http://", at: start, end: end) || text.has("https://", at: start, end: end) else { return nil }
        return start..<end
    }

    /// `Journal of Law and Economics, 12(3), 45-67`: the journal, its volume and first page.
    private static func journal(_ text: CitationText, _ rest: Range<Int>) -> (name: String, volume: String, firstPage: String?)? {
        let bytes = text.bytes
        // The journal's name to the comma before the volume.
        var comma = rest.lowerBound
        while true {
            comma = text.firstOffset(of: UInt8(ascii: ","), from: comma, end: rest.upperBound)
            guard comma + 2 < rest.upperBound else { return nil }
            if bytes[comma + 1] == UInt8(ascii: " "), Bytes.isDigit(bytes[comma + 2]) { break }
            comma += 1
        }
        let name = text.trimmed(rest.lowerBound..<comma)
        guard !name.isEmpty, Bytes.isUpper(bytes[name.lowerBound]) else { return nil }
        var index = comma + 2
        let volumeStart = index
        while index < rest.upperBound, Bytes.isDigit(bytes[index]) { index += 1 }
        let volume = text.string(volumeStart..<index)
        // `(3)`, the issue.
        if index < rest.upperBound, bytes[index] == UInt8(ascii: "(") {
            guard let pastClose = text.closingBracket(after: index, end: rest.upperBound) else { return nil }
            index = pastClose
        }
        var firstPage: String?
        if index + 2 < rest.upperBound, bytes[index] == UInt8(ascii: ","), bytes[index + 1] == UInt8(ascii: " "), Bytes.isDigit(bytes[index + 2]) {
            var pageEnd = index + 2
            while pageEnd < rest.upperBound, Bytes.isDigit(bytes[pageEnd]) { pageEnd += 1 }
            firstPage = text.string(index + 2..<pageEnd)
        }
        return (text.string(name), volume, firstPage)
    }
}
