/// What the scan of the whole file learnt that the inline text of one block or note needs.
///
/// The inline parser sees one block at a time, on any core; these answers need the whole file, so
/// the scan finds them first and every chunk reads them.
struct InlineContext: Sendable {
    /// Markdown note labels as a reader sees them numbered (`[^name]` → `3`), when the essay's
    /// labels are not all numbers; empty otherwise.
    var renamedLabels: [String: String] = [:]
    /// What settles a word hyphenated at a line's or a page's end, when the essay has one.
    var hyphens: HyphenEvidence?
}

/// A Pandoc inline note, `^[text]`: where it is in the file and the label it was given.
struct InlineNote: Sendable {
    /// From the `^` to the closing `]`.
    var range: Range<Int>
    /// Its number in reading order, among all the essay's notes.
    var label: String
}
