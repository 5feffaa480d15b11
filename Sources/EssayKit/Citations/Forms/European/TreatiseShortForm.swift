import LowLevel

/// A treatise cited again by its authors and short title, then a margin number or section, as
/// continental footnotes do: `JAEGER/METZGER, OSS, ref. 138`, `JAEGER/METZGER, ref. 139`,
/// `MARLY, Praxishandbuch Softwarerecht, ref. 926`. The short title (or, without one, the authors)
/// names the work, as `Name, at 2` does.
enum TreatiseShortForm: CitationForm {
    /// The most words a short title takes.
    private static let shortTitleWordLimit = 3

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard var fields = AuthorLedFields.read(text, citation) else { return nil }
        // `ref. 180, 182`: further numbers after the pinpoint's field belong to it.
        while fields.count > 2, let last = fields.last, Bytes.isDigit(text.bytes[last.lowerBound]) {
            fields[fields.count - 2] = fields[fields.count - 2].lowerBound..<last.upperBound
            fields.removeLast()
        }
        guard (2...3).contains(fields.count), let authors = fields.first, let last = fields.last,
              isAuthors(text, authors),
              let parsed = PinpointParser.parse(text, at: last.lowerBound, end: last.upperBound, allowRoman: false),
              parsed.pinpoint.kind == .paragraph || parsed.pinpoint.kind == .section else { return nil }
        var name = text.string(authors)
        if fields.count == 3 {
            let title = fields[1]
            let words = text.words(in: title)
            guard words.count <= shortTitleWordLimit, !text.bytes[title].contains(where: Bytes.isDigit),
                  let lead = title.first, Bytes.isUpper(text.bytes[lead]) || text.bytes[lead] >= 0xC0 else { return nil }
            name = text.string(title)
        }
        // The whole field is the pinpoint: `ref. 180, 182`, `§ 69a ref. 32`.
        return ClauseReading(form: .short(name: name), pinpoint: Pinpoint(kind: parsed.pinpoint.kind, text: text.string(last)),
                             citation: citation.lowerBound..<last.upperBound, trailing: nil)
    }

    /// `JAEGER/METZGER`, `MARLY`: surnames in capitals, joined by slashes.
    static func isAuthors(_ text: CitationText, _ range: Range<Int>) -> Bool {
        let bytes = text.bytes[range]
        guard !bytes.contains(UInt8(ascii: " ")) else { return false }
        var capitals = 0
        for byte in bytes {
            if Bytes.isLower(byte) { return false }
            if Bytes.isUpper(byte) { capitals += 1 }
        }
        return capitals >= 3
    }
}
