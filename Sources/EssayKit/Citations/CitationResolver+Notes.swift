extension CitationResolver {
    /// Reads footnotes given as text, with no essay around them, and resolves their citations.
    ///
    /// Each element is one note's Markdown as it stands after its number in a footnote block
    /// (emphasis, links, escapes); the notes are numbered from 1 in order, and *Id.* and *supra*
    /// resolve across them as across an essay's notes. Ranges point into `path`, a file holding
    /// the notes one per line. This is the citation reader on its own, for tools and fuzzing.
    public func resolve(notes: [String], path: String = "notes")
        -> (footnotes: [Footnote], authorities: [Authority], diagnostics: [Diagnostic]) {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for note in notes {
            let start = bytes.count
            bytes.append(contentsOf: note.utf8)
            ranges.append(start..<bytes.count)
            bytes.append(UInt8(ascii: "\n"))
        }
        let file = SourceFile(path: path, bytes: bytes)
        var inline = InlineParser(file: file)
        var footnotes = ranges.enumerated().map { index, range in
            Footnote(label: String(index + 1), number: index + 1, content: inline.parse(pieces: [range]),
                     range: file.range(ofBytes: range))
        }
        let (authorities, diagnostics) = resolve(footnotes: &footnotes, file: file)
        return (footnotes, authorities, inline.takeDiagnostics() + diagnostics)
    }
}
