import LowLevel

/// A journal article as South African journals and some English ones print it: the authors with
/// their initials first and no comma before the quoted title, the year in brackets when given,
/// then the journal, its volume and issue and the first page, the pinpoint after ` at ` or a comma:
/// `A Roe & B Poe 'Night Shifts at Sea' (2015) Journal of Port Health 12:3 201 at 204`, `C Lamb
/// 'Early Signs' Port Review 9(2) 88 at 91`, `D Vale "Docks" (2011) 27 Harbour LJ 455, 461`.
///
/// The names must open with initials (`A`, `JM`, `A.B.`), so a sentence quoting words before a
/// year is no article; a comma before the title is `CommonwealthArticleForm`'s.
enum InitialsArticleForm: CitationForm {
    /// The first test of `read`: an initial.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte)
    }

    /// Needs the title's opening mark and the page's digits.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.openingQuote, .digit]) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // A single mark before a space may be a plural's apostrophe (`'Dock Workers' Rights'`): the
        // title closes at the first mark after which the rest reads.
        var closeFrom: Int?
        while let lead = lead(text, citation, closingFrom: closeFrom) {
            if let reading = read(text, citation, lead) { return reading }
            closeFrom = lead.end
        }
        return nil
    }

    /// The article whose authors and title are `lead`, read to the citation's end, or nil.
    private static func read(_ text: CitationText, _ citation: Range<Int>, _ lead: (authors: [String], title: Range<Int>, end: Int)) -> ClauseReading? {
        let end = citation.upperBound
        var next = lead.end
        var year: Int?
        let bracket = text.skipSpaces(from: next, end: end)
        if let dated = CommonwealthTail.bracketedYear(text, at: bracket, end: end) {
            year = dated.year
            next = dated.end
        }
        guard let printed = CommonwealthArticleForm.journal(text, from: next, end: end) else { return nil }
        var work = WorkDraft(kind: .article, title: text.string(lead.title))
        work.authors = lead.authors
        work.year = year
        work.volume = printed.volume ?? year.map(String.init)
        work.container = printed.journal
        work.firstPage = printed.page
        let tail = CommonwealthTail.pinpoint(text, from: printed.end, end: end)
        return CommonwealthTail.reading(text, work, tail.pinpoint, citation, end: tail.pinpoint == nil ? printed.end : tail.end)
    }

    /// The authors, the title inside its quotation marks and just past the closing mark, when
    /// `citation` opens with initials-first names and a space, no comma, before the title.
    /// With `closingFrom`, the closing mark is looked for from there on.
    private static func lead(_ text: CitationText, _ citation: Range<Int>, closingFrom: Int?) -> (authors: [String], title: Range<Int>, end: Int)? {
        let bytes = text.bytes
        let limit = min(citation.upperBound, citation.lowerBound + QuotedTitleOpening.longestLead)
        var open = citation.lowerBound + 2
        while open < limit, !(bytes[open - 1] == UInt8(ascii: " ") && opensTitle(bytes, open, end: limit)) { open += 1 }
        guard open < limit, bytes[open - 2] != UInt8(ascii: ",") else { return nil }
        let isDouble = bytes[open] == UInt8(ascii: "\"") || bytes[open] == 0xE2 && bytes[open + 2] == 0x9C
        let titleStart = open + (bytes[open] < 0x80 ? 1 : 3)
        var close = max(titleStart + 1, closingFrom ?? 0)
        while close < citation.upperBound {
            if let width = closingWidth(bytes, close, double: isDouble) {
                let after = close + width
                // A single mark before a letter is an apostrophe (`Workers' Rights`).
                if after == citation.upperBound || bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: ",") {
                    guard let authors = initialsNames(text, text.trimmed(citation.lowerBound..<open)) else { return nil }
                    return (authors, titleStart..<close, after)
                }
                if isDouble { return nil }
            }
            close += 1
        }
        return nil
    }

    /// `'`, `"`, `‘` or `“` before a letter or digit.
    private static func opensTitle(_ bytes: [UInt8], _ offset: Int, end: Int) -> Bool {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") { return offset + 1 < end && Bytes.isWordByte(bytes[offset + 1]) }
        return byte == 0xE2 && offset + 3 < end && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0x98 || bytes[offset + 2] == 0x9C)
    }

    /// The width of a closing mark of the title's kind at `offset`: `'` or `’` for a single one,
    /// `"` or `”` for a double one; nil when none is there.
    private static func closingWidth(_ bytes: [UInt8], _ offset: Int, double: Bool) -> Int? {
        let byte = bytes[offset]
        if byte == UInt8(ascii: double ? "\"" : "'") { return 1 }
        guard byte == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80 else { return nil }
        return bytes[offset + 2] == (double ? 0x9D : 0x99) ? 3 : nil
    }

    /// The names of `lead` when it opens with an initial (`A Roe & B Poe`, `JM van Wyk, P Lamb et
    /// al`), else nil.
    private static func initialsNames(_ text: CitationText, _ lead: Range<Int>) -> [String]? {
        guard let first = text.firstWord(in: lead), isInitials(text, text.trimmingTrailing(first, [])) else { return nil }
        return QuotedTitleLead.names(text, lead)
    }

    /// Whether `word` is initials: one to three capitals, each perhaps with its period (`A`, `JM`, `A.B.`).
    static func isInitials(_ text: CitationText, _ word: Range<Int>) -> Bool {
        var capitals = 0
        for offset in word {
            let byte = text.bytes[offset]
            if Bytes.isUpper(byte) {
                capitals += 1
            } else if byte != UInt8(ascii: ".") {
                return false
            }
        }
        return (1...3).contains(capitals)
    }
}
