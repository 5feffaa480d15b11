import LowLevel

/// A work named again as an earlier note declared it, the way policy writing (CRS reports, agency
/// reports) repeats its `(hereinafter X)` names: `GAO, Event Ticket Sales, pp. 6-11`,
/// `Senate Judiciary hearing, That's the Ticket.`, `FTC, "That's the Ticket" Workshop, p. 3`.
///
/// The clause is a name of a few words, then perhaps a pinpoint (`p. 3`, `pp. 42-45`, `Table 4-1`)
/// after its last comma. Only a name some earlier note declared makes it a citation (the run
/// decides, `ClauseReading.Form.declared`); so it is tried after every other form, only on
/// clauses no form reads, and not where a reading must be sure (joining a sentence cut at an
/// abbreviation).
enum DeclaredNameForm: CitationForm {
    /// Longer names read as the author's sentence.
    private static let longestName = 16
    /// More lower-case words than this (of four letters or more, outside quotations) are prose.
    private static let proseWords = 4

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = citation.first else { return nil }
        let lead = text.bytes[first]
        // A name opens with a capital or a quotation mark (`"That's the Ticket" Workshop`).
        // So does a surname with a particle (`van Schewick, Title, p. 5`).
        guard Bytes.isUpper(lead) || lead == UInt8(ascii: "\"") || lead == 0xE2
                || SurnameParticle.opensSurname(text, at: first, end: citation.upperBound) else { return nil }
        var nameEnd = citation.upperBound
        var pinpoint: Pinpoint?
        var lastComma: Int?
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: citation) { lastComma = comma }
        if let comma = lastComma {
            let start = text.skipSpaces(from: comma + 1, end: citation.upperBound)
            if let parsed = PinpointParser.parse(text, at: start, end: citation.upperBound, allowRoman: false),
               parsed.pinpoint.isMarked, text.trimmed(parsed.end..<citation.upperBound).isEmpty {
                pinpoint = parsed.pinpoint
                nameEnd = comma
            }
        }
        // `UNCLOS, Article 136`, `UNCLOS Art. 136`: a treaty's article written out (`ArticlePinpoint`).
        if pinpoint == nil, let comma = lastComma,
           let article = ArticlePinpoint.parse(text, at: text.skipSpaces(from: comma + 1, end: citation.upperBound), end: citation.upperBound),
           article.end == citation.upperBound {
            pinpoint = article.pinpoint
            nameEnd = comma
        } else if pinpoint == nil, lastComma == nil, let article = ArticlePinpoint.afterName(text, citation) {
            pinpoint = article.pinpoint
            nameEnd = article.nameEnd
        }
        // `pp. 10, 13`: the list's first page after an earlier comma belongs to the pinpoint.
        if pinpoint == nil, let comma = lastComma {
            var earlier: Int?
            for each in text.topLevelOffsets(of: UInt8(ascii: ","), in: citation.lowerBound..<comma) { earlier = each }
            if let earlier {
                let start = text.skipSpaces(from: earlier + 1, end: citation.upperBound)
                if let parsed = PinpointParser.parse(text, at: start, end: citation.upperBound, allowRoman: false),
                   parsed.pinpoint.isMarked, parsed.end == citation.upperBound {
                    pinpoint = parsed.pinpoint
                    nameEnd = earlier
                }
            }
        }
        // `Auer et al., "The Technology of Decentralized Finance," p. 4`: the comma before the
        // pinpoint sits inside the title's quotation marks.
        if pinpoint == nil, let quoted = pinpointAfterQuotedTitle(text, citation) {
            pinpoint = quoted.pinpoint
            nameEnd = quoted.nameEnd
        }
        if pinpoint == nil, let paged = surnameAndPage(text, citation) { return paged }
        if pinpoint == nil, let remarked = surnameAndRemark(text, citation) { return remarked }
        let name = text.trimmed(citation.lowerBound..<nameEnd)
        guard !name.isEmpty, isName(text, name) else { return nil }
        return ClauseReading(form: .declared(name: text.string(name)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    /// A marked pinpoint that ends `citation` right after a quotation closed by `,"` (or `,”`),
    /// and where the name before it ends.
    private static func pinpointAfterQuotedTitle(_ text: CitationText, _ citation: Range<Int>) -> (pinpoint: Pinpoint, nameEnd: Int)? {
        let bytes = text.bytes
        var index = citation.upperBound - 1
        // The pinpoint is short: the closing mark is looked for near the end only.
        let lowest = max(citation.lowerBound + 2, citation.upperBound - 32)
        while index >= lowest {
            let closes = bytes[index] == UInt8(ascii: "\"") && bytes[index - 1] == UInt8(ascii: ",")
                || (bytes[index] == 0x9D && index >= 3 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2 && bytes[index - 3] == UInt8(ascii: ","))
            if closes {
                let start = text.skipSpaces(from: index + 1, end: citation.upperBound)
                guard start > index + 1, let parsed = PinpointParser.parse(text, at: start, end: citation.upperBound, allowRoman: false),
                      parsed.pinpoint.isMarked, text.trimmed(parsed.end..<citation.upperBound).isEmpty else { return nil }
                return (parsed.pinpoint, index + 1)
            }
            index -= 1
        }
        return nil
    }

    /// `Lucas 730`, `Garrow 500–501, and n. 41 (internal quotation marks omitted)`, `Means II
    /// 337`: a surname (and a numeral) declared for a work by a remark (`(Lucas)`), then its
    /// page, as court opinions repeat a treatise.
    private static func surnameAndPage(_ text: CitationText, _ citation: Range<Int>) -> ClauseReading? {
        // Only the first three words are read: no list of a long clause's every word.
        let words = text.words(in: citation, limit: 3)
        guard words.count >= 2 else { return nil }
        let pageWord = Bytes.isDigit(text.bytes[words[1].lowerBound]) ? 1 : words.count >= 3 && Bytes.isDigit(text.bytes[words[2].lowerBound]) ? 2 : nil
        guard let pageWord, let name = CitationField.declaredName(text, words[0].lowerBound..<words[pageWord - 1].upperBound)
                ?? surname(text, words[0].lowerBound..<words[pageWord - 1].upperBound),
              let parsed = PinpointParser.parse(text, at: words[pageWord].lowerBound, end: citation.upperBound, allowRoman: false) else { return nil }
        // `500–501, and n. 41`: a note on the pages, part of the pinpoint.
        let (pinpoint, end) = PinpointParser.withNote(text, parsed, start: words[pageWord].lowerBound, end: citation.upperBound)
        let rest = text.trimmed(end..<citation.upperBound)
        // What may follow the page: the author's parenthetical remark, nothing else.
        guard rest.isEmpty || text.bytes[rest.lowerBound] == UInt8(ascii: "(") else { return nil }
        return ClauseReading(form: .declared(name: name), pinpoint: pinpoint, citation: citation.lowerBound..<end,
                             trailing: rest.isEmpty ? nil : rest)
    }

    /// `Roe (on duties of care)`: a bare surname and the author's remark, a short form of the one
    /// work by that author cited before (the run decides; a surname two works share names none).
    private static func surnameAndRemark(_ text: CitationText, _ citation: Range<Int>) -> ClauseReading? {
        let open = text.firstOffset(of: UInt8(ascii: "("), from: citation.lowerBound, end: citation.upperBound)
        guard open < citation.upperBound, open > citation.lowerBound, text.bytes[citation.upperBound - 1] == UInt8(ascii: ")"),
              let name = surname(text, text.trimmed(citation.lowerBound..<open)) else { return nil }
        return ClauseReading(form: .declared(name: name), pinpoint: nil, citation: citation.lowerBound..<open,
                             trailing: open..<citation.upperBound)
    }

    /// `O'Neil`, `Pérez`, `van Dalen` before a page: a surname the declared names' gate leaves out.
    private static func surname(_ text: CitationText, _ range: Range<Int>) -> String? {
        guard range.count <= 24 else { return nil }
        let name = text.string(range)
        return SurnameParticle.isSurname(name) ? name : nil
    }

    /// Whether `range` reads as a name, not a sentence: a few words, few of them lower-case words
    /// outside quotations.
    private static func isName(_ text: CitationText, _ range: Range<Int>) -> Bool {
        // One word past the longest name is enough to say it is too long.
        let words = text.words(in: range, limit: longestName + 1)
        guard words.count <= longestName else { return false }
        let base = text.baseLevel(of: range)
        var lower = 0
        for word in words where word.count >= 4 && Bytes.isLower(text.bytes[word.lowerBound]) && text.isAtLevel(word.lowerBound, base: base) {
            lower += 1
            if lower > proseWords { return false }
        }
        return true
    }
}
