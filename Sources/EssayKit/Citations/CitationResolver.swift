import LowLevel

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
        var run = ResolutionRun(file: file, labels: footnotes.map(\.label))
        var readings = readings
        for position in footnotes.indices {
            footnotes[position].citations = run.resolve(footnotes[position].label, at: position, reading: &readings[position])
            footnotes[position].segments = readings[position].segments
        }
        for forward in run.resolveForwardReferences() {
            footnotes[forward.position].citations[forward.citation].authorityID = forward.authorityID
        }
        return run.outcome
    }

    /// Each footnote's reading, which needs no other footnote, made on every core.
    private static func readings(of footnotes: [Footnote], file: SourceFile) -> [FootnoteReading] {
        ParallelWork.map(footnotes.count, state: {}) { _, index in
            FootnoteReading(footnotes[index].content, range: footnotes[index].range, file: file)
        }.results
    }
}
