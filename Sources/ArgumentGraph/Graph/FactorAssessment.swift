/// A factor attached to a claim or a statement: annotated (with a stance) or suggested by cue terms.
public struct FactorAssessment: Hashable, Sendable {
    /// Where a factor comes from; the two are never mixed on one claim.
    public enum Source: String, Hashable, Sendable, Codable {
        /// An annotator read the factor in the claim, with a stance.
        case annotated
        /// The framework's cue terms occur in the text; there is no stance.
        case suggested
    }

    /// The factor's id in the framework.
    public var factor: String
    /// The claim's stance on the factor; for a suggested factor, the stance its words suggest, if any.
    public var stance: Stance?
    public var source: Source
    /// The cue terms that suggested the factor, as the framework writes them.
    public var cues: [String]
    /// The words that suggested the stance (`cannot be said to be`, `limited form of`).
    public var stanceCues: [String]

    public init(factor: String, stance: Stance?, source: Source, cues: [String] = [], stanceCues: [String] = []) {
        self.factor = factor
        self.stance = stance
        self.source = source
        self.cues = cues
        self.stanceCues = stanceCues
    }
}
