import LowLevel

/// A case cited again by its name alone, in italics and with no pinpoint, as the McGill Guide's
/// notes do (`*Hill*`, `*Bird-SCC*`): the one case cited before whose name holds the words
/// (`ClauseReading.Form.caseName`). Any other words, or a name that fits no case or several, are
/// the author's, as before: no citation and no warning.
///
/// Last in the table: only a clause no other form reads is looked at.
enum CaseNameAloneForm: CitationForm {
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0
    }

    /// The most words of such a name.
    private static let longestName = 5

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = citation.first, let last = citation.last, text.isEmphasized(first), text.isEmphasized(last),
              Bytes.isUpper(text.bytes[first]) || text.bytes[first] >= 0xC0, citation.count <= 64,
              citation.allSatisfy({ text.isEmphasized($0) || Bytes.isSpace(text.bytes[$0]) }),
              !text.bytes[citation].contains(where: Bytes.isDigit),
              text.wordCount(in: citation, limit: longestName + 1) <= longestName else { return nil }
        return ClauseReading(form: .caseName(text.string(citation)), pinpoint: nil, citation: citation, trailing: nil)
    }
}
