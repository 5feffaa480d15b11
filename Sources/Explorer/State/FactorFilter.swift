import ArgumentGraph

/// The factor lens: which factors and which stance the reader is looking at, and whether the
/// outline hides the claims that speak to none of them.
public struct FactorFilter: Hashable, Sendable {
    /// The factors chosen, in the framework's order; a claim on any of them matches.
    public var factors: [String] = []
    /// The stance chosen; a claim matches only through an assessment with it.
    public var stance: Stance?
    /// Whether the outline lists only the claims that match.
    public var hidesOthers = false

    public init(factors: [String] = [], stance: Stance? = nil, hidesOthers: Bool = false) {
        self.factors = factors
        self.stance = stance
        self.hidesOthers = hidesOthers
    }

    /// Whether any factor or stance is chosen.
    public var isActive: Bool { !factors.isEmpty || stance != nil }

    /// Whether `claim` speaks to a chosen factor (any, when only a stance is chosen) with the chosen stance.
    public func matches(_ claim: ExplorerModel.Claim) -> Bool {
        guard isActive else { return true }
        return claim.factors.contains(where: matches)
    }

    /// Whether one assessment is of a chosen factor with the chosen stance.
    public func matches(_ assessment: FactorAssessment) -> Bool {
        (factors.isEmpty || factors.contains(assessment.factor)) && (stance == nil || assessment.stance == stance)
    }

    /// Chooses factor `id` if it is not chosen, else drops it; `order` keeps the framework's order.
    public mutating func toggle(_ id: String, order: [String]) {
        if factors.contains(id) {
            factors.removeAll { $0 == id }
        } else {
            factors = order.filter { factors.contains($0) || $0 == id }
        }
    }

    /// The next stance to filter by after `stance`: met, partly met, not met, then none.
    public static func nextStance(after stance: Stance?) -> Stance? {
        switch stance {
        case nil: .met
        case .met?: .partial
        case .partial?: .unmet
        case .unmet?, .states?: nil
        }
    }
}
