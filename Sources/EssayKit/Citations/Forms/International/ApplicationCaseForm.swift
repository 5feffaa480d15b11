import LowLevel

/// A case of the European Court of Human Rights (or a like body) by its application number:
/// `Roe v. Ruritania, Application No. 12345/06, Judgment of 12 October 2006, para 45`, `Doe v
/// Freedonia App no 23456/07 (ECtHR, 5 May 2010) para 78`, `Poe v. Arcadia [GC], no. 34567/09, §
/// 216, ECHR 2011`. The parties name the case; the application number singles it out; the place
/// is the first paragraph (`para 45`, `§ 216`, `[45]`) after the number.
enum ApplicationCaseForm: CitationForm {
    /// The first test of `read`: the parties' names open with a capital.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) }

    /// The application's number, a slash between digits.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .numberSlash) }

    /// The words before an application's number.
    private static let numberMarks: [StaticString] = ["no. ", "No. ", "no ", "No ", "nos. ", "Nos. ", "no.", "No."]
    private static let applicationWords: [StaticString] = ["Application ", "application ", "Applications ", "applications ", "App. ", "App ", "Appl. ", "Appl "]
    /// The court named before the parties: `ECtHR, Dorn v. Malta, ...`.
    private static let courtLeads: [StaticString] = ["ECtHR, ", "ECtHR ", "ECHR, ", "European Court of Human Rights, ", "EComHR, ", "Eur. Ct. H.R., "]

