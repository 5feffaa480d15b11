import LowLevel

/// *Id.* (or *Ibid.*, or the older *Ib.*): the work cited just before. `*Id.*`, `*Id.* at 555`, `*Id.* ¶ 73`,
/// `*Id.* 3–4`, `id. at 562–66, followed by ...`, `Ibid.`, and as PDF conversions space them
/// (`_Id_ ., at 853`).
enum IdForm: CitationForm {
    /// The first test of `read`: *Id.* and *Ibid.* open with `I` or `i`.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "I") || byte == UInt8(ascii: "i")
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let start = body.lowerBound
        let end = body.upperBound
        var length: Int
        if text.has("Id", at: start, end: end, ignoringFirstLetterCase: true) || text.has("ID", at: start, end: end) {
            length = 2
        } else if text.has("Ibid", at: start, end: end, ignoringFirstLetterCase: true) || text.has("IBID", at: start, end: end) {
            length = 4
        } else if text.has("Ib.", at: start, end: end, ignoringFirstLetterCase: true) {
            // The older books' *Ib.*, always with its period.
            length = 2
        } else {
            return nil
        }
        // The period, perhaps after a space a conversion put between emphasis and it.
        let period = text.skipSpaces(from: start + length, end: end)
        if length == 2, text.has(" at ", at: start + 2, end: end), start + 6 < end, Bytes.isDigit(text.bytes[start + 6]) {
            // `id at 232`: a draft's *Id.* with its period left out, known by the `at` and page after it.
            length = 2
        } else if length == 2, period == end, start + 2 == end {
            // `*Id*; *see also* ...`: an *Id.* whose period the emphasis left out, alone in its clause.
            length = 2
        } else if length == 4, !(period < end && text.bytes[period] == UInt8(ascii: ".")) {
            // McGill and OSCOLA print *ibid* with no period: `Ibid at 5`, `ibid, 462`, `Ibid, para 4`,
            // or alone, ending the note. Only so: `Ibidem` or `Ibid Corp` is no id form.
            guard unperiodedIbidEnds(text, at: start + 4, end: end) else { return nil }
        } else {
            guard period < end, text.bytes[period] == UInt8(ascii: "."), period - (start + length) <= 1 else { return nil }
            length = period + 1 - start
        }
        // A section of a code written with no `§` (`Id. 3543(a)(5)`, `Id. at 3502(6)`, `Id. 552a`):
        // the number holds a letter or a subdivision, as no page does.
        var sectionAt = text.skipSpaces(from: start + length, end: end)
        // `Id. 961 F.2d at 408`: a redundant *Id.* before a reporter's short form, which names the
        // case itself; its volume is no pinpoint.
        if sectionAt < end, Bytes.isDigit(text.bytes[sectionAt]), let short = CaseShortForm.read(text, sectionAt..<end),
           short.citation.lowerBound == sectionAt {
            return short
        }
        if text.has("at ", at: sectionAt, end: end) { sectionAt = text.skipSpaces(from: sectionAt + 3, end: end) }
        if sectionAt < end, Bytes.isDigit(text.bytes[sectionAt]), let bare = PinpointParser.bareSection(text, at: sectionAt, end: end),
           text.bytes[sectionAt..<bare.end].contains(where: { Bytes.isLetter($0) || $0 == UInt8(ascii: "(") }) {
            let tail = ClauseEnds.shortFormTail(text, from: bare.end, end: end)
            return ClauseReading(form: .id, pinpoint: bare.pinpoint, citation: start..<max(bare.end, tail.citationEnd), trailing: tail.trailing)
        }
        if length == 4, let place = CommonwealthTail.markedPlace(text, at: text.skipSpaces(from: start + 4, end: end), end: end) {
            let tail = ClauseEnds.shortFormTail(text, from: place.end, end: end)
            return ClauseReading(form: .id, pinpoint: place.pinpoint, citation: start..<place.end, trailing: tail.trailing)
        }
        // `Ibid, Article 33`, `Ibid, Paragraph 4`: a place written out with its capital, as European drafts print it.
        if length == 4, start + 6 < end, text.bytes[start + 4] == UInt8(ascii: ","), text.bytes[start + 6] == UInt8(ascii: "A") || text.bytes[start + 6] == UInt8(ascii: "P"),
           let place = InternationalPlace.parse(text, at: text.skipSpaces(from: start + 5, end: end), end: end) {
            let tail = ClauseEnds.shortFormTail(text, from: place.end, end: end)
            return ClauseReading(form: .id, pinpoint: place.pinpoint, citation: start..<place.end, trailing: tail.trailing)
        }
        let tail = ClauseEnds.shortFormTail(text, from: start + length, end: end)
        // `Ibid., S. 26`, `Ibid. (p. 28)`, `Ibid., margin no. 5`, `Ibid., Article 3 paragraph 1`: a place as
        // European notes write it, the rest of the clause, is a new pinpoint, never the one before.
        if tail.pinpoint == nil, case let rest = text.skipSpaces(from: start + length, end: end), rest < end {
            let placeStart = text.bytes[rest] == UInt8(ascii: ",") ? rest + 1 : rest
            if let place = EuropeanPlace.read(text, placeStart..<end, afterComma: false) {
                return ClauseReading(form: .id, pinpoint: place, citation: start..<ClauseEnds.withoutClosingPeriod(text, body).upperBound, trailing: nil)
            }
        }
        return ClauseReading(form: .id, pinpoint: tail.pinpoint, citation: start..<tail.citationEnd, trailing: tail.trailing)
    }

    /// Whether an `ibid` with no period ends at `offset` as the id form does: at the clause's end
    /// (a closing period or none), or before ` at ` and a place, or a comma and a page or mark.
    private static func unperiodedIbidEnds(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        let bytes = text.bytes
        let next = text.skipSpaces(from: offset, end: end)
        if next == end { return true }
        if bytes[next] == UInt8(ascii: "."), text.skipSpaces(from: next + 1, end: end) == end { return true }
        guard next > offset || bytes[next] == UInt8(ascii: ",") else { return false }
        // McGill: `See ibid (“the clerk decides” at 9)`: a parenthetical remark, its place last.
        if next > offset, bytes[next] == UInt8(ascii: "(") { return true }
        // OSCOLA: `ibid para 89`, `ibid art 26(3)`, `ibid s 3.2`, `ibid [45]`.
        if next > offset, CommonwealthTail.markedPlace(text, at: next, end: end) != nil { return true }
        // OSCOLA's `ibid 1067`: the page alone, ending the clause.
        if next > offset, Bytes.isDigit(bytes[next]), let page = PinpointParser.parse(text, at: next, end: end, allowRoman: false),
           page.pinpoint.kind == .page || page.pinpoint.kind == .pages {
            let after = text.skipSpaces(from: page.end, end: end)
            return after == end || bytes[after] == UInt8(ascii: ".") && text.skipSpaces(from: after + 1, end: end) == end
        }
        if text.has("at ", at: next, end: end) {
            let place = text.skipSpaces(from: next + 3, end: end)
            return place < end && (Bytes.isDigit(bytes[place]) || text.has("para", at: place, end: end) || text.has("p", at: place, end: end)
                || text.has("n ", at: place, end: end) || text.has("§", at: place, end: end) || text.has("¶", at: place, end: end))
        }
        guard bytes[next] == UInt8(ascii: ","), next == offset else { return false }
        let place = text.skipSpaces(from: next + 1, end: end)
        // `ibid, ss 8-9`, `ibid, paras 4-5`: the McGill Guide's and OSCOLA's marks.
        if CommonwealthTail.markedPlace(text, at: place, end: end) != nil { return true }
        return place < end && (Bytes.isDigit(bytes[place]) || text.has("para", at: place, end: end, ignoringFirstLetterCase: true) || text.has("p ", at: place, end: end)
            || text.has("pp ", at: place, end: end) || text.has("p.", at: place, end: end) || text.has("art", at: place, end: end, ignoringFirstLetterCase: true)
            || text.has("s ", at: place, end: end) || text.has("§", at: place, end: end) || text.has("¶", at: place, end: end)
            || text.has("at ", at: place, end: end))
    }
}
