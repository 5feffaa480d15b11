import LowLevel

/// A citation whose place in the work is written first, in words: `paragraphs 15-16 of the
/// dissenting opinion of Justice Roe in IE 123/99 Alder v. Birch`, `page 4 of the judgment in
/// ...`. The citation after `in` is read by the table; the pages or paragraphs are its pinpoint.
enum PinpointLedForm: CitationForm {
    /// The words that may open such a citation, each followed by a space and a number.
    private static let leads: [StaticString] = ["paragraphs ", "paragraph ", "paras. ", "para. ", "pages ", "page ", "pp. ", "p. "]
    /// The most bytes between the number and the `in` before the citation (`of the dissenting opinion of Justice Roe`).
    private static let reach = 80

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        // The gate: a lower-case `p` opens the clause.
        guard body.count > 12, text.bytes[body.lowerBound] == UInt8(ascii: "p"),
              let lead = leads.first(where: { text.has($0, at: body.lowerBound, end: body.upperBound) }) else { return nil }
        let numberStart = body.lowerBound + lead.utf8CodeUnitCount
        guard numberStart < body.upperBound, Bytes.isDigit(text.bytes[numberStart]),
              let pages = PinpointParser.parse(text, at: numberStart, end: body.upperBound, allowRoman: false),
              text.has(" of ", at: pages.end, end: body.upperBound) else { return nil }
        // `of the ... opinion of Justice Roe in `: the citation opens after the first ` in `.
        var index = pages.end + 4
        let limit = min(body.upperBound - 4, pages.end + reach)
        while index < limit, !text.has(" in ", at: index, end: body.upperBound) { index += 1 }
        guard index < limit else { return nil }
        let start = index + 4
        guard var reading = CitationForms.read(text, start..<body.upperBound), case .full = reading.form, reading.pinpoint == nil else { return nil }
        reading.pinpoint = Pinpoint(kind: .paragraph, text: text.string(numberStart..<pages.end))
        reading.citation = body.lowerBound..<reading.citation.upperBound
        return reading
    }
}
