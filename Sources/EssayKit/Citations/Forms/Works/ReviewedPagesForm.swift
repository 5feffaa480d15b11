import LowLevel

/// Pages of the book an essay reviews, cited by the page alone: `P. 41.`, `Pp. 52–53.`, as book
/// reviews cite the book they review, named in their title or first note.
///
/// The clause is the mark and the pages, nothing else; the work is found at resolution
/// (`ResolutionRun`: the book the essay first cites in full, or none).
enum ReviewedPagesForm: CitationForm {
    /// The first test of `read`: the mark opens with `P`.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "P")
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        // The gate: the clause opens with `P. ` or `Pp. ` and a digit.
        guard body.count >= 4, text.bytes[body.lowerBound] == UInt8(ascii: "P") else { return nil }
        let mark = text.has("P. ", at: body.lowerBound, end: body.upperBound) ? 3 : text.has("Pp. ", at: body.lowerBound, end: body.upperBound) ? 4 : 0
        let start = body.lowerBound + mark
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard mark > 0, start < citation.upperBound, Bytes.isDigit(text.bytes[start]),
              let parsed = PinpointParser.parse(text, at: start, end: citation.upperBound, allowRoman: false),
              parsed.pinpoint.kind == .page || parsed.pinpoint.kind == .pages else { return nil }
        // Nothing after the pages but the sentence's period (and a parenthetical quoting them).
        let rest = text.trimmed(parsed.end..<citation.upperBound)
        guard rest.isEmpty || text.bytes[rest.lowerBound] == UInt8(ascii: "(") else { return nil }
        return ClauseReading(form: .reviewedPages, pinpoint: parsed.pinpoint, citation: body.lowerBound..<parsed.end,
                             trailing: rest.isEmpty ? nil : rest)
    }
}
