import LowLevel

/// A short form by name: `*Legitimacy* at 560`, `Caron, at 561`: a name, then `at` and a pinpoint,
/// and nothing else.
enum NamedShortForm: CitationForm {
    /// Longer names than this before `at` read as prose, not a short form.
    private static let shortNameWordLimit = 8

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let body = ClauseEnds.withoutClosingPeriod(text, body)
        let base = text.baseLevel(of: body)
        var atOffset: Int?
        for offset in body where text.bytes[offset] == UInt8(ascii: " ") && text.isTopLevel(offset, base: base)
            && text.has(" at ", at: offset, end: body.upperBound) {
            atOffset = offset
            break
        }
        guard let atOffset, atOffset > body.lowerBound else { return nil }
        let nameRange = text.trimmingTrailing(body.lowerBound..<atOffset, [UInt8(ascii: ",")])
        let name = text.string(nameRange)
        let lead = text.bytes[nameRange.lowerBound]
        guard !nameRange.isEmpty, Bytes.isUpper(lead) || text.isEmphasized(nameRange.lowerBound),
              name.split(separator: " ").count <= shortNameWordLimit else { return nil }
        let tail = ClauseEnds.shortFormTail(text, from: atOffset, end: body.upperBound)
        guard tail.pinpoint != nil, tail.trailing == nil else { return nil }
        return ClauseReading(form: .short(name: name), pinpoint: tail.pinpoint, citation: body.lowerBound..<tail.citationEnd, trailing: nil)
    }
}
