import LowLevel

/// A section named by the word `Section` opening the author's sentence, as an opinion names again a
/// section of a code it cited in full: `Section 2261(b) bars such claims.` after `28 U. S. C. §2261`.
///
/// The reading is a bare section that only a section cited before may be (`BareSection.onlyCited`):
/// the run finds the one titled code's section of that number cited in the notes or the running
/// text before, its subdivision the pinpoint; with none, the clause is the author's words. A number
/// of three digits or more only: `Section 5 of the Act` names a section of a law the words name.
enum SectionWordForm: CitationForm {
    static func mayOpen(with byte: UInt8) -> Bool { byte == UInt8(ascii: "S") }

    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The fewest digits of a section's number read so.
    private static let shortestNumber = 3

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard citation.count > 11, text.has("Section ", at: citation.lowerBound, end: citation.upperBound) else { return nil }
        let start = citation.lowerBound + 8
        var digits = start
        while digits < citation.upperBound, Bytes.isDigit(text.bytes[digits]) { digits += 1 }
        guard digits - start >= shortestNumber, let parsed = PinpointParser.bareSection(text, at: start, end: citation.upperBound) else { return nil }
        // A section of a named law (`Section 2261 of the Harbour Act`) is that law's, not a code's.
        if text.has(" of ", at: parsed.end, end: citation.upperBound) { return nil }
        var bare = ClauseReading.BareSection(section: parsed.pinpoint, inTheAuthorsWords: true)
        bare.onlyCited = true
        let rest = text.trimmed(parsed.end..<citation.upperBound)
        return ClauseReading(form: .bareSection(bare), pinpoint: parsed.pinpoint, citation: citation.lowerBound..<parsed.end,
                             trailing: rest.isEmpty ? nil : rest)
    }
}
