import LowLevel

/// A section of a dated Act named inside the author's words or an explanatory parenthetical: `the
/// court held that section 12(3) of the Example Act 2004 did not apply`, `(applying s 12(3) of the
/// Harbour Courts Act 1990)`, `under section 44 of the Example Act 2010 (Cth), the court ...`.
///
/// Each is read where its section word opens by the form that reads it opening a clause
/// (`JurisdictionActForm` with a jurisdiction, else `ActSectionForm`), so it is the same work, at
/// the same place (`s 12(3)`), as the section cited on its own; the Act's year is part of its name,
/// where a code's section read in prose (`CodeSectionMention`) would drop it.
enum ActSectionMentionForm: CitationForm {
    /// An Act's year after its name.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .actYear) }

    /// The words a section opens with in prose.
    private static let sectionWords: [StaticString] = ["section ", "sections ", "Section ", "Sections ", "s ", "s.", "ss ", "ss. "]

    /// The first section named in `body`, the words before it the author's, those after it trailing.
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        guard let (range, reading) = mentions(text, in: ClauseEnds.withoutClosingPeriod(text, body), first: true).first else { return nil }
        var found = reading
        let rest = text.trimmed(range.upperBound..<body.upperBound)
        found.trailing = rest.isEmpty ? nil : rest
        return found
    }

    /// Every section of a dated Act the words in `range` name, in order, each a citation.
    static func mentions(_ text: CitationText, in range: Range<Int>, first: Bool = false) -> [(Range<Int>, ClauseReading)] {
        guard text.contains("Act ", in: range) else { return [] }
        var found: [(Range<Int>, ClauseReading)] = []
        var offset = range.lowerBound
        while offset < range.upperBound {
            let lead = text.bytes[offset]
            guard lead == UInt8(ascii: "s") || lead == UInt8(ascii: "S"), text.isWordStart(offset, from: range.lowerBound),
                  sectionWords.contains(where: { text.has($0, at: offset, end: range.upperBound) }),
                  let reading = JurisdictionActForm.read(text, offset..<range.upperBound) ?? ActSectionForm.read(text, offset..<range.upperBound),
                  case .full = reading.form, reading.citation.lowerBound == offset else {
                offset += 1
                continue
            }
            var mention = reading
            mention.trailing = nil
            found.append((reading.citation, mention))
            if first { break }
            offset = reading.citation.upperBound
        }
        return found
    }
}
