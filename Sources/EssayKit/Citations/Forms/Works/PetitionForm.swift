import LowLevel

/// A petition to a court for review, cited by its case and docket number: `Petition for a Writ
/// of Certiorari, Alpha Co. v. Beta Corp., No. 25-123 (U.S. Sep. 2, 2025)`, `Petition for
/// Certiorari, No. 19-40, at 12`.
///
/// The work is the petition (kind `brief`, a party's filing), known by its docket number, so the
/// number is no pinpoint and never a page; the case's name is its container. A page after the
/// date or number (`, at 12`) is the pinpoint.
enum PetitionForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "P")
    }

    private static let openings: [StaticString] = ["Petition for a Writ of Certiorari", "Petition for Writ of Certiorari", "Petition for Certiorari"]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The gate: the clause opens with `Petition for`.
        guard text.has("Petition for ", at: citation.lowerBound, end: citation.upperBound),
              let opening = openings.first(where: { text.has($0, at: citation.lowerBound, end: citation.upperBound) }) else { return nil }
        let titleEnd = citation.lowerBound + opening.utf8CodeUnitCount
        // The docket number: the first `No. ` after the title, at the clause's own level.
        let base = text.baseLevel(of: citation)
        guard let numberMark = (titleEnd..<citation.upperBound).first(where: {
            text.has("No. ", at: $0, end: citation.upperBound) && text.isTopLevel($0, base: base)
                && ($0 == titleEnd || text.bytes[$0 - 1] == UInt8(ascii: " "))
        }) else { return pageThenCase(text, citation, titleEnd: titleEnd) }
        var numberEnd = numberMark + 4
        while numberEnd < citation.upperBound, Bytes.isDigit(text.bytes[numberEnd]) || Bytes.isLetter(text.bytes[numberEnd])
                || text.bytes[numberEnd] == UInt8(ascii: "-") { numberEnd += 1 }
        guard numberEnd > numberMark + 4, text.bytes[numberMark + 4..<numberEnd].contains(where: Bytes.isDigit) else { return nil }
        var work = WorkDraft(kind: .brief, title: text.string(citation.lowerBound..<titleEnd))
        work.documentNumber = text.string(numberMark..<numberEnd)
        let caseName = text.trimmingTrailing(text.trimmed(titleEnd..<numberMark), [UInt8(ascii: ",")])
        var caseStart = caseName.lowerBound
        if caseStart < caseName.upperBound, text.bytes[caseStart] == UInt8(ascii: ",") { caseStart = text.skipSpaces(from: caseStart + 1, end: caseName.upperBound) }
        if caseStart < caseName.upperBound { work.container = text.string(caseStart..<caseName.upperBound) }
        var end = numberEnd
        // `(U.S. Sep. 2, 2025)`: the court and date.
        let open = text.skipSpaces(from: end, end: citation.upperBound)
        if open < citation.upperBound, text.bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: citation.upperBound) {
            work.year = DateWords.year(in: text.bytes[open..<close])
            end = close
        }
        let tail = ClauseEnds.shortFormTail(text, from: end, end: citation.upperBound)
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: tail.pinpoint,
                             citation: citation.lowerBound..<max(end, tail.citationEnd), trailing: tail.trailing)
    }

    /// The Bluebook's order, the page first and the case in full after it (`FiledCase`): `Petition
    /// for Writ of Certiorari at 3, Doe v. Roe, 590 U.S. 100 (2020) (No. 19-123)`. The petition is
    /// known by the case's docket number, or by the case.
    private static func pageThenCase(_ text: CitationText, _ citation: Range<Int>, titleEnd: Int) -> ClauseReading? {
        let at = text.skipSpaces(from: titleEnd, end: citation.upperBound)
        guard text.has("at ", at: at, end: citation.upperBound),
              let page = PinpointParser.parse(text, at: text.skipSpaces(from: at + 3, end: citation.upperBound), end: citation.upperBound, allowRoman: false),
              let filed = FiledCase.read(text, after: page.end, end: citation.upperBound) else { return nil }
        var work = WorkDraft(kind: .brief, title: text.string(citation.lowerBound..<titleEnd))
        work.container = filed.name
        work.documentNumber = filed.docket ?? "\(work.title) in \(filed.name)"
        var reading = ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: page.pinpoint,
                                    citation: citation.lowerBound..<filed.end, trailing: filed.trailing)
        reading.historyCases = [filed.work]
        return reading
    }
}