    /// The most bytes the parties' names take before the number.
    private static let longestName = 240

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        guard let lead = citation.first, Bytes.isUpper(bytes[lead]), !text.contains(" WL ", in: citation) else { return nil }
        let end = citation.upperBound
        let limit = min(end, lead + longestName + 40)
        // The number: digits, a slash, two digits (`12345/06`), after `no.` or `Application No.`.
        var slash = lead
        var found: (markStart: Int, numberStart: Int, numberEnd: Int)?
        while found == nil {
            slash = text.firstOffset(of: UInt8(ascii: "/"), from: slash + 1, end: limit)
            guard slash < limit, slash + 2 < end else { return nil }
            guard Bytes.isDigit(bytes[slash - 1]), Bytes.isDigit(bytes[slash + 1]), Bytes.isDigit(bytes[slash + 2]),
                  slash + 3 == end || !Bytes.isDigit(bytes[slash + 3]) && bytes[slash + 3] != UInt8(ascii: "/") else { continue }
            var numberStart = slash - 1
            while numberStart > lead, Bytes.isDigit(bytes[numberStart - 1]) { numberStart -= 1 }
            guard slash - numberStart <= 6 else { continue }
            found = mark(text, before: numberStart, lead: lead).map { ($0, numberStart, slash + 3) }
        }
        guard let found else { return nil }
        // `nos. 11111/05 and 22222/05`: the other applications joined to the first.
        var numbersEnd = found.numberEnd
        while true {
            var next = numbersEnd
            if text.has(" and ", at: next, end: end) { next += 5 } else if text.has(", ", at: next, end: end) { next += 2 } else { break }
            guard let more = applicationNumberEnd(text, at: next, end: end) else { break }
            numbersEnd = more
        }
        var nameEnd = found.markStart
        while nameEnd > lead, Bytes.isSpace(bytes[nameEnd - 1]) || bytes[nameEnd - 1] == UInt8(ascii: ",") || bytes[nameEnd - 1] == UInt8(ascii: "(") {
            nameEnd -= 1
        }
        // `[GC]`, `(dec.)`: the chamber or the kind of decision, no part of the name.
        if nameEnd > lead, bytes[nameEnd - 1] == UInt8(ascii: "]"), let open = bytes[lead..<nameEnd].lastIndex(of: UInt8(ascii: "[")) {
            nameEnd = open
            while nameEnd > lead, Bytes.isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
        }
        var nameStart = lead
        if let court = courtLeads.first(where: { text.has($0, at: lead, end: found.markStart) }) { nameStart = min(nameEnd, lead + court.utf8CodeUnitCount) }
        var name = text.trimmed(nameStart..<nameEnd)
        var afterName = numbersEnd
        if name.isEmpty, nameStart > lead {
            // `European Court of Human Rights, App. No. 1234/72, Doe v The Kingdom, 12 May 1980`:
            // the court and the number first, the parties after them, to a comma.
            var start = numbersEnd
            while start < end, bytes[start] == UInt8(ascii: ",") || Bytes.isSpace(bytes[start]) { start += 1 }
            let comma = text.firstOffset(of: UInt8(ascii: ","), from: start, end: end)
            name = text.trimmed(start..<comma)
            afterName = comma
        }
        guard !name.isEmpty, text.contains(" v", in: name) || text.contains(" c. ", in: name) else { return nil }
        var work = WorkDraft(kind: .case, title: text.string(name))
        // The number as printed, with its designation (`Application no. 12345/06`); its identity is the
        // first number alone (`AuthorityCatalog`), whichever words a citation puts before it.
        work.documentNumber = text.string(found.markStart..<numbersEnd)
        work.courtName = "European Court of Human Rights"
        // The first paragraph after the number; the judgment's date and reports before it go with the citation.
        var pinpoint: Pinpoint?
        var index = afterName
        while index < end {
            let byte = bytes[index]
            if (byte == UInt8(ascii: "p") || byte == UInt8(ascii: "P") || byte == 0xC2 || byte == UInt8(ascii: "[")),
               Bytes.isSpace(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: ",") || bytes[index - 1] == UInt8(ascii: "("),
               let place = InternationalPlace.parse(text, at: index, end: end),
               place.pinpoint.kind == .paragraph || text.has("§", at: index, end: end) {
                pinpoint = place.pinpoint
                break
            }
            index += 1
        }
        if let year = DateWords.year(in: bytes[found.numberEnd..<end]) { work.year = year }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: lead..<end, trailing: nil)
    }

    /// Just past an application's number at `offset` (`22222/05`: digits, a slash, two digits), or nil.
    private static func applicationNumberEnd(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        var index = offset
        while index < end, index - offset < 6, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > offset, index + 3 <= end, text.bytes[index] == UInt8(ascii: "/"), Bytes.isDigit(text.bytes[index + 1]),
              Bytes.isDigit(text.bytes[index + 2]), index + 3 == end || !Bytes.isDigit(text.bytes[index + 3]) else { return nil }
        return index + 3
    }

    /// Where the words naming an application's number start before `numberStart` (`no. `,
    /// `Application No. `, `App no `), or nil when none is there.
    private static func mark(_ text: CitationText, before numberStart: Int, lead: Int) -> Int? {
        // `(Application 51120/07)`: the word alone.
        for word in applicationWords.prefix(4) {
            let wordStart = numberStart - word.utf8CodeUnitCount
            if wordStart > lead, text.has(word, at: wordStart, end: numberStart) { return wordStart }
        }
        for mark in numberMarks {
            let width = mark.utf8CodeUnitCount
            let start = numberStart - width
            guard start > lead, text.has(mark, at: start, end: numberStart) else { continue }
            for word in applicationWords {
                let wordStart = start - word.utf8CodeUnitCount
                if wordStart > lead, text.has(word, at: wordStart, end: start) { return wordStart }
            }
            // A bare `no.` follows a comma or a bracket: `[GC], no. 30696/09`, in lower case as the
            // Court prints it (a US court's index `No. 300082/10` is no application).
            guard text.bytes[start] == UInt8(ascii: "n") else { continue }
            let before = start - 1
            if before > lead, text.bytes[before] == UInt8(ascii: " "), text.bytes[before - 1] == UInt8(ascii: ",") || text.bytes[before - 1] == UInt8(ascii: "(") {
                return start
            }
            if text.bytes[before] == UInt8(ascii: "(") { return start }
        }
        return nil
    }
}
