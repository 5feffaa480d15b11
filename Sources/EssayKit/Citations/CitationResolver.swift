/// Finds the citations in every footnote, parses them and resolves short forms to authorities.
public struct CitationResolver: Sendable {
    public init() {}

    /// Fills each footnote's `segments` and `citations`, and returns the deduplicated authorities
    /// (each with the labels of the footnotes citing it) and what could not be resolved.
    public func resolve(footnotes: inout [Footnote], file: SourceFile) -> (authorities: [Authority], diagnostics: [Diagnostic]) {
        ([], [])
    }
}
