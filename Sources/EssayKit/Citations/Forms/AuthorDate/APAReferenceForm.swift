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
        // The title, to the first period (or question mark) a space and a capital follow, or the end.
        var titleEnd = end
        var index = titleStart
        while index + 2 < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!"), bytes[index + 1] == UInt8(ascii: " "),
               Bytes.isUpper(bytes[index + 2]) || bytes[index + 2] >= 0xC0, !(index >= 2 && bytes[index - 2] == UInt8(ascii: " ") && Bytes.isUpper(bytes[index - 1])) {
                titleEnd = byte == UInt8(ascii: ".") ? index : index + 1
                break
            }
            index += 1
        }
        let title = text.trimmed(titleStart..<titleEnd)
        guard !title.isEmpty else { return nil }
        let names = text.string(lead.names)
        var work = WorkDraft(kind: .book, title: text.string(title))
        work.authors = ReferenceEntry.surnames(names)
        guard !work.authors.isEmpty else { return nil }
        work.year = lead.year
        if titleEnd < end {
            let rest = text.trimmed(text.skipSpaces(from: titleEnd + 1, end: end)..<end)
            if let journal = journal(text, rest) {
                work.kind = .article
                work.container = journal.name
                work.volume = journal.volume
                work.firstPage = journal.firstPage
            } else if text.has("In ", at: rest.lowerBound, end: end) {
                work.kind = .book
            } else if !rest.isEmpty {
                // `Press.`: the publisher.
                work.container = text.string(text.trimmingTrailing(rest, [UInt8(ascii: ".")]))
            }
        }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: citation, trailing: nil)
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
