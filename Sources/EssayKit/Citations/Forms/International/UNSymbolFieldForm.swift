import LowLevel

/// A UN document cited by its symbol as a field, with no `UN Doc` before it: `UN General Assembly
/// (2018): "Report of the Special Rapporteur on ...", A/73/348, paragraphs 58, 59, 63`, `Human
/// Rights Council, Report of the Working Group, A/HRC/31/64, 2016, p. 3`. The symbol names the
/// document, as after `UN Doc` (`UNDocumentSymbolForm`), so both spellings are one work; the quoted
/// title, or the words before the symbol, is its title, and the body before them its author.
enum UNSymbolFieldForm: CitationForm {
    /// The first test of `read`: a body's name or a title's quotation mark opens the clause.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte == UInt8(ascii: "\"") || byte == 0xE2
    }

    /// A symbol's numbers hold a slash between digits (`73/348`).
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .numberSlash) }

    /// The first parts of UN symbols: the principal organs' and the treaty bodies' series.
    private static let series: Set<String> = [
        "A", "E", "S", "ST", "CCPR", "CERD", "CEDAW", "CRC", "CAT", "CRPD", "CMW", "CED", "HRI", "SPT", "TD", "UNEP", "DP", "FCCC", "ICCD", "UNW",
    ]
    /// The most words a title written without quotation marks takes.
    private static let longestTitle = 30

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        guard !citation.isEmpty else { return nil }
        // The symbol, after a comma: `, A/73/348`.
        var comma = citation.lowerBound
        var symbol: Range<Int>?
        while symbol == nil {
            comma = text.firstOffset(of: UInt8(ascii: ","), from: comma + 1, end: end)
            guard comma + 2 < end else { return nil }
            // `"Title," A/73/348`: the title's closing mark after its comma.
            var space = comma + 1
            if bytes[space] == UInt8(ascii: "\"") { space += 1 } else if text.has("”", at: space, end: end) { space += 3 }
            guard space + 1 < end, bytes[space] == UInt8(ascii: " ") else { continue }
            if let symbolEnd = symbolEnd(text, at: space + 1, end: end) { symbol = space + 1..<symbolEnd }
        }
        guard let symbol else { return nil }
        let lead = text.trimmingTrailing(text.trimmed(citation.lowerBound..<symbol.lowerBound), [UInt8(ascii: ",")])
        guard !lead.isEmpty else { return nil }
        var work = WorkDraft(kind: .document, title: "")
        if let quoted = quotedTitle(text, lead) {
            work.title = text.string(quoted.title)
            // `UN General Assembly (2018):`: the body, without its year and colon.
            var author = quoted.before
            if let year = author.last, bytes[year] == UInt8(ascii: ")"), let open = bytes[author].lastIndex(of: UInt8(ascii: "(")) {
                author = text.trimmingTrailing(author.lowerBound..<open, [UInt8(ascii: ",")])
            }
            if !author.isEmpty { work.authors = [text.string(author)] }
        } else {
            guard Bytes.isUpper(bytes[lead.lowerBound]), text.words(in: lead, limit: longestTitle + 1).count <= longestTitle else { return nil }
            // `Human Rights Council, Report of ...`: a body's name of capitalised words, then the title.
            let firstComma = text.firstOffset(of: UInt8(ascii: ","), from: lead.lowerBound, end: lead.upperBound)
            let first = lead.lowerBound..<firstComma
            if firstComma < lead.upperBound, text.words(in: first).allSatisfy({ Bytes.isUpper(bytes[$0.lowerBound]) || text.equals($0, "of") || text.equals($0, "on") }) {
                work.authors = [text.string(first)]
                work.title = text.string(text.trimmed(firstComma + 1..<lead.upperBound))
            } else {
                work.title = text.string(lead)
            }
        }
        guard !work.title.isEmpty else { return nil }
        work.authorIsInstitution = !work.authors.isEmpty
        work.documentNumber = text.string(symbol)
        work.documentPrefix = "UN Doc"
        work.year = DateWords.year(in: bytes[citation])
        // A date after the symbol (`, 2016`, `(12 May 2018)`) goes with the citation; the place follows it.
        var last = symbol.upperBound
        var index = text.skipSpaces(from: last, end: end)
        if index < end, bytes[index] == UInt8(ascii: "("), let close = text.closingBracket(after: index, end: end), DateWords.year(in: bytes[index..<close]) != nil {
            last = close
            index = text.skipSpaces(from: close, end: end)
        }
        if index < end, bytes[index] == UInt8(ascii: ",") {
            let field = text.skipSpaces(from: index + 1, end: end)
            let fieldEnd = text.firstOffset(of: UInt8(ascii: ","), from: field, end: end)
            let words = text.words(in: field..<fieldEnd, limit: 4)
            if words.count <= 3, DateWords.year(in: bytes[field..<fieldEnd]) != nil,
               words.allSatisfy({ bytes[$0].allSatisfy(Bytes.isDigit) || DateWords.isMonth(bytes[$0]) }) {
                last = text.trimmed(field..<fieldEnd).upperBound
                index = fieldEnd
            }
        }
        return InternationalPlace.closingReading(text, work, citation, last: last, index: index)
    }

    /// Just past a UN symbol at `offset` (`A/73/348`, `A/HRC/38/35`, `E/CN.4/1998/53/Add.2`,
    /// `CCPR/C/GC/34`): a series of `series`, then at least two more parts after slashes, the last
    /// with a digit; nil when none is there.
    static func symbolEnd(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        let bytes = text.bytes
        var index = offset
        while index < end, Bytes.isUpper(bytes[index]) { index += 1 }
        guard index > offset, index - offset <= 5, index < end, bytes[index] == UInt8(ascii: "/"), series.contains(text.string(offset..<index)) else { return nil }
        var slashes = 0
        var partHasDigit = false
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/") {
                guard index + 1 < end, Bytes.isLetter(bytes[index + 1]) || Bytes.isDigit(bytes[index + 1]) else { break }
                slashes += 1
                partHasDigit = false
            } else if Bytes.isDigit(byte) {
                partHasDigit = true
            } else if !(Bytes.isLetter(byte) || byte == UInt8(ascii: ".") && index + 1 < end && Bytes.isWordByte(bytes[index + 1]) || byte == UInt8(ascii: "-")) {
                break
            }
            index += 1
        }
        guard slashes >= 2, partHasDigit, index == end || !Bytes.isWordByte(bytes[index]) else { return nil }
        return index
    }

    /// The title in straight or curly double quotation marks in `lead`, and the words before it.
    private static func quotedTitle(_ text: CitationText, _ lead: Range<Int>) -> (before: Range<Int>, title: Range<Int>)? {
        for (open, close) in [("\"", "\""), ("“", "”")] as [(StaticString, StaticString)] {
            var start = lead.lowerBound
            while start < lead.upperBound, !text.has(open, at: start, end: lead.upperBound) { start += 1 }
            guard start < lead.upperBound else { continue }
            let titleStart = start + open.utf8CodeUnitCount
            var closing = titleStart
            while closing < lead.upperBound, !text.has(close, at: closing, end: lead.upperBound) { closing += 1 }
            guard closing < lead.upperBound, closing > titleStart else { continue }
            // Nothing but the closing mark's comma after the title.
            guard text.trimmed(closing + close.utf8CodeUnitCount..<lead.upperBound).isEmpty else { return nil }
            let before = text.trimmingTrailing(text.trimmed(lead.lowerBound..<start), [UInt8(ascii: ":"), UInt8(ascii: ",")])
            var title = text.trimmingTrailing(titleStart..<closing, [UInt8(ascii: ",")])
            if title.isEmpty { title = titleStart..<closing }
            return (before, title)
        }
        return nil
    }
}
