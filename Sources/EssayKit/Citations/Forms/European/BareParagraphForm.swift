import LowLevel

/// Paragraphs cited alone, as an essay on one judgment cites it again: `Para 212`, `para 30 ff`,
/// `Para 88 f, 94`, `paras 100-102`, `mn 5`, or a judge's separate opinion at a paragraph,
/// `Judge Marlow, para 12`, `Dissenting opinion of Judge Marlow, para 12` (the judgment's work).
///
/// The work is found at resolution (`ResolutionRun`): the one an earlier note declared bare
/// paragraph numbers to mean (`DefaultWorkDeclaration`), else the work an *Id.* would mean.
enum BareParagraphForm: CitationForm {
    static func mayOpen(with byte: UInt8) -> Bool {
        ContinentalPlace.mayOpen(with: byte) || byte == UInt8(ascii: "J") || byte == UInt8(ascii: "D") || byte == UInt8(ascii: "S")
            || byte == UInt8(ascii: "C") || byte == UInt8(ascii: "P")
    }

    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The words that open a separate opinion's name before the judge's (`Dissenting opinion of Judge`).
    private static let opinionWords: [StaticString] = [
        "Judges ", "Judge ", "Dissenting opinion of ", "Separate opinion of ", "Concurring opinion of ", "Joint dissenting opinion of ",
        "Partly dissenting opinion of ", "Joint separate opinion of ", "Joint concurring opinion of ",
    ]
    /// The longest judge's name read before the paragraph.
    private static let longestJudge = 80

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let lead = citation.first else { return nil }
        // A bare `§ 12` is a code's section (`BareSectionForm`); after a judge's name, a paragraph.
        var found = ContinentalPlace.parse(text, at: lead, end: citation.upperBound, sectionSign: false)
        let judge = found == nil
        if judge, opinionWords.contains(where: { text.has($0, at: lead, end: citation.upperBound) }) {
            // `Judge Marlow, para 12`: the judge's name, to a comma before the paragraph.
            let limit = min(citation.upperBound, lead + longestJudge)
            let comma = text.firstOffset(of: UInt8(ascii: ","), from: lead, end: limit)
            if comma < limit { found = ContinentalPlace.parse(text, at: text.skipSpaces(from: comma + 1, end: citation.upperBound), end: citation.upperBound) }
        }
        guard let place = found else { return nil }
        // Nothing after the paragraphs, or the author's words after a comma, dash or bracket; a colon
        // or an address after them makes them the place of what follows (`para 8: [File.pdf](...)`).
        let rest = text.trimmed(place.end..<citation.upperBound)
        if let next = rest.first {
            let byte = text.bytes[next]
            guard byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "-")
                || text.has("–", at: next, end: citation.upperBound) || text.has("—", at: next, end: citation.upperBound),
                !rest.contains(where: text.isLinked), !text.contains("http", in: rest) else { return nil }
        }
        var trailing = rest
        while let first = trailing.first, text.bytes[first] == UInt8(ascii: ",") {
            trailing = text.trimmed(first + 1..<trailing.upperBound)
        }
        return ClauseReading(form: .bareParagraph(judge: judge), pinpoint: place.pinpoint, citation: lead..<place.end,
                             trailing: trailing.isEmpty ? nil : trailing)
    }
}
