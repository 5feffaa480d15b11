import LowLevel

/// A part of a document on the web named before the document: `Clause 4 of http://...`,
/// `Section 9 of The Example Agreement, at https://...`, as licences and policies are cited. The
/// page after `of` is read by the table; the part is its pinpoint.
enum PartOfAddressForm: CitationForm {
    /// The words naming a part, each followed by a space and its number.
    private static let parts: [StaticString] = ["Section ", "Clause ", "Article ", "Paragraph ", "Part ",
                                               "section ", "clause ", "article ", "paragraph ", "part "]

    static func mayOpen(with byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "s"), UInt8(ascii: "c"), UInt8(ascii: "a"), UInt8(ascii: "p"): true
        default: false
        }
    }

    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard citation.count > 16, let part = parts.first(where: { text.has($0, at: citation.lowerBound, end: citation.upperBound) }) else { return nil }
        let numberStart = citation.lowerBound + part.utf8CodeUnitCount
        guard numberStart < citation.upperBound, Bytes.isDigit(text.bytes[numberStart]) else { return nil }
        // `4`, `9(3)`, `2.1`: the part's number runs to the next space.
        var numberEnd = numberStart
        while numberEnd < citation.upperBound, !Bytes.isSpace(text.bytes[numberEnd]) { numberEnd += 1 }
        // The document has an address written out: a part of a law or a book is another form's.
        guard text.has(" of ", at: numberEnd, end: citation.upperBound), text.contains("://", in: numberEnd..<citation.upperBound) else { return nil }
        guard var reading = CitationForms.read(text, numberEnd + 4..<body.upperBound), case .full(let page) = reading.form,
              page.work.url != nil, reading.pinpoint == nil else { return nil }
        reading.pinpoint = Pinpoint(kind: .other, text: text.string(citation.lowerBound..<numberEnd))
        reading.citation = citation.lowerBound..<reading.citation.upperBound
        return reading
    }
}
