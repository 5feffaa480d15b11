import LowLevel

/// A member's remarks in the Congressional Record, as policy writing cites them: `Sen. Jane Doe,
/// remarks in the Senate, Congressional Record, daily edition, vol. 170 (March 4, 2024), p. S1234`,
/// `Remarks of Rep. John Roe, Congressional Record, vol. 168 (May 2, 2022), p. H1234`.
///
/// The work is the Record at that volume and page (`RecordPage`), as the Record cited without a
/// speaker is, the speaker its author and the page the pinpoint; the words between (`remarks in
/// the Senate`) say what was printed there and are no title.
enum RecordRemarksForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "S") || byte == UInt8(ascii: "R") || byte == UInt8(ascii: "D") || byte == UInt8(ascii: "H")
    }

    /// The most bytes before the Record's name: a speaker and a few words about the remarks.
    private static let longestLead = 240
    private static let leads: [StaticString] = ["Remarks of ", "Statement of "]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard citation.count > 30 else { return nil }
        // The gate: an honorific's or lead's first letter, then the lead or honorific itself.
        let first = text.bytes[citation.lowerBound]
        guard [UInt8(ascii: "S"), UInt8(ascii: "R"), UInt8(ascii: "D"), UInt8(ascii: "H")].contains(first),
              leads.contains(where: { text.has($0, at: citation.lowerBound, end: citation.upperBound) })
                || RecordPage.opensWithHonorific(text, at: citation.lowerBound, end: citation.upperBound) else { return nil }
        let reach = min(citation.upperBound, citation.lowerBound + longestLead)
        var record = text.firstOffset(of: UInt8(ascii: "C"), from: citation.lowerBound, end: reach)
        while record < reach, record < citation.lowerBound + 2 || !text.has(", Congressional Record", at: record - 2, end: citation.upperBound) {
            record = text.firstOffset(of: UInt8(ascii: "C"), from: record + 1, end: reach)
        }
        guard record < reach else { return nil }
        var start = citation.lowerBound
        if let lead = leads.first(where: { text.has($0, at: start, end: record) }) { start += lead.utf8CodeUnitCount }
        // The speaker's field: an honorific and a name, up to the first comma.
        var fieldEnd = start
        while fieldEnd < record, text.bytes[fieldEnd] != UInt8(ascii: ",") { fieldEnd += 1 }
        guard let speaker = RecordPage.name(text, text.trimmed(start..<fieldEnd)),
              let reading = FederalGuidanceForm.record(text, citation, from: record, title: nil),
              case .full(let shared) = reading.form, shared.work.firstPage != nil else { return nil }
        var work = shared.work
        work.authors = [speaker]
        var read = reading
        read.form = .full(ClauseReading.SharedWork(work))
        return read
    }
}
