import LowLevel

/// A book as the New Zealand Law Style Guide and the AGLC cite it once its italics are lost: the
/// authors, the title, then the edition, publisher, place and year in brackets, the pinpoint after
/// ` at `: `Mere Tapsell Harbour Law in Practice (3rd ed, Tide Press, Nelson, 2014) at [12.4]`,
/// `Wiremu Hona and others Port Review Handbook (online looseleaf ed, Tide Press) at [41.2]`.
///
/// With no comma and no emphasis between them, the authors are the first two words (a given name
/// and a surname), or the names joined by `and` (`and others`); a comma after the names parts
/// them where one is printed. The bracket must hold commas between its facts and either end in a
/// year or name an edition (`ed`), with no place's colon (`Boston: Tide Press, 2001` is Chicago's,
/// which a page after a comma follows). Only a pinpoint after ` at `, or nothing, may follow it.
enum PlainTitleBookForm: CitationForm {
    /// The first test of `read`: a name's capital.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte)
    }

    /// The year or the pinpoint's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The most bytes the authors and title take before the bracket.
    private static let longestLead = 200
    /// The most words of the authors and title.
    private static let longestTitle = 20
    /// Lower-case words a title holds between its capitalised ones.
    private static let smallWords: [StaticString] = ["of", "in", "the", "and", "for", "on", "to", "a", "an", "&", "at", "by", "with", "others"]

    /// The Bluebook's marks of editors and an edition at a bracket's field's end.
    private static let editorMarks: [StaticString] = ["ed.", "eds.", "eds"]
    /// Articles that open a title, never a name.
    private static let articles: [StaticString] = ["The", "THE", "A", "An", "AN"]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        let open = text.firstOffset(of: UInt8(ascii: "("), from: citation.lowerBound, end: min(end, citation.lowerBound + longestLead))
        guard open < end, open > citation.lowerBound, bytes[open - 1] == UInt8(ascii: " "),
              let close = text.closingBracket(after: open, end: end) else { return nil }
        let inside = text.trimmed(open + 1..<close - 1)
        guard let facts = publication(text, inside) else { return nil }
        // Only ` at ` and a pinpoint, or nothing, after the bracket.
        let tail = CommonwealthTail.pinpoint(text, from: close, end: end)
        let after = text.skipSpaces(from: close, end: end)
        guard after == end || tail.pinpoint != nil && text.has("at ", at: after, end: end) else { return nil }
        guard let lead = authorsAndTitle(text, text.trimmed(citation.lowerBound..<open)) else { return nil }
        var work = WorkDraft(kind: .book, title: text.string(lead.title))
        work.authors = lead.authors
        work.year = facts.year
        work.container = facts.publisher
        return CommonwealthTail.reading(text, work, tail.pinpoint, citation, end: tail.pinpoint == nil ? close : tail.end)
    }

    /// The publisher and year of a bracket of publication facts (`3rd ed, Tide Press, Nelson,
    /// 2014`, `online looseleaf ed, Tide Press`), or nil when it is none.
    private static func publication(_ text: CitationText, _ inside: Range<Int>) -> (publisher: String?, year: Int?)? {
        let bytes = text.bytes
        guard inside.count >= 8, inside.count <= 120, !bytes[inside].contains(UInt8(ascii: ":")) else { return nil }
        var fields: [Range<Int>] = []
        var start = inside.lowerBound
        while start < inside.upperBound {
            let comma = text.firstOffset(of: UInt8(ascii: ","), from: start, end: inside.upperBound)
            fields.append(text.trimmed(start..<comma))
            start = comma + 1
        }
        guard fields.count >= 2, fields.allSatisfy({ !$0.isEmpty }) else { return nil }
        // `Ann Roe & Bo Poe eds., 2010`, `2d ed.`: the Bluebook's bracket of editors and edition, read by its own forms.
        guard !fields.contains(where: { field in
            editorMarks.contains { mark in
                field.count >= mark.utf8CodeUnitCount && text.has(mark, at: field.upperBound - mark.utf8CodeUnitCount, end: field.upperBound)
            }
        }) else { return nil }
        var year: Int?
        if let last = fields.last, last.count == 4, bytes[last].allSatisfy(Bytes.isDigit) { year = DateWords.year(in: bytes[last]) }
        let edition = fields.contains { field in
            field.count >= 2 && text.has("ed", at: field.upperBound - 2, end: field.upperBound) && (field.count == 2 || bytes[field.upperBound - 3] == UInt8(ascii: " "))
        }
        guard year != nil || edition else { return nil }
        // The publisher: the first field of capitalised words, no edition, no digit.
        let publisher = fields.first { field in
            Bytes.isUpper(bytes[field.lowerBound]) && !bytes[field].contains(where: Bytes.isDigit)
                && !(field.count >= 2 && text.has("ed", at: field.upperBound - 2, end: field.upperBound))
        }
        guard let publisher else { return nil }
        return (text.string(publisher), year)
    }

    /// The authors and title of `lead`: names, then capitalised title words; nil when `lead` holds
    /// anything else (a quotation mark, a digit, a case's ` v `, prose).
    private static func authorsAndTitle(_ text: CitationText, _ lead: Range<Int>) -> (authors: [String], title: Range<Int>)? {
        let bytes = text.bytes
        guard !lead.isEmpty, !bytes[lead].contains(where: { Bytes.isDigit($0) || $0 == UInt8(ascii: "\"") || $0 >= 0x80 || $0 == UInt8(ascii: "(") })
        else { return nil }
        let words = text.words(in: lead, limit: longestTitle + 1)
        guard words.count >= 3, words.count <= longestTitle else { return nil }
        // A title's article opens no name (`THE HARBOUR RULES (...)` is a title alone).
        if articles.contains(where: { text.equals(words[0], $0) }) { return nil }
        for word in words {
            let core = text.trimmingTrailing(word, [UInt8(ascii: ",")])
            guard !core.isEmpty, Bytes.isUpper(bytes[core.lowerBound]) || smallWords.contains(where: { text.equals(core, $0) }) else { return nil }
            if text.equals(core, "v") { return nil }
        }
        // `Ann Roe, Harbour Law`: the comma parts them.
        let comma = text.firstOffset(of: UInt8(ascii: ","), from: lead.lowerBound, end: lead.upperBound)
        if comma < lead.upperBound {
            guard let authors = QuotedTitleLead.names(text, lead.lowerBound..<comma) else { return nil }
            let title = text.trimmed(comma + 1..<lead.upperBound)
            return title.isEmpty ? nil : (authors, title)
        }
        // `Ann Roe and others`, `Ann Roe and Bo Poe`: names joined by `and`; else a given name and a surname.
        var authorEnd = 2
        if words.count > 4, text.equals(words[2], "and") {
            authorEnd = text.equals(words[3], "others") ? 4 : 5
        }
        guard words.count > authorEnd, Bytes.isUpper(bytes[words[authorEnd].lowerBound]) else { return nil }
        // `and others` stands for the names it leaves out.
        let lastName = authorEnd == 4 ? 1 : authorEnd - 1
        guard let authors = QuotedTitleLead.names(text, words[0].lowerBound..<words[lastName].upperBound) else { return nil }
        return (authors, words[authorEnd].lowerBound..<lead.upperBound)
    }
}
