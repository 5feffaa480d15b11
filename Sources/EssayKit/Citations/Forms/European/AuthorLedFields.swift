/// The comma-separated fields of a citation that opens with its authors, as continental writing
/// cites treatises and articles (`MARLY, Title, 5th ed., 2009, ref. 925`).
enum AuthorLedFields {
    /// The non-empty fields of `citation`, at most `limit` of them; nil when the first names no
    /// authors, which is asked before any further field is read (most clauses' first is not).
    ///
    /// Read once for a citation: `TreatiseShortForm`, `TreatiseForm` and `EuropeanArticleForm` ask
    /// in turn about the same one, and the answer is kept on the text (`lastAuthorLedFields`).
    static func read(_ text: CitationText, _ citation: Range<Int>, limit: Int = .max) -> [Range<Int>]? {
        let fields: [Range<Int>]?
        if let last = text.lastAuthorLedFields, last.citation == citation {
            fields = last.fields
        } else {
            fields = readAll(text, citation)
            text.lastAuthorLedFields = (citation, fields)
        }
        guard let fields, fields.count > limit else { return fields }
        return Array(fields.prefix(limit))
    }

    private static func readAll(_ text: CitationText, _ citation: Range<Int>) -> [Range<Int>]? {
        // The list is made once the first field names authors: most clauses' first does not.
        var fields: [Range<Int>]?
        var start = citation.lowerBound
        for comma in text.pieceEnds(separatedBy: UInt8(ascii: ","), in: citation) {
            let piece = text.trimmed(start..<comma)
            start = comma + 1
            guard !piece.isEmpty else { continue }
            if fields == nil {
                guard TreatiseShortForm.isAuthors(text, piece) else { return nil }
                fields = []
            }
            fields?.append(piece)
        }
        return fields ?? []
    }
}
