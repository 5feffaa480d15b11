import LowLevel

/// The opening of a citation as the McGill Guide, OSCOLA and the AGLC print an article, chapter or
/// web page: the authors, a comma and the title in quotation marks with no comma after it
/// (`Tara Holm, "Quiet Harbours" (2016)`, `Pia Lund, 'Trusts' [2011]`, `'Members' (*Site*, ...)`).
struct QuotedTitleLead {
    /// The authors as printed, each alone (`Ann Roe and Bo Poe` is two); empty when the title opens the citation.
    var authors: [String]
    /// The title inside its quotation marks.
    var title: Range<Int>
    /// Just past the closing quotation mark.
    var end: Int

    /// The lead of `citation`, or nil. The first test is a byte: a quotation mark must open it or
    /// follow a comma and space in its first `QuotedTitleOpening.longestLead` bytes.
    static func read(_ text: CitationText, _ citation: Range<Int>) -> QuotedTitleLead? {
        let bytes = text.bytes
        // `Mere Tapsell “Title”`: the New Zealand style puts no comma after the names.
        var namesEnd: Int?
        var opening = QuotedTitleOpening.find(text, citation, opens: isOpeningQuote)
        if opening == nil, let found = doubleQuoteAfterNames(text, citation) {
            opening = found
            namesEnd = found - 1
        }
        guard let open = opening else { return nil }
        let quoteWidth = bytes[open] < 0x80 ? 1 : 3
        let titleStart = open + quoteWidth
        var close = titleStart
        while close < citation.upperBound {
            if let width = closingQuoteWidth(bytes, close, opening: bytes[open]), close > titleStart {
                let after = close + width
                // Followed by a space, a comma or the end; a letter after it is an apostrophe (`Boards' Rules`).
                if after == citation.upperBound || bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: ",") {
                    if after == citation.upperBound || bytes[after] == UInt8(ascii: ",") || followsTitle(text, after, end: citation.upperBound) {
                        guard bytes[close - 1] != UInt8(ascii: ",") else { return nil }
                        // The names last: they make strings, and most quoted titles are no such lead.
                        let named = namesEnd.map { names(text, withoutOthers(text, citation.lowerBound..<$0)) }
                        guard let authors = named ?? QuotedTitleOpening.authors(text, citation, open: open) else { return nil }
                        return QuotedTitleLead(authors: authors, title: titleStart..<close, end: after)
                    }
                    // A double mark closes the title where it first closes (`"Title," 12 J 45`); only a
                    // single one may be an apostrophe inside it (`'Boards' Rules'`).
                    if bytes[close] == UInt8(ascii: "\"") || width == 3 && bytes[close + 2] == 0x9D { return nil }
                }
            }
            close += 1
        }
        return nil
    }

    /// The offset of a double quotation mark (`“`, `"`) after a space in the citation's first
    /// `QuotedTitleOpening.longestLead` bytes with no comma before it, as the New Zealand style
    /// prints a title after its authors (`Mere Tapsell “Wharf Rights” in ...`); nil when none is.
    private static func doubleQuoteAfterNames(_ text: CitationText, _ citation: Range<Int>) -> Int? {
        let bytes = text.bytes
        let limit = min(citation.upperBound, citation.lowerBound + QuotedTitleOpening.longestLead)
        var index = citation.lowerBound + 1
        while index + 3 < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: ",") { return nil }
            if byte == UInt8(ascii: "\"") || byte == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9C {
                return bytes[index - 1] == UInt8(ascii: " ") && !Bytes.isSpace(bytes[index + (byte == 0xE2 ? 3 : 1)]) ? index : nil
            }
            index += 1
        }
        return nil
    }

    /// `range` without a closing `and others` (`Wiremu Hona and others`), which names no one.
    private static func withoutOthers(_ text: CitationText, _ range: Range<Int>) -> Range<Int> {
        let trimmed = text.trimmed(range)
        guard trimmed.count > 11, text.has(" and others", at: trimmed.upperBound - 11, end: trimmed.upperBound) else { return trimmed }
        return trimmed.lowerBound..<trimmed.upperBound - 11
    }

    /// Whether what follows a closing quotation mark at `offset` (a space) is what follows a title
    /// in these styles: a bracket (`(2016)`, `[2011]`, `(*Site*, date)`) or ` in ` (a chapter).
    private static func followsTitle(_ text: CitationText, _ offset: Int, end: Int) -> Bool {
        let next = text.skipSpaces(from: offset, end: end)
        guard next < end else { return true }
        let byte = text.bytes[next]
        return byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || text.has("in ", at: next, end: end)
    }

    /// `"`, `'`, the curly opening marks `“` and `‘`, and `”` before a word.
    private static func isOpeningQuote(_ bytes: [UInt8], _ offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { return offset + 1 < bytes.count && !Bytes.isSpace(bytes[offset + 1]) }
        // A draft may open a title with the closing double mark (`”Title”`), as a word processor's
        // smart quotes turn it after a space it did not see.
        return byte == 0xE2 && offset + 3 < bytes.count && bytes[offset + 1] == 0x80
            && (bytes[offset + 2] == 0x9C || bytes[offset + 2] == 0x98 || bytes[offset + 2] == 0x9D && !Bytes.isSpace(bytes[offset + 3]))
    }

    /// The width of a closing mark that pairs with `opening` (its first byte) at `offset`, or nil:
    /// a straight mark closes either, a curly one a mark of its kind, double or single.
    private static func closingQuoteWidth(_ bytes: [UInt8], _ offset: Int, opening: UInt8) -> Int? {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "\"") { return opening == UInt8(ascii: "'") ? nil : 1 }
        if byte == UInt8(ascii: "'") { return opening == UInt8(ascii: "\"") ? nil : 1 }
        guard byte == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80 else { return nil }
        let third = bytes[offset + 2]
        return third == 0x9D || third == 0x99 ? 3 : nil
    }

    /// The names of `lead` (`Ann Roe, Bo Poe and Cy Doe`, `Harbour Trust`), or nil when it does not
    /// read as names: each word capitalised or a particle, no digit, at most twelve words.
    static func names(_ text: CitationText, _ lead: Range<Int>) -> [String]? {
        let words = text.words(in: lead, limit: 13)
        guard !words.isEmpty, words.count <= 12 else { return nil }
        var names: [String] = []
        var start: Int?
        var last = lead.lowerBound
        func close() {
            if let begun = start { names.append(FullWorkForm.withoutEtAl(text.string(begun..<last))) }
            start = nil
        }
        for word in words {
            let bytes = text.bytes[word]
            guard let first = bytes.first, !bytes.contains(where: Bytes.isDigit) else { return nil }
            if text.equals(word, "and") || text.equals(word, "&") {
                close()
                continue
            }
            let core = text.trimmingTrailing(word, [UInt8(ascii: ",")])
            guard Bytes.isUpper(first) || first >= 0xC0 || particles.contains(where: { text.equals(core, $0) }) else { return nil }
            start = start ?? word.lowerBound
            last = core.upperBound
            if core.upperBound < word.upperBound { close() }
        }
        close()
        return names.isEmpty ? nil : names
    }

    /// Words a name or a body's name holds in lower case.
    private static let particles: [StaticString] = ["de", "del", "della", "van", "von", "der", "den", "du", "da", "le", "la", "of", "for", "the", "et", "al", "al."]
}
