import LowLevel

/// The transcript of a case's oral argument: `Tr. of Oral Arg. 74–75`, as court opinions cite the
/// argument in the case before them, and `Transcript of Oral Argument at 12, Alder v. Birch, 501
/// U.S. 20 (1991) (No. 90-123)`, as law reviews cite another case's.
///
/// The work is the transcript (kind `document`): one for the case at hand when no case is named,
/// else one per case named after it. The page is the pinpoint.
enum OralArgumentForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "T")
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The gate: the clause opens with `Tr` (`Tr. of Oral Arg.`, `Transcript of Oral Argument`).
        guard citation.count >= 17, text.bytes[citation.lowerBound] == UInt8(ascii: "T"),
              text.bytes[citation.lowerBound + 1] == UInt8(ascii: "r") else { return nil }
        var index: Int
        if text.has("Tr. of Oral Arg.", at: citation.lowerBound, end: citation.upperBound) {
            index = citation.lowerBound + 16
        } else if text.has("Transcript of Oral Argument", at: citation.lowerBound, end: citation.upperBound) {
            index = citation.lowerBound + 27
        } else {
            return nil
        }
        index = text.skipSpaces(from: index, end: citation.upperBound)
        if text.has("at ", at: index, end: citation.upperBound) { index += 3 }
        var pinpoint: Pinpoint?
        var end = index
        if let parsed = PinpointParser.parse(text, at: index, end: citation.upperBound, allowRoman: false) {
            (pinpoint, end) = PinpointParser.withNote(text, parsed, start: index, end: citation.upperBound)
        }
        var title = "Transcript of Oral Argument"
        var rest = text.trimmed(end..<citation.upperBound)
        // `, Alder v. Birch, 501 U.S. 20 (1991) (No. 90-123)`, `, Alder v. Birch, No. 19-123 (U.S.
        // argued Jan. 5, 2020)`: the case argued, by its report or its docket number.
        if !rest.isEmpty, text.bytes[rest.lowerBound] == UInt8(ascii: ",") {
            let argued = text.trimmed((rest.lowerBound + 1)..<rest.upperBound)
            if let reading = CaseForm.read(text, argued) ?? DocketCaseForm.read(text, argued),
               case .full(let shared) = reading.form, !shared.work.title.isEmpty {
                title += ", " + shared.work.title
                end = reading.citation.upperBound
                rest = reading.trailing ?? text.trimmed(end..<citation.upperBound)
            }
        }
        // What may follow: the author's parenthetical remark, nothing else.
        guard rest.isEmpty || text.bytes[rest.lowerBound] == UInt8(ascii: "(") else { return nil }
        let work = WorkDraft(kind: .document, title: title)
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<end,
                             trailing: rest.isEmpty ? nil : rest)
    }
}
