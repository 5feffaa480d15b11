import LowLevel

/// A court decision as continental notes cite it: the court (perhaps with its formation in
/// brackets), the decision's date with periods, then in any order the parties (` / ` between them),
/// the application or docket number, the ECLI and the paragraph: `ECtHR 14.03.2019, Varga and
/// Others / Ruritania, application no 12345/18, para 40 ff`, `ECtHR (GC) 09.04.2024, Verein X /
/// Ruritania, 53600/20`, `Supreme Court of Freedonia 02.11.2017, 17/00421, ECLI:FR:SC:2017:1234
/// (Tollbridge)`, `CJEU 06.10.2015, C-362/14, Schrems, ECLI:EU:C:2015:650, para 94`, `VfGH
/// 12.12.2023, G 123/2022`.
///
/// The number names the decision; its ECLI is a second key (`parallelCitations`), so the same
/// decision cited by either is one work.
enum DatedDecisionForm: CitationForm {
    /// The first test of `read`: a court's name opens with a capital.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) }

    /// The date's digits.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The most words of a court's name (`Supreme Administrative Court of the Republic of Freedonia`).
    private static let longestCourt = 9
    /// Lower-case words inside a court's name.
    private static let courtJoins: Set<String> = ["of", "for", "the", "de", "des", "du", "der", "für", "di", "del", "van", "on"]
    /// The words before an application's or a file's number.
    private static let numberWords: [StaticString] = [
        "application no. ", "application no ", "applications nos. ", "applications nos ", "app. no. ", "app no ", "appl no ", "appl. no. ",
        "no. ", "no ", "nos. ", "nos ", "case ", "file no. ", "file no ", "docket no. ", "docket no ",
    ]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        guard let lead = citation.first, Bytes.isUpper(bytes[lead]) else { return nil }
        // The court: capitalised words (and a formation in brackets) up to the date.
        var index = lead
        var courtEnd = lead
        var words = 0
        var date: (year: Int, end: Int)?
        var dateStart = lead
        while index < end, words <= longestCourt {
            if Bytes.isDigit(bytes[index]) {
                date = DottedDate.read(text, at: index, end: end)
                dateStart = index
                break
            }
            if bytes[index] == UInt8(ascii: "("), words > 0, let close = text.closingBracket(after: index, end: end), close - index <= 24 {
                index = text.skipSpaces(from: close, end: end)
                continue
            }
            var wordEnd = index
            while wordEnd < end, !Bytes.isSpace(bytes[wordEnd]) { wordEnd += 1 }
            guard Bytes.isUpper(bytes[index]) || bytes[index] >= 0xC0 || courtJoins.contains(text.string(index..<wordEnd)),
                  !bytes[index..<wordEnd].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "/") })
            else { return nil }
            courtEnd = wordEnd
            words += 1
            index = text.skipSpaces(from: wordEnd, end: end)
        }
        guard let date, words > 0, !courtJoins.contains(lastWord(text, lead..<courtEnd)) else { return nil }
        let court = text.string(lead..<courtEnd)
        guard date.end == end || bytes[date.end] == UInt8(ascii: ",") else { return nil }
        // The fields after the date, each to a comma outside brackets.
        var parties: String?
        var name: String?
        var docket: String?
        var ecli: String?
        var pinpoint: Pinpoint?
        var shortName: String?
        var last = date.end
        var fieldStart = text.skipSpaces(from: date.end + (date.end < end ? 1 : 0), end: end)
        fields: while fieldStart < end {
            let fieldEnd = Self.fieldEnd(text, from: fieldStart, end: end)
            var field = text.trimmed(fieldStart..<fieldEnd)
            defer { fieldStart = text.skipSpaces(from: min(end, fieldEnd + 1), end: end) }
            guard !field.isEmpty else { continue }
            // `(Tollbridge)` closing a field: the decision's name.
            if let upper = field.last, bytes[upper] == UInt8(ascii: ")"),
               let open = bytes[field].lastIndex(of: UInt8(ascii: "(")), open > field.lowerBound, bytes[open - 1] == UInt8(ascii: " "),
               text.closingBracket(after: open, end: field.upperBound) == field.upperBound {
                let inner = text.trimmed(open + 1..<field.upperBound - 1)
                if let declared = declaredName(text, inner) {
                    shortName = declared
                } else if let first = inner.first, Bytes.isUpper(bytes[first]) || bytes[first] >= 0xC0 {
                    name = name ?? text.string(inner)
                }
                field = text.trimmed(field.lowerBound..<open)
            }
            if let place = ContinentalPlace.parse(text, at: field.lowerBound, end: field.upperBound) {
                pinpoint = place.pinpoint
                last = place.end
                break fields
            }
            if text.has("ECLI:", at: field.lowerBound, end: field.upperBound) {
                var ecliEnd = field.lowerBound + 5
                while ecliEnd < field.upperBound, !Bytes.isSpace(bytes[ecliEnd]) { ecliEnd += 1 }
                ecli = ecli ?? text.string(field.lowerBound..<ecliEnd)
                last = fieldEnd
                continue
            }
            if let number = number(text, field) {
                docket = docket ?? number
                last = fieldEnd
                continue
            }
            let lead = bytes[field.lowerBound]
            guard Bytes.isUpper(lead) || lead >= 0xC0, !bytes[field].contains(where: Bytes.isDigit) else { break }
            if parties == nil, docket == nil, ecli == nil || text.contains(" / ", in: field) {
                parties = text.string(field)
                last = fieldEnd
            } else if name == nil, text.words(in: field, limit: 5).count <= 4 {
                // `C-362/14, Schrems`: the name the decision is known by, after its number.
                name = text.string(field)
                last = fieldEnd
            } else {
                break
            }
        }
        // A court and a date alone are no citation: the decision needs its number, ECLI or parties.
        guard docket != nil || ecli != nil || parties != nil else { return nil }
        // Parties without ` / ` or `v` and nothing else: a court's name and a date before prose.
        if docket == nil, ecli == nil, let parties, !parties.contains(" / "), !parties.contains(" v "), !parties.contains(" v. ") { return nil }
        // A decision with no parties or name is called by its court, date and number, as cited.
        let called = "\(court) \(text.string(dateStart..<date.end)), \(docket ?? ecli ?? "")"
        var work = WorkDraft(kind: .case, title: parties ?? name ?? called)
        work.documentNumber = docket ?? ecli
        if let ecli { work.parallelCitations = [ecli] }
        work.courtName = court
        work.year = date.year
        work.shortNames = [parties != nil ? name : nil, shortName].compactMap(\.self)
        return CommonwealthTail.reading(text, work, pinpoint, citation, end: last)
    }

    /// The application's or file's number a field gives (`application no 12345/18`, `53600/20`,
    /// `17/00421`, `C-362/14`, `G 123/2022`, `2 BvR 123/20`): a field of a few words holding a
    /// slash between digits, or a number after its word; nil for any other field. A slashed number
    /// keeps the words that designate it.
    private static func number(_ text: CitationText, _ field: Range<Int>) -> String? {
        let bytes = text.bytes
        var start = field.lowerBound
        for word in numberWords where text.has(word, at: start, end: field.upperBound, ignoringFirstLetterCase: true) {
            start += word.utf8CodeUnitCount
            break
        }
        let number = text.trimmed(start..<field.upperBound)
        guard let first = number.first, text.words(in: number, limit: 5).count <= 4 else { return nil }
        let slash = bytes[number].firstIndex(of: UInt8(ascii: "/"))
        if let slash, slash > number.lowerBound, slash + 1 < number.upperBound, Bytes.isDigit(bytes[slash - 1]), Bytes.isDigit(bytes[slash + 1]) {
            // As printed, with its designation (`Nos 11223/12 and 44556/13`): `CaseNumberKey` keys it by the number.
            return text.string(text.trimmed(field.lowerBound..<number.upperBound))
        }
        // A number after its word alone (`no 4711`): digits.
        guard start > field.lowerBound, Bytes.isDigit(bytes[first]) else { return nil }
        return text.string(number)
    }

    /// `hereinafter: KlimaX; all paragraphs ...`, `hereafter KlimaX`: the name a bracket declares for
    /// the decision, to a semicolon or comma; nil when the bracket declares none.
    private static func declaredName(_ text: CitationText, _ inner: Range<Int>) -> String? {
        for lead in ["hereinafter: ", "hereinafter ", "hereafter: ", "hereafter "] as [StaticString]
        where text.has(lead, at: inner.lowerBound, end: inner.upperBound, ignoringFirstLetterCase: true) {
            let start = inner.lowerBound + lead.utf8CodeUnitCount
            var end = start
            while end < inner.upperBound, text.bytes[end] != UInt8(ascii: ";"), text.bytes[end] != UInt8(ascii: ",") { end += 1 }
            var name = text.trimmed(start..<end)
            // Quotation marks around the name, straight or curly, are no part of it.
            while let first = name.first, text.bytes[first] == UInt8(ascii: "\"") || text.bytes[first] == UInt8(ascii: "'") { name = name.dropFirst() }
            while let last = name.last, text.bytes[last] == UInt8(ascii: "\"") || text.bytes[last] == UInt8(ascii: "'") { name = name.dropLast() }
            for quote in ["“", "‘"] as [StaticString] where text.has(quote, at: name.lowerBound, end: name.upperBound) { name = name.dropFirst(3) }
            for quote in ["”", "’"] as [StaticString] where name.count >= 3 && text.has(quote, at: name.upperBound - 3, end: name.upperBound) { name = name.dropLast(3) }
            return name.isEmpty ? nil : text.string(name)
        }
        return nil
    }

    /// The comma that ends the field at `offset` (outside brackets), or `end`.
    private static func fieldEnd(_ text: CitationText, from offset: Int, end: Int) -> Int {
        var index = offset
        while index < end {
            let byte = text.bytes[index]
            if byte == UInt8(ascii: ","), index + 1 == end || text.bytes[index + 1] == UInt8(ascii: " ") { return index }
            if byte == UInt8(ascii: "("), let close = text.closingBracket(after: index, end: end) {
                index = close
                continue
            }
            index += 1
        }
        return end
    }

    /// The last word of `range`.
    private static func lastWord(_ text: CitationText, _ range: Range<Int>) -> String {
        var start = range.upperBound
        while start > range.lowerBound, !Bytes.isSpace(text.bytes[start - 1]) { start -= 1 }
        return text.string(start..<range.upperBound)
    }
}
