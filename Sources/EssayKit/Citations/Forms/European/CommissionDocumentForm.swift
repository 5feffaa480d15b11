import LowLevel

/// A document of the European Commission (or the Council) by its number: `European Commission,
/// ‘Communication on a plan for travel’ COM (2011) 214 final`, `Commission Staff Working Document,
/// SWD(2017) 13 final, Available at: URL`, `Proposal for a Regulation ... COM/2016/0270 final`.
/// The series, year and number name the document (`COM(2011) 214`); the quoted title, or the
/// words before the number, is its title. A Commission decision's `C(2020) 6469` is read the same way.
enum CommissionDocumentForm: CitationForm {
    /// The first test of `read`: an institution's name, a title's quotation mark or the series opens it.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0xE2
    }

    /// A series' letters (`series`).
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .commissionSeries) }

    private static let series: [StaticString] = ["COM", "SWD", "SEC", "JOIN", "C"]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        // The gate: the series' letters somewhere in the clause, found a block of bytes at a time.
        guard !citation.isEmpty, text.contains("COM", in: citation) || text.contains("SWD", in: citation) || text.contains("SEC", in: citation)
                || text.contains("JOIN", in: citation) || text.contains("C(", in: citation) else { return nil }
        // `COM (2011) 214`, `SWD(2017) 13`, `COM/2016/0270`: the series, then the year and the number.
        var open = citation.lowerBound
        var found: (start: Int, series: String, year: String, number: String, end: Int)?
        while found == nil {
            open = nextMark(text, from: open, end: end)
            guard open < end else { return nil }
            found = number(text, at: open, end: end)
            open += 1
        }
        guard let found else { return nil }
        var title = "\(found.series)(\(found.year)) \(found.number)"
        var authors: [String] = []
        if found.start > citation.lowerBound {
            if let lead = QuotedTitleLead.read(text, citation.lowerBound..<found.start) {
                title = text.string(lead.title)
                authors = lead.authors
            } else {
                // `Action Plan on Ports (3/4/2012 - COM (2012) 118 final)`: the title ends at the bracket the number is in.
                var titleEnd = found.start
                if let open = bytes[citation.lowerBound..<found.start].lastIndex(of: UInt8(ascii: "(")), text.closingBracket(after: open, end: end).map({ $0 > found.start }) ?? true {
                    titleEnd = open
                }
                let words = text.trimmingTrailing(text.trimmed(citation.lowerBound..<titleEnd), [UInt8(ascii: ","), UInt8(ascii: " ")])
                guard !words.isEmpty, text.words(in: words, limit: 41).count <= 40 else { return nil }
                title = text.string(words)
            }
        }
        var work = WorkDraft(kind: .document, title: title)
        work.authors = authors
        work.authorIsInstitution = !authors.isEmpty
        work.documentNumber = "\(found.series)(\(found.year)) \(found.number)"
        work.year = Int(found.year)
        var last = found.end
        if text.has(" final", at: last, end: end) { last += 6 }
        if last < end, bytes[last] == UInt8(ascii: ")"), found.start > citation.lowerBound, bytes[citation.lowerBound..<found.start].contains(UInt8(ascii: "(")) { last += 1 }
        var index = text.skipSpaces(from: last, end: end)
        var pinpoint: Pinpoint?
        if index < end, bytes[index] == UInt8(ascii: ",") { index = text.skipSpaces(from: index + 1, end: end) }
        if text.has("at ", at: index, end: end) { index = text.skipSpaces(from: index + 3, end: end) }
        if index > last, let place = InternationalPlace.parse(text, at: index, end: end), place.pinpoint.isMarked || text.trimmed(place.end..<end).isEmpty {
            pinpoint = place.pinpoint
            last = place.end
        }
        // `, Available at: URL`: the address goes with the document.
        let rest = text.trimmed(last..<end)
        if !rest.isEmpty, text.contains("http", in: rest), text.words(in: rest, limit: 5).count <= 4 { last = end }
        // Anything else after the number (a date, a parenthetical) is another form's to read.
        guard text.trimmed(last..<end).isEmpty else { return nil }
        return CommonwealthTail.reading(text, work, pinpoint, citation, end: last)
    }

    /// The next offset at or after `offset` where a series' letters may stand: a `C`, `S` or `J`
    /// after a space, a bracket or the clause's start.
    private static func nextMark(_ text: CitationText, from offset: Int, end: Int) -> Int {
        var index = offset
        while index < end {
            let byte = text.bytes[index]
            if byte == UInt8(ascii: "C") || byte == UInt8(ascii: "S") || byte == UInt8(ascii: "J"),
               index == offset || Bytes.isSpace(text.bytes[index - 1]) || text.bytes[index - 1] == UInt8(ascii: "(") {
                return index
            }
            index += 1
        }
        return end
    }

    /// The document number that starts at `offset`, or nil.
    private static func number(_ text: CitationText, at offset: Int, end: Int) -> (start: Int, series: String, year: String, number: String, end: Int)? {
        let bytes = text.bytes
        guard let mark = series.first(where: { text.has($0, at: offset, end: end) }) else { return nil }
        var index = offset + mark.utf8CodeUnitCount
        let slashed = index < end && bytes[index] == UInt8(ascii: "/")
        // `COM (2011)` may be spaced; a decision's `C(2020)` is not (`C (2020)` is too like other words).
        if !slashed, index < end, bytes[index] == UInt8(ascii: " "), mark.utf8CodeUnitCount > 1 { index += 1 }
        guard index + 6 < end else { return nil }
        let yearStart: Int
        if slashed {
            yearStart = index + 1
            guard bytes[yearStart..<yearStart + 4].allSatisfy(Bytes.isDigit), bytes[yearStart + 4] == UInt8(ascii: "/") else { return nil }
            index = yearStart + 5
        } else {
            guard bytes[index] == UInt8(ascii: "(") else { return nil }
            yearStart = index + 1
            guard bytes[yearStart..<yearStart + 4].allSatisfy(Bytes.isDigit), bytes[yearStart + 4] == UInt8(ascii: ")") else { return nil }
            index = text.skipSpaces(from: yearStart + 5, end: end)
        }
        let numberStart = index
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > numberStart, index == end || !Bytes.isLetter(bytes[index]) else { return nil }
        // `0270` and `270` are one number.
        var number = text.string(numberStart..<index)
        while number.count > 1, number.hasPrefix("0") { number.removeFirst() }
        return (offset, text.string(offset..<offset + mark.utf8CodeUnitCount), text.string(yearStart..<yearStart + 4), number, index)
    }
}
