import LowLevel

/// The case a court filing was filed in, cited after the filing's page as the Bluebook writes it:
/// `Brief for Appellant at 16-22, Roe v. State, 287 A.3d 301 (Md. 2022) (No. 739), 2022 WL
/// 5416364`, `Petition for Writ of Certiorari at 3, Doe v. Roe, 590 U.S. 100 (2020) (No. 19-123)`,
/// or by its docket number: `Complaint at ¶ 18, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234
/// (W.D. Wash. Mar. 2, 2022)`.
///
/// The case identifies the filing (a brief for the appellant in one case is not the brief for the
/// appellant in another); it is no second work the note cites. Its docket number and a database
/// cite after it (`2022 WL 5416364`) belong to it.
struct FiledCase {
    /// The case's name as printed (`Roe v. State`).
    var name: String
    /// The case as read, for a later short form to find (`ClauseReading.historyCases`).
    var work: WorkDraft
    /// The docket number of its parenthetical (`No. 739`), if any.
    var docket: String?
    /// Just past the citation of the case (and its database cite).
    var end: Int
    /// The author's words after it.
    var trailing: Range<Int>?

    /// After `offset` (just past the filing's page), `, ` and a case's full citation; nil when no
    /// case named in full follows there.
    static func read(_ text: CitationText, after offset: Int, end: Int) -> FiledCase? {
        let comma = text.skipSpaces(from: offset, end: end)
        // The gate: a comma and a capital, as a case's name opens.
        guard comma < end, text.bytes[comma] == UInt8(ascii: ","), comma + 2 < end else { return nil }
        let start = text.skipSpaces(from: comma + 1, end: end)
        // By its report, or by its docket number alone (`Pell v. Gantry Labs, Inc., No.
        // 4:22-cv-01234 (W.D. Wash. Mar. 2, 2022)`), when no reporter cites it.
        guard start < end, Bytes.isUpper(text.bytes[start]),
              let reading = CaseForm.read(text, start..<end) ?? DocketCaseForm.read(text, start..<end),
              reading.citation.lowerBound == start, case .full(let shared) = reading.form, shared.work.kind == .case,
              !shared.work.title.isEmpty else { return nil }
        var filed = FiledCase(name: shared.work.title, work: shared.work, end: reading.citation.upperBound, trailing: reading.trailing)
        filed.docket = reading.parentheticals.first { $0.hasPrefix("No. ") || $0.hasPrefix("Nos. ") }
            ?? (shared.work.volume == nil ? shared.work.documentNumber : nil)
        // `, 2022 WL 5416364`: the filing's place in a database, the case's too.
        if let rest = reading.trailing, let database = databaseCiteEnd(text, rest) {
            filed.end = database
            let after = text.trimmed(database..<rest.upperBound)
            filed.trailing = after.isEmpty ? nil : after
        }
        return filed
    }

    /// Just past a database cite opening `range` (`2022 WL 5416364`, `2019 U.S. LEXIS 4012`): a
    /// year, the database's name ending in `WL` or `LEXIS`, a number.
    private static func databaseCiteEnd(_ text: CitationText, _ range: Range<Int>) -> Int? {
        let words = text.words(in: range, limit: 6)
        guard words.count >= 3, words[0].count == 4, text.bytes[words[0]].allSatisfy(Bytes.isDigit) else { return nil }
        for index in 1..<min(words.count - 1, 4) where text.equals(words[index], "WL") || text.equals(words[index], "LEXIS") {
            let number = text.trimmingTrailing(words[index + 1], [UInt8(ascii: ","), UInt8(ascii: ".")])
            guard !number.isEmpty, text.bytes[number].allSatisfy(Bytes.isDigit) else { return nil }
            return number.upperBound
        }
        return nil
    }
}
