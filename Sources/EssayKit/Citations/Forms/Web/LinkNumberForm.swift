import LowLevel

/// A page a book cites by its title and the number of its entry in the book's table of links, with
/// no address printed: `"Leaving the Harbour," available at link #41`, `Harbour Board statement:
/// available at link #42`. The title (quoted, or the words before a colon) names the page; the
/// link's number, kept as the page's document number, sets apart pages of one title.
enum LinkNumberForm: CitationForm {
    /// The most bytes a title takes before the pointer.
    private static let longestTitle = 160
    /// The words that point at the link, before `at`.
    private static let pointers: [StaticString] = ["available", "found", "online"]

    /// Needs the link's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        // The gate: the clause ends in `link #` and digits.
        guard let last = citation.last, Bytes.isDigit(bytes[last]) else { return nil }
        var hash = last
        while hash > citation.lowerBound, Bytes.isDigit(bytes[hash]) { hash -= 1 }
        guard bytes[hash] == UInt8(ascii: "#"), hash - 5 >= citation.lowerBound,
              text.has("link ", at: hash - 5, end: citation.upperBound, ignoringFirstLetterCase: true) else { return nil }
        // `available at`, `at`: the pointer before `link`.
        var lead = text.trimmed(citation.lowerBound..<hash - 5)
        if lead.count >= 3, text.has(" at", at: lead.upperBound - 3, end: lead.upperBound) {
            lead = text.trimmed(lead.lowerBound..<lead.upperBound - 3)
            if let word = text.lastWord(in: lead), pointers.contains(where: { text.equals(word, $0) }) {
                lead = text.trimmed(lead.lowerBound..<word.lowerBound)
            }
        }
        lead = text.trimmingTrailing(lead, [UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: ";")])
        let number = "link #" + text.string(hash + 1..<last + 1)
        // `See link #15.`: the link alone, a page known only by its number.
        if lead.isEmpty, hash - 5 == citation.lowerBound {
            var work = WorkDraft(kind: .webpage, title: number)
            work.documentNumber = number
            return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: citation.lowerBound..<last + 1, trailing: nil)
        }
        var work: WorkDraft
        if let authored = authoredItem(text, lead) {
            work = authored
        } else {
            guard let title = title(text, lead) else { return nil }
            work = WorkDraft(kind: .webpage, title: text.string(title))
        }
        work.documentNumber = number
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: lead.lowerBound..<last + 1, trailing: nil)
    }

    /// `Pia Strand, "Open Shelves," Netfolio, 3 May 2002`: an item with its author, quoted title,
    /// venue and date before the link, the link its only locator.
    private static func authoredItem(_ text: CitationText, _ lead: Range<Int>) -> WorkDraft? {
        guard let opening = ChicagoTitleLead.read(text, lead), !opening.authors.isEmpty else { return nil }
        var work = WorkDraft(kind: .webpage, title: text.string(opening.title))
        work.authors = opening.authors
        let rest = text.trimmed(opening.end..<lead.upperBound)
        guard !rest.isEmpty else { return work }
        let venueEnd = text.firstOffset(of: UInt8(ascii: ","), from: rest.lowerBound, end: rest.upperBound)
        let venue = text.trimmed(rest.lowerBound..<venueEnd)
        if !venue.isEmpty, Bytes.isUpper(text.bytes[venue.lowerBound]) || text.isEmphasized(venue.lowerBound) { work.container = text.string(venue) }
        work.year = DateWords.year(in: text.bytes[rest])
        return work
    }

    /// The page's title in `lead`: inside quotation marks (`"Leaving the Harbour,"`), or a few
    /// words opening with a capital (`Harbour Board statement`).
    private static func title(_ text: CitationText, _ lead: Range<Int>) -> Range<Int>? {
        let bytes = text.bytes
        guard !lead.isEmpty, lead.count <= longestTitle else { return nil }
        if ChicagoTitleLead.opensQuote(bytes, lead.lowerBound) {
            let inner = lead.lowerBound + (bytes[lead.lowerBound] < 0x80 ? 1 : 3)
            var close = lead.upperBound - 1
            while close > inner, bytes[close] >= 0x80, bytes[close] < 0xC0 { close -= 1 }
            guard close > inner, bytes[close] == UInt8(ascii: "\"") || bytes[close] == UInt8(ascii: "'") || bytes[close] == 0xE2 else { return nil }
            let title = text.trimmingTrailing(text.trimmed(inner..<close), [UInt8(ascii: ",")])
            return title.isEmpty ? nil : title
        }
        guard Bytes.isUpper(bytes[lead.lowerBound]), !bytes[lead].contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ";") || $0 == 0xE2 }),
              text.words(in: lead, limit: 13).count <= 12 else { return nil }
        return lead
    }
}
