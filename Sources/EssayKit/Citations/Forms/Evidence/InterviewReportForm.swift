import LowLevel

/// The FBI's report of an interview (its form FD-302), cited by the person and perhaps the date:
/// `Roe 302, at 4`, `Roe 4/5/18 302, at 2`. The report is a work named by the citation; the
/// number is no page of a work by Roe.
enum InterviewReportForm: CitationForm {
    /// The first test of `read`: a surname's capital.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) }

    /// Words that number a part or a paper, not a person interviewed: `Section 302`, `Title 302`.
    private static let labels: [StaticString] = [
        "Section", "Sections", "Title", "Chapter", "Rule", "Article", "Part", "Form", "Page", "Note", "Exhibit", "Paragraph",
        "Volume", "Box", "Item", "Line", "Table", "Figure", "Appendix", "Schedule", "Class", "Docket", "Order", "Law", "Act",
        "Code", "Bill", "Report", "Publication", "Room", "Route", "Highway", "Suite", "Unit", "Case", "Number", "Claim", "Count",
    ]

    /// The most words of a name before the report's number.
    private static let longestName = 4

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The gate: ` 302` in the first bytes of the clause.
        let window = citation.lowerBound..<min(citation.upperBound, citation.lowerBound + 80)
        guard text.contains(" 302", in: window) else { return nil }
        let words = text.words(in: window, limit: longestName + 3)
        guard let reportIndex = words.firstIndex(where: { text.equals(text.trimmingTrailing($0, [UInt8(ascii: ","), UInt8(ascii: ".")]), "302") }),
              reportIndex >= 1 else { return nil }
        var nameWords = words[..<reportIndex]
        // The interview's date before the number.
        if let last = nameWords.last, DatedRecordForm.numericDate(text, at: last.lowerBound, end: last.upperBound) != nil { nameWords = nameWords.dropLast() }
        // A name's words are letters (`O'Neil`, `Smith-Jones`), and no label numbers its 302 (`Section 302`).
        guard let first = nameWords.first, nameWords.count <= longestName, !labels.contains(where: { text.equals(first, $0) }),
              nameWords.allSatisfy({ word in
                  Bytes.isUpper(text.bytes[word.lowerBound])
                      && text.bytes[word].allSatisfy { Bytes.isLetter($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") || $0 >= 0x80 }
              }) else { return nil }
        let report = text.trimmingTrailing(words[reportIndex], [UInt8(ascii: ","), UInt8(ascii: ".")])
        var pinpoint: Pinpoint?
        if report.upperBound < citation.upperBound {
            guard let at = DatedRecordForm.atPinpoint(text, from: report.upperBound - 1, end: citation.upperBound), at.comma == report.upperBound
            else { return nil }
            pinpoint = at.pinpoint
        }
        let work = WorkDraft(kind: .report, title: text.string(citation.lowerBound..<report.upperBound))
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }
}
