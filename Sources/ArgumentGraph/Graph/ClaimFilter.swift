/// Which claims a query wants: by factor, stance, subject, kind and section; nil means any.
public struct ClaimFilter: Hashable, Sendable {
    /// A factor id; with `stance`, the same assessment must carry both.
    public var factor: String?
    public var stance: Stance?
    public var subject: String?
    public var kind: ClaimKind?
    /// A section index (0 is the introduction).
    public var section: Int?
    /// Whether suggested claims are listed too, and suggested factors and stances satisfy
    /// `factor` and `stance`.
    public var includeSuggested: Bool

    public init(factor: String? = nil, stance: Stance? = nil, subject: String? = nil, kind: ClaimKind? = nil, section: Int? = nil,
                includeSuggested: Bool = false) {
        self.factor = factor
        self.stance = stance
        self.subject = subject
        self.kind = kind
        self.section = section
        self.includeSuggested = includeSuggested
    }

    /// Whether `claim` passes.
    public func matches(_ claim: Claim) -> Bool {
        if let subject, claim.subject != subject { return false }
        if let kind, claim.kind != kind { return false }
        if let section, claim.section != section { return false }
        if let stance {
            // With a factor, the same assessment carries both; a suggested stance counts only with suggestions.
            return claim.factors.contains { assessment in
                (factor == nil || assessment.factor == factor) && (assessment.source == .annotated || includeSuggested)
                    && assessment.stance == stance
            }
        }
        if let factor { return claim.speaks(to: factor, includingSuggested: includeSuggested) }
        return true
    }
}
