import LowLevel

/// A case cited by its docket number and date, as a decision is cited before any reporter prints
/// it: `Doe v. Widget Corp., No. 22-915 (U.S. June 21, 2024)`, `In re Roe, No. 1:20-cv-01234,
/// slip op. at 4 (D. Del. Mar. 2, 2021)`. The parties name it; later notes cite it by one party
/// (`*Doe*, No. 22-915, slip op. at 4`, read by `NamedShortForm`) or *Id.*
///
/// The parties must hold a `v.` (or open `In re`, `Ex parte`) and the date's parenthesis must end
/// the number's clause, so a brief's or a bill's `No.` is no such case. A docket number of a
/// court's shape (`1:21-cv-5555`, `22-1234`: digits on both sides of a dash or colon) is enough
/// without the date (`Orr v. Quillsoft, No. 1:21-cv-5555 (D. Or.)`, or with nothing after it), and
/// without the court (`(Mar. 2, 2022)`). A court filing's title and place before the parties
/// (`Complaint at ¶ 18, Pell v. ...`) make no parties: that is the filing's citation (`CaseFilingForm`).
enum DocketCaseForm: CitationForm {
    /// The most words the parties take: more is the author's sentence.
    private static let longestName = 20

    /// The docket number's `No. `.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .numberLabel) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The cheap gate: a capital first and a parenthesis last (the date's, or a slip opinion's
        // page after it), then `, No. ` somewhere.
        // A Chicago note's page comes after the date: `(D. Md. July 24, 2020), 18`.
        guard let first = citation.first, Bytes.isUpper(text.bytes[first]), text.contains(" No. ", in: citation) else { return nil }
        var comma = first
        // `, No. ` or a multidistrict litigation's `, MDL No. `.
        var mark = 6
        while comma < citation.upperBound {
            if text.has(", No. ", at: comma, end: citation.upperBound) { break }
            if text.has(", MDL No. ", at: comma, end: citation.upperBound) {
                mark = 10
                break
            }
            comma += 1
        }
        guard comma < citation.upperBound else { return nil }
        let name = text.trimmed(first..<comma)
        let written = text.string(name)
        guard written.contains(" v. ") || written.contains(" vs. ") || written.hasPrefix("In re ") || written.hasPrefix("In Re ")
                || written.hasPrefix("Ex parte "), written.split(separator: " ").count <= longestName,
              !CaseFilingForm.endsInPlace(text, name) else { return nil }
        // The docket number: a digit first, then letters, digits, dashes and colons.
        let numberStart = comma + mark
        var index = numberStart
        while index < citation.upperBound, Bytes.isWordByte(text.bytes[index]) || text.bytes[index] == UInt8(ascii: "-")
            || text.bytes[index] == UInt8(ascii: ":") { index += 1 }
        guard index > numberStart, text.bytes[numberStart..<index].contains(where: Bytes.isDigit) else { return nil }
        let number = text.string(numberStart..<index)
        var pinpoint: Pinpoint?
        // `, slip op. at 4` or `, at 4` before the date.
        var at = text.skipSpaces(from: index, end: citation.upperBound)
        if text.has(",", at: at, end: citation.upperBound) {
            let after = text.skipSpaces(from: at + 1, end: citation.upperBound)
            if let slip = SlipOpinion.page(text, at: after, end: citation.upperBound) {
                pinpoint = slip.pinpoint
                at = text.skipSpaces(from: slip.end, end: citation.upperBound)
            } else if text.has("at ", at: after, end: citation.upperBound),
                      let page = PinpointParser.parse(text, at: text.skipSpaces(from: after + 3, end: citation.upperBound), end: citation.upperBound, allowRoman: false) {
                pinpoint = page.pinpoint
                at = text.skipSpaces(from: page.end, end: citation.upperBound)
            }
        }
        // `(U.S. June 21, 2024)`: the court and date; `(D. Or.)`, a court courts-db knows, alone; or
        // nothing, after a court's number.
        var work = WorkDraft(kind: .case, title: written)
        work.documentNumber = (mark == 10 ? "MDL No. " : "No. ") + number
        var end = index
        if at < citation.upperBound, text.bytes[at] == UInt8(ascii: "("), let close = text.closingBracket(after: at, end: citation.upperBound),
           let dated = courtAndDate(text, text.trimmed(at + 1..<close - 1)),
           dated.court != nil || isCourtNumber(text.bytes[numberStart..<index]) {
            work.year = dated.year
            if let court = dated.court {
                work.court = court.id.isEmpty ? nil : court.id
                work.courtName = court.name
            }
            end = close
        } else {
            guard isCourtNumber(text.bytes[numberStart..<index]), pinpoint == nil,
                  at == citation.upperBound || text.bytes[at] == UInt8(ascii: "(") else { return nil }
        }
        // `(slip op., at 12)` after the date.
        if end > index, let slip = SlipOpinion.parenthesized(text, at: text.skipSpaces(from: end, end: citation.upperBound), end: citation.upperBound) {
            if pinpoint == nil { pinpoint = slip.pinpoint }
            end = slip.end
        }
        // `(D. Md. July 24, 2020), 18`: the page after the date, as Chicago notes print it.
        if pinpoint == nil, end > index, end + 2 < citation.upperBound, text.bytes[end] == UInt8(ascii: ","),
           let page = PinpointParser.parse(text, at: text.skipSpaces(from: end + 1, end: citation.upperBound), end: citation.upperBound, allowRoman: false),
           page.end == citation.upperBound, !page.pinpoint.isMarked {
            pinpoint = page.pinpoint
            end = page.end
        }
        var rest = text.trimmed(end..<citation.upperBound)
        if end == index, pinpoint == nil, !rest.isEmpty, text.bytes[rest.lowerBound] == UInt8(ascii: "(") {
            // `No. 1:21-cv-5555 (holding ...)`: the author's remark after an undated case.
            return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: first..<end, trailing: rest)
        }
        while !rest.isEmpty, [UInt8(ascii: ","), UInt8(ascii: ";")].contains(text.bytes[rest.lowerBound]) {
            rest = text.trimmed(rest.lowerBound + 1..<rest.upperBound)
        }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: first..<end,
                             trailing: rest.isEmpty ? nil : rest)
    }

    /// The court and year of a docket case's parenthetical (`U.S. June 21, 2024`, `9th Cir. argued
    /// Jan. 5, 2024`), the date alone (`Mar. 2, 2022`: the caller asks a court's number of it), or a
    /// court courts-db knows without a date (`D. Or.`); nil for other words.
    private static func courtAndDate(_ text: CitationText, _ inner: Range<Int>) -> (court: (id: String, name: String)?, year: Int?)? {
        if let dated = CaseDetails.courtAndYear(text, inner) {
            return (court: dated.court, year: Optional(dated.year))
        }
        guard !inner.isEmpty, inner.count <= longestCourt, Bytes.isUpper(text.bytes[inner.lowerBound]) || Bytes.isDigit(text.bytes[inner.lowerBound]) else { return nil }
        let court = CaseDetails.court(text, inner)
        guard !court.id.isEmpty else { return nil }
        return (court: Optional(court), year: nil)
    }

    /// The most bytes a court's name alone takes in a docket case's parenthetical.
    private static let longestCourt = 24

    /// Whether `number` is of a court's docket shape: digits on both sides of a dash or colon
    /// (`22-1234`, `1:21-cv-5555`, `07-61284-CIV`).
    static func isCourtNumber(_ number: ArraySlice<UInt8>) -> Bool {
        var index = number.startIndex
        while index < number.endIndex, Bytes.isDigit(number[index]) { index += 1 }
        guard index > number.startIndex, index + 1 < number.endIndex,
              number[index] == UInt8(ascii: "-") || number[index] == UInt8(ascii: ":") else { return false }
        return Bytes.isDigit(number[index + 1])
    }
}
