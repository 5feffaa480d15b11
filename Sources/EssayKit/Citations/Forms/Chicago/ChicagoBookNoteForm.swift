import LowLevel

/// A book cited in a Chicago note, its title in roman type once the italics are lost: the authors
/// (or editors, `ed.`), the title, an editor, translator, edition or volume after it, the place,
/// publisher and year in brackets, and the pages: `Yann Roe, The Long Tide: How Ports Change, 2nd
/// ed. (New Haven: Harbour University Press, 2006), 45–47`, `Ada Lune, ed., Essays on Docks
/// (Oxford: Quay Press, 1999), 12`, `Pia Vale, The Tide, trans. Jo Poe (Quay Press, 2004), 201`.
///
/// The bracket anchors it: a place's colon before the publisher, or a publisher's word (`Press`,
/// `Publishing`, `Books` ...), then a comma and the year. The title runs from the authors' comma to
/// the fields that name editors, translators, an edition or a volume, so a title's own commas stay
/// in it (`Law, Order, and Docks`), which the fields' reading split. A quoted title is a chapter's
/// or an article's, and a case's ` v. ` is no book, so both are left to their forms.
enum ChicagoBookNoteForm: CitationForm {
    /// The first test of `read`: a name's capital.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0
    }

    /// The year in the bracket.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The most bytes of the authors and title before the bracket.
    private static let longestLead = 320
    /// Words a publisher's name holds when no place's colon comes before it.
    private static let publisherWords: [StaticString] = [
        "Press", "Publishing", "Publishers", "Publisher", "Books", "Verlag", "Editions", "Éditions", "Sons", "Routledge", "Elgar",
    ]
    /// Fields after a title that name who made the edition, or which it is: not the title's.
    private static let afterTitleOpenings: [StaticString] = [
        "ed. ", "eds. ", "edited by ", "Edited by ", "trans. ", "translated by ", "Translated by ", "vol. ", "vols. ", "Vol. ", "with ",
    ]
    /// A list of names of the editors of the book, after them: `Ada Lune, ed.,`.
    private static let editorMarks: [StaticString] = ["ed.", "eds.", "(ed.)", "(eds.)", "ed", "eds"]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        // The gate: a bracket after a space in the first bytes, closing on a year.
        let open = text.firstOffset(of: UInt8(ascii: "("), from: citation.lowerBound, end: min(end, citation.lowerBound + longestLead))
        guard open < end, open > citation.lowerBound + 4, bytes[open - 1] == UInt8(ascii: " "),
              let close = text.closingBracket(after: open, end: end),
              let facts = publication(text, text.trimmed(open + 1..<close - 1)) else { return nil }
        // Nothing after the bracket but the pages after a comma, or the author's parenthesis.
        var pinpoint: Pinpoint?
        var citationEnd = close
        // `, vol. 2, 33–40`: the volume of a set, then its pages, one place.
        let volumeEnd = volumePrefix(text, at: close + 2, end: end)
        if close + 2 < end, bytes[close] == UInt8(ascii: ","), bytes[close + 1] == UInt8(ascii: " "),
           let parsed = PinpointParser.parse(text, at: volumeEnd ?? close + 2, end: end, allowRoman: true) {
            let (pages, pagesEnd) = PinpointParser.withNote(text, parsed, start: volumeEnd ?? close + 2, end: end)
            // `, ch. 4`: a chapter is the place cited, as a page is.
            let chapter = pages.kind == .other && text.has("ch", at: close + 2, end: end)
            guard pages.kind == .page || pages.kind == .pages || pages.kind == .note || chapter else { return nil }
            pinpoint = volumeEnd == nil ? pages : Pinpoint(kind: pages.kind, text: text.string(close + 2..<pagesEnd))
            citationEnd = pagesEnd
        } else if text.has(" at ", at: close, end: end), case let tail = CommonwealthTail.pinpoint(text, from: close, end: end), let place = tail.pinpoint {
            // `Ivo Brandt, Public Powers, 4th ed (Halden: Ashgrove Press, 2011) at 88`: the McGill
            // Guide's book with its italics lost, the same fields with the pinpoint after ` at `.
            pinpoint = place
            citationEnd = tail.end
        } else if close < end, !(close + 1 < end && bytes[close] == UInt8(ascii: " ") && bytes[close + 1] == UInt8(ascii: "(")) {
            // Another `) at` is McGill's and the AGLC's book in emphasis (`PublisherBookForm`, `PlainTitleBookForm`).
            return nil
        }
        guard let lead = authorsAndTitle(text, text.trimmed(citation.lowerBound..<open)) else { return nil }
        var work = WorkDraft(kind: .book, title: text.string(lead.title))
        work.authors = lead.authors
        work.year = facts.year
        work.container = facts.publisher
        return CommonwealthTail.reading(text, work, pinpoint, citation, end: citationEnd)
    }

    /// Just past `vol. 2, ` at `offset` when pages follow it, or nil.
    private static func volumePrefix(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard text.has("vol. ", at: offset, end: end) else { return nil }
        var index = offset + 5
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > offset + 5, text.has(", ", at: index, end: end), index + 2 < end, Bytes.isDigit(text.bytes[index + 2]) else { return nil }
        return index + 2
    }

    /// The publisher and year of `Place: Publisher, Year` or `Publisher, Year` (the publisher then
    /// holding a publisher's word), or nil.
    static func publication(_ text: CitationText, _ inside: Range<Int>) -> (publisher: String, year: Int)? {
        let bytes = text.bytes
        guard inside.count >= 8, inside.count <= 140, !bytes[inside].contains(UInt8(ascii: ";")) else { return nil }
        let yearStart = inside.upperBound - 4
        guard bytes[yearStart..<inside.upperBound].allSatisfy(Bytes.isDigit), let year = DateWords.year(in: bytes[yearStart..<inside.upperBound]),
              bytes[yearStart - 1] == UInt8(ascii: " "), bytes[yearStart - 2] == UInt8(ascii: ",") else { return nil }
        let beforeYear = inside.lowerBound..<yearStart - 2
        var colon = beforeYear.upperBound
        while colon > beforeYear.lowerBound, bytes[colon - 1] != UInt8(ascii: ":") { colon -= 1 }
        let hasPlace = colon > beforeYear.lowerBound
        let publisher = text.trimmed(hasPlace ? colon..<beforeYear.upperBound : beforeYear)
        guard let first = publisher.first, Bytes.isUpper(bytes[first]) || bytes[first] >= 0xC0,
              !bytes[publisher].contains(where: Bytes.isDigit), let firstWord = text.firstWord(in: publisher),
              !DateWords.isMonth(bytes[firstWord]) else { return nil }
        if !hasPlace {
            guard text.words(in: publisher, limit: 9).contains(where: { word in publisherWords.contains { text.equals(word, $0) } }) else { return nil }
        }
        return (text.string(publisher), year)
    }

    /// The authors and the title of `lead`, without the fields after the title that name editors,
    /// translators, an edition or a volume; nil when `lead` is no author's name and book title.
    private static func authorsAndTitle(_ text: CitationText, _ lead: Range<Int>) -> (authors: [String], title: Range<Int>)? {
        let bytes = text.bytes
        guard !bytes[lead].contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ";") }), !text.contains(" v. ", in: lead),
              !text.contains("\u{201C}", in: lead), !text.contains(" v ", in: lead) else { return nil }
        var fields: [Range<Int>] = []
        var start = lead.lowerBound
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: lead) {
            fields.append(text.trimmed(start..<comma))
            start = comma + 1
        }
        fields.append(text.trimmed(start..<lead.upperBound))
        guard fields.count >= 2, fields.allSatisfy({ !$0.isEmpty }) else { return nil }
        // The authors: the first field, or a list closed by a field opening with `and`.
        var authorCount = 1
        if let closing = fields.prefix(5).dropFirst().firstIndex(where: { text.has("and ", at: $0.lowerBound, end: $0.upperBound) }),
           closing + 1 < fields.count, fields[...closing].allSatisfy({ isName(text, $0) }) {
            authorCount = closing + 1
        }
        guard isName(text, fields[0]), let authors = QuotedTitleLead.names(text, fields[0].lowerBound..<fields[authorCount - 1].upperBound) else { return nil }
        var titleStart = authorCount
        // `Ada Lune, ed., Essays on Docks`: the names are the editors'.
        if titleStart < fields.count, editorMarks.contains(where: { text.equals(fields[titleStart], $0) }) { titleStart += 1 }
        var titleEnd = fields.count
        while titleEnd > titleStart + 1, isAfterTitle(text, fields[titleEnd - 1]) { titleEnd -= 1 }
        guard titleStart < titleEnd else { return nil }
        let title = fields[titleStart].lowerBound..<fields[titleEnd - 1].upperBound
        // A title in emphasis is `PublisherBookForm`'s, which reads the styles that keep their italics.
        guard !text.isEmphasized(title.lowerBound) else { return nil }
        guard Bytes.isUpper(bytes[title.lowerBound]) || Bytes.isDigit(bytes[title.lowerBound]) || bytes[title.lowerBound] >= 0xC0,
              !fields[titleStart..<titleEnd].contains(where: { text.has("in ", at: $0.lowerBound, end: $0.upperBound) || text.contains("No.", in: $0) }),
              // `118th Cong., 1st sess.`: a numbered field is a document's, not a title's.
              !fields[titleStart + 1..<titleEnd].contains(where: { Bytes.isDigit(bytes[$0.lowerBound]) }),
              text.wordCount(in: title, limit: 41) <= 40 else { return nil }
        return (authors, title)
    }

    /// Whether `field` names a person or body as an author does: one to six capitalised words.
    private static func isName(_ text: CitationText, _ field: Range<Int>) -> Bool {
        let words = text.words(in: field, limit: 7)
        guard !words.isEmpty, words.count <= 6 else { return false }
        return QuotedTitleLead.names(text, field) != nil
    }

    /// Whether `field` follows a title without being part of it: an editor, a translator, a volume
    /// (`ed. Jo Poe`, `trans. Jo Poe`, `vol. 2`) or an edition (`2nd ed.`, `rev. ed.`).
    private static func isAfterTitle(_ text: CitationText, _ field: Range<Int>) -> Bool {
        if afterTitleOpenings.contains(where: { text.has($0, at: field.lowerBound, end: field.upperBound) }) { return true }
        let words = text.words(in: field, limit: 4)
        guard (2...3).contains(words.count), let last = words.last else { return false }
        // `4th ed`: the McGill Guide's edition, with no period.
        return text.equals(last, "ed.") || text.equals(last, "ed") || text.equals(last, "edn") || text.equals(last, "edition")
    }
}
