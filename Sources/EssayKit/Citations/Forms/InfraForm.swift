import LowLevel

/// *infra* by name: `Roe, infra note 40`, `Roe & Poe, infra note 12, at 7`. A forward reference to
/// a work a later note cites in full, which the run resolves once that note is read.
///
/// A bare `infra note 40` (or `infra notes 45–46`) names no work: a cross-reference to the
/// essay's notes, left to the author's words.
enum InfraForm: CitationForm {
    /// A name before `infra note` runs to this many words; more is the author's prose.
    private static let longestName = 6

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        // The gate: `infra`'s `f`, looked for a machine word at a time; most clauses hold none.
        var probe = body.lowerBound + 2
        var infra: Int?
        while probe < body.upperBound {
            probe = text.firstOffset(of: UInt8(ascii: "f"), from: probe, end: body.upperBound)
            guard probe < body.upperBound else { break }
            let offset = probe - 2
            probe += 1
            if text.has("infra", at: offset, end: body.upperBound), text.isWordStart(offset, from: body.lowerBound),
               text.isWordEnd(offset + 5, end: body.upperBound), text.isAtLevel(offset, base: text.baseLevel(of: body)) {
                infra = offset
                break
            }
        }
        guard let infra else { return nil }
        var index = text.skipSpaces(from: infra + 5, end: body.upperBound)
        guard text.has("note ", at: index, end: body.upperBound) else { return nil }
        index += 5
        let labelStart = index
        while index < body.upperBound, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > labelStart else { return nil }
        // `infra notes 45-46`, `infra note 45 and accompanying text`: cross-references, no work.
        let note = text.string(labelStart..<index)
        let nameRange = text.trimmingTrailing(body.lowerBound..<infra, [UInt8(ascii: ",")])
        let words = text.words(in: nameRange)
        guard !words.isEmpty, words.count <= longestName, let opening = words.first, Bytes.isUpper(text.bytes[opening.lowerBound]),
              words.allSatisfy({ Bytes.isUpper(text.bytes[$0.lowerBound]) || text.equals($0, "&") || text.equals($0, "and")
                  || text.equals($0, "et") || text.equals($0, "al.") || SurnameParticle.isParticle(text, $0) }) else { return nil }
        let tail = ClauseEnds.shortFormTail(text, from: index, end: body.upperBound)
        return ClauseReading(form: .infra(name: text.string(nameRange), note: note), pinpoint: tail.pinpoint,
                             citation: nameRange.lowerBound..<tail.citationEnd, trailing: tail.trailing)
    }
}
