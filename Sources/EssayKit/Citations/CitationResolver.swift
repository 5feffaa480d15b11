/// Finds the citations in every footnote, parses them and resolves short forms to authorities.
///
/// *Id.* refers to the citation clause just before it. When that clause is a string of several
/// authorities (`A; B; and C`), *Id.* refers to all of them and yields one citation each. A work
/// introduced by `citing` or `quoting` is a clause of its own, so after
/// `Id. at 556, citing Franck, ...` the next *Id.* refers to Franck. A bare *Id.* keeps the
/// pinpoint of the citation it refers to. Whatever cannot be resolved is reported, never guessed.
public struct CitationResolver: Sendable {
    public init() {}

    /// Fills each footnote's `segments` and `citations`, and returns the deduplicated authorities
    /// (each with the labels of the footnotes citing it) and what could not be resolved.
    public func resolve(footnotes: inout [Footnote], file: SourceFile) -> (authorities: [Authority], diagnostics: [Diagnostic]) {
        resolve(footnotes: &footnotes, readings: Self.readings(of: footnotes, file: file), file: file)
    }

    /// `resolve(footnotes:file:)` with each footnote's reading already made, in the same order.
    func resolve(footnotes: inout [Footnote], readings: [FootnoteReading], file: SourceFile) -> (authorities: [Authority], diagnostics: [Diagnostic]) {
        let resolution = Self.resolve(labels: footnotes.map(\.label), file: file) { readings[$0] }
        for position in footnotes.indices {
            footnotes[position].citations = resolution.citations[position]
            footnotes[position].segments = readings[position].segments
        }
        return (resolution.authorities, resolution.diagnostics)
    }

    /// What resolving an essay's footnotes gives: each footnote's citations, in footnote order,
    /// the deduplicated authorities and what could not be resolved.
    struct Resolution {
        var citations: [[Citation]] = []
        var authorities: [Authority] = []
        var diagnostics: [Diagnostic] = []
    }

    /// Resolves, in order, the footnotes labelled `labels`, the one at `position` read as
    /// `reading(position)`.
    static func resolve(labels: [String], file: SourceFile, reading: (Int) -> FootnoteReading) -> Resolution {
        var run = ResolutionRun(file: file, labels: labels)
        var resolution = Resolution()
        resolution.citations.reserveCapacity(labels.count)
        for (position, label) in labels.enumerated() {
            resolution.citations.append(run.resolve(label, at: position, reading: reading(position)))
        }
        // The catalog made room for a work a footnote; the essay keeps only as many as were cited.
        resolution.authorities = run.catalog.authorities.withUnsafeBufferPointer { Array($0) }
        resolution.diagnostics = run.diagnostics
        return resolution
    }

    /// Each footnote's reading, which needs no other footnote, made on every core.
    private static func readings(of footnotes: [Footnote], file: SourceFile) -> [FootnoteReading] {
        ParallelWork.map(footnotes.count, state: {}) { _, index in
            FootnoteReading(footnotes[index].content, range: footnotes[index].range, file: file)
        }.results
    }
}
