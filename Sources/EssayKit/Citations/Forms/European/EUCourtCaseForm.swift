import LowLevel

/// A case of the Court of Justice of the European Union or its General Court by its case number,
/// with the parties' names after a dash or comma: `Case C-128/11 — UsedSoft GmbH v. Oracle
/// International Corp`, `Case T-201/04, Microsoft v. Commission, para. 12`, `Joined Cases C-403/08
/// and C-429/08, Football Association Premier League`. The number names the case.
enum EUCourtCaseForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "C") || byte == UInt8(ascii: "J")
    }

    private static let openers: [StaticString] = ["Joined Cases ", "Case ", "Cases "]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let lead = citation.first, text.bytes[lead] == UInt8(ascii: "C") || text.bytes[lead] == UInt8(ascii: "J"),
              let opener = openers.first(where: { text.has($0, at: lead, end: citation.upperBound) }) else { return nil }
        let numberStart = lead + opener.utf8CodeUnitCount
        guard let numberEnd = caseNumber(text, at: numberStart, end: citation.upperBound) else { return nil }
        var end = numberEnd
        // `and C-429/08`: the joined cases' other numbers.
        while text.has(" and ", at: end, end: citation.upperBound), let more = caseNumber(text, at: end + 5, end: citation.upperBound) { end = more }
        let number = text.string(numberStart..<numberEnd)
        // The parties: after a dash or a comma, to the next comma.
        var nameStart = YearJournalCite.skipWideSpaces(text, from: end, end: citation.upperBound)
        for mark in ["—", "–", "-", ","] as [StaticString] where text.has(mark, at: nameStart, end: citation.upperBound) {
            nameStart = YearJournalCite.skipWideSpaces(text, from: nameStart + mark.utf8CodeUnitCount, end: citation.upperBound)
            break
        }
        var nameEnd = nameStart
        while nameEnd < citation.upperBound, text.bytes[nameEnd] != UInt8(ascii: ","), text.bytes[nameEnd] != UInt8(ascii: ";") { nameEnd += 1 }
        let name = text.trimmed(nameStart..<nameEnd)
        var work = WorkDraft(kind: .case, title: name.isEmpty ? "Case \(number)" : text.string(name))
        work.documentNumber = number
        let courtPrefix = number.first
        work.courtName = courtPrefix == "T" ? "General Court" : "Court of Justice of the European Union"
        var citationEnd = name.isEmpty ? end : max(end, name.upperBound)
        var pinpoint: Pinpoint?
        // `, para. 12`
        let afterName = text.skipSpaces(from: citationEnd, end: citation.upperBound)
        if afterName < citation.upperBound, text.bytes[afterName] == UInt8(ascii: ","),
           let parsed = PinpointParser.parse(text, at: text.skipSpaces(from: afterName + 1, end: citation.upperBound), end: citation.upperBound, allowRoman: false),
           parsed.pinpoint.isMarked {
            pinpoint = parsed.pinpoint
            citationEnd = parsed.end
        }
        var rest = text.trimmed(citationEnd..<citation.upperBound)
        while let first = rest.first, text.bytes[first] == UInt8(ascii: ",") { rest = text.trimmed(first + 1..<rest.upperBound) }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: lead..<citationEnd,
                             trailing: rest.isEmpty ? nil : rest)
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
