import LowLevel

/// A case of the Court of Justice of the European Union or its General Court by its case number,
/// with the parties' names after a dash or comma: `Case C-128/11 — UsedSoft GmbH v. Oracle
/// International Corp`, `Case T-201/04, Microsoft v. Commission, para. 12`, `Joined Cases C-403/08
/// and C-429/08, Football Association Premier League`, `CJEU, C-77/18, Roe v Fabrik GmbH,
/// ECLI:EU:C:2019:123, para. 53`, `Case C-12/09 Roe SA v Doe AG [2011] ECR I-6011, § 119`. The
/// number names the case; a report in brackets and the ECLI are no part of the name.
enum EUCourtCaseForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "C") || byte == UInt8(ascii: "J") || byte == UInt8(ascii: "T") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "G")
    }

    private static let openers: [StaticString] = ["Joined Cases ", "Case ", "Cases "]
    /// The court named before the number: `CJEU, C-77/18, Dupont v Fabrik`.
    private static let courtLeads: [StaticString] = [
        "CJEU, ", "CJEU ", "ECJ, ", "ECJ ", "CJ, ", "EuGH, ", "EuGH ", "Court of Justice, ", "General Court, ", "GC, ",
    ]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        guard let lead = citation.first, mayOpen(with: bytes[lead]) else { return nil }
        var start = lead
        if let court = courtLeads.first(where: { text.has($0, at: lead, end: citation.upperBound) }) { start += court.utf8CodeUnitCount }
        // The number opens the citation after `Case`, or alone (`C-77/18, Dupont`) as a short citation prints it.
        let opener = openers.first(where: { text.has($0, at: start, end: citation.upperBound) })
        let numberStart = start + (opener?.utf8CodeUnitCount ?? 0)
        guard let numberEnd = caseNumber(text, at: numberStart, end: citation.upperBound) else { return nil }
        var end = numberEnd
        // `and C-429/08`: the joined cases' other numbers.
        while text.has(" and ", at: end, end: citation.upperBound), let more = caseNumber(text, at: end + 5, end: citation.upperBound) { end = more }
        // A number alone needs a comma after it (`C-77/18, Dupont`): `C-2/10 Alpha v Beta` after
        // `Joined Cases C-1/10 and` is the joined cases' second number, not a citation of its own.
        if opener == nil, end < citation.upperBound, bytes[end] != UInt8(ascii: ",") { return nil }
        let number = text.string(numberStart..<numberEnd)
        // The parties: after a dash or a comma, to the next comma or the report's year in brackets.
        var nameStart = YearJournalCite.skipWideSpaces(text, from: end, end: citation.upperBound)
        for mark in ["—", "–", "-", ","] as [StaticString] where text.has(mark, at: nameStart, end: citation.upperBound) {
            nameStart = YearJournalCite.skipWideSpaces(text, from: nameStart + mark.utf8CodeUnitCount, end: citation.upperBound)
            break
        }
        var nameEnd = nameStart
        while nameEnd < citation.upperBound, bytes[nameEnd] != UInt8(ascii: ","), bytes[nameEnd] != UInt8(ascii: ";"),
              !reportOpens(text, at: nameEnd, end: citation.upperBound) {
            nameEnd += 1
        }
        var name = text.trimmed(nameStart..<nameEnd)
        // A field that is no name: the ECLI, a paragraph.
        if text.has("ECLI", at: name.lowerBound, end: name.upperBound) || PinpointParser.parse(text, at: name.lowerBound, end: name.upperBound, allowRoman: false)?.pinpoint.isMarked == true {
            name = nameStart..<nameStart
        }
        var work = WorkDraft(kind: .case, title: name.isEmpty ? "Case \(number)" : text.string(name))
        work.documentNumber = number
        let courtPrefix = number.first
        work.courtName = courtPrefix == "T" ? "General Court" : "Court of Justice of the European Union"
        var citationEnd = name.isEmpty ? end : max(end, name.upperBound)
        var pinpoint: Pinpoint?
        // `[2011] ECR I-6011`, `ECLI:EU:C:2019:123`: the report and the ECLI between the name and the paragraph.
        var index = text.skipSpaces(from: citationEnd, end: citation.upperBound)
        while index < citation.upperBound {
            let field = text.skipSpaces(from: bytes[index] == UInt8(ascii: ",") ? index + 1 : index, end: citation.upperBound)
            guard text.has("ECLI:", at: field, end: citation.upperBound) || reportOpens(text, at: field - 1, end: citation.upperBound) else { break }
            var fieldEnd = field
            while fieldEnd < citation.upperBound, bytes[fieldEnd] != UInt8(ascii: ",") { fieldEnd += 1 }
            if text.has("ECLI:", at: field, end: citation.upperBound) { work.parallelCitations = [text.string(text.trimmed(field..<fieldEnd))] }
            citationEnd = text.trimmed(field..<fieldEnd).upperBound
            index = fieldEnd
        }
        // `, para. 12`
        let afterName = text.skipSpaces(from: citationEnd, end: citation.upperBound)
        if afterName < citation.upperBound, bytes[afterName] == UInt8(ascii: ","),
           let parsed = PinpointParser.parse(text, at: text.skipSpaces(from: afterName + 1, end: citation.upperBound), end: citation.upperBound, allowRoman: false),
           parsed.pinpoint.isMarked {
            pinpoint = parsed.pinpoint
            citationEnd = parsed.end
        }
        var rest = text.trimmed(citationEnd..<citation.upperBound)
        while let first = rest.first, bytes[first] == UInt8(ascii: ",") { rest = text.trimmed(first + 1..<rest.upperBound) }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: lead..<citationEnd,
                             trailing: rest.isEmpty ? nil : rest)
    }

    /// Whether a report's year in brackets opens after the space at `offset`: ` [2011] ECR I-6011`.
    private static func reportOpens(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        guard offset >= 0, offset + 7 <= end, text.bytes[offset] == UInt8(ascii: " "), text.bytes[offset + 1] == UInt8(ascii: "["),
              text.bytes[offset + 6] == UInt8(ascii: "]") else { return false }
        return text.bytes[(offset + 2)..<(offset + 6)].allSatisfy(Bytes.isDigit)
    }

    /// `C-128/11`, `T-201/04`, `C‑128/11`: a court letter, a dash, the number, a slash and the year; the offset past it.
    private static func caseNumber(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard offset + 5 < end, text.bytes[offset] == UInt8(ascii: "C") || text.bytes[offset] == UInt8(ascii: "T") || text.bytes[offset] == UInt8(ascii: "F") else { return nil }
        var index = offset + 1
        if text.bytes[index] == UInt8(ascii: "-") {
            index += 1
        } else if text.has("‑", at: index, end: end) || text.has("–", at: index, end: end) {
            index += 3
        } else {
            return nil
        }
        let digits = index
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > digits, index < end, text.bytes[index] == UInt8(ascii: "/") else { return nil }
        index += 1
        let year = index
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index - year == 2 || index - year == 4 else { return nil }
        return index
    }
}
