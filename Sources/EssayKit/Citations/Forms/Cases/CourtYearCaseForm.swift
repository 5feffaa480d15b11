import LowLevel

/// A case cited by its name and court with no reporter, as a decision no reporter printed is cited
/// from a court's own list: `State v. Example (Minn. Ct. App. 2019)`, `In re Marriage of Lark
/// (Minn. Ct. App. Mar. 4, 2018) (unpublished)`.
///
/// The name must be the whole of the words before the parenthesis and a case's (`v.`, `In re`,
/// `Ex parte`), and the parenthesis a court's and a year's, the court one courts-db knows or
/// written as courts are (`Ct.`, `Cir.`, `App.`): so a book's title naming a case, with its
/// publisher and year (`Roe v. Wade (Harbor Press 2019)`), is no case.
enum CourtYearCaseForm: CitationForm {
    /// The first test of `read`: a party's capital.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0
    }

    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The words an abbreviated court's name holds when courts-db does not list it.
    private static let courtWords = ["Ct.", "Cir.", "App.", "Dist.", "Super.", "Sup.", "Cnty.", "Bankr.", "D. "]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let end = citation.upperBound
        let open = text.firstOffset(of: UInt8(ascii: "("), from: citation.lowerBound, end: end)
        // Cheap first: a year closes the bracket, and the words before it hold a case's `v` or `In re`.
        guard open < end, open > citation.lowerBound, text.bytes[open - 1] == UInt8(ascii: " "),
              let close = text.closingBracket(after: open, end: end), close - 2 > open, Bytes.isDigit(text.bytes[close - 2]),
              text.contains(" v", in: citation.lowerBound..<open) || text.contains("In re ", in: citation.lowerBound..<open)
                || text.contains("Ex parte ", in: citation.lowerBound..<open),
              let dated = CaseDetails.courtAndYear(text, text.trimmed(open + 1..<close - 1)), let court = dated.court,
              !court.id.isEmpty || courtWords.contains(where: { court.name.contains($0) }) else { return nil }
        let name = text.trimmingTrailing(text.trimmed(citation.lowerBound..<open), [UInt8(ascii: ","), UInt8(ascii: " ")])
        guard !name.isEmpty, CaseName.range(endingAt: open, from: citation.lowerBound, in: text)?.lowerBound == name.lowerBound else { return nil }
        let written = text.string(name)
        guard written.contains(" v. ") || written.contains(" vs. ") || written.contains(" v ") || written.hasPrefix("In re ")
                || written.hasPrefix("Ex parte ") else { return nil }
        var work = WorkDraft(kind: .case, title: written)
        work.year = dated.year
        work.court = court.id.isEmpty ? nil : court.id
        work.courtName = court.name
        // Explanatory parentheticals after the court's: `(unpublished)`, `(per curiam)`.
        var index = close
        var parentheticals: [String] = []
        while true {
            let next = text.skipSpaces(from: index, end: end)
            guard next < end, text.bytes[next] == UInt8(ascii: "("), let after = text.closingBracket(after: next, end: end) else { break }
            parentheticals.append(text.string(text.trimmed(next + 1..<after - 1)))
            index = after
        }
        var rest = text.trimmed(index..<end)
        while !rest.isEmpty, [UInt8(ascii: ","), UInt8(ascii: ";")].contains(text.bytes[rest.lowerBound]) {
            rest = text.trimmed(rest.lowerBound + 1..<rest.upperBound)
        }
        var reading = ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: citation.lowerBound..<index,
                                    trailing: rest.isEmpty ? nil : rest)
        reading.parentheticals = parentheticals
        return reading
    }
}
