/// Everything about one footnote's citations that needs no other footnote: its segments, its
/// clauses with their text and file ranges, and the catalog keys of the works it cites in full.
///
/// Readings are made for all footnotes at once, on every core; the resolution run then walks them
/// in order, doing only what depends on the notes before.
struct FootnoteReading: Sendable {
    /// One citation clause, ready for the run.
    struct Clause: Sendable {
        var clause: FootnoteSegmenter.Clause
        /// The citation's text, without signal or closing period.
        var citationText: Substring
        /// Where the clause is in the file.
        var range: SourceRange
        /// A full citation's catalog keys, when its work does not borrow an author from the notes before.
        var keys: AuthorityCatalog.WorkKeys?
        /// A *supra* or short form's name, cut into the parts the catalog matches.
        var nameParts: [String] = []
    }

    var segments: [FootnoteSegment] = []
    var clauses: [Clause] = []
    /// Where the note declares that bare paragraph numbers mean one work (`DefaultWorkDeclaration`), if it does.
    var declaration: Int?

    /// A reading of nothing, which holds nothing.
    init() {}

    init(_ content: borrowing RichText, range: SourceRange, file: borrowing SourceFile) {
        let text = CitationText(content)
        var layout = FootnoteSegmenter.layout(text)
        segments = layout.segments
        declaration = DefaultWorkDeclaration.offset(in: text)
        clauses.reserveCapacity(layout.clauses.count)
        // Taken from the back, which moves each clause rather than copying it; put in order after.
        while let clause = layout.clauses.popLast() {
            var keys: AuthorityCatalog.WorkKeys?
            var nameParts: [String] = []
            switch clause.reading.form {
            case .full(let shared) where !shared.work.authorImplied:
                keys = AuthorityCatalog.WorkKeys(shared.work)
            case .supra(let name, _), .infra(let name, _), .short(let name), .caseShort(let name?, _), .journalShort(let name?, _, _),
                 .caseName(let name):
                nameParts = AuthorityCatalog.nameParts(name)
            default:
                break
            }
            let citationText = text.substring(clause.reading.citation)
            let clauseRange = content.sourceRange(of: clause.range, in: file) ?? range
            // The clause is last used here, so it moves into the reading.
            clauses.append(Clause(clause: clause, citationText: citationText, range: clauseRange, keys: keys, nameParts: nameParts))
        }
        clauses.reverse()
    }
}
