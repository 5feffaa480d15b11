/// How a claim relates to a factor: it states (defines) the factor, or judges whether a subject meets it.
public enum Stance: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case states, met, partial, unmet

    /// How strongly the stance affirms the factor: `unmet` < `partial` < `met`; `states` judges nothing.
    public var strength: Int {
        switch self {
        case .states: 0
        case .unmet: 1
        case .partial: 2
        case .met: 3
        }
    }

    /// Whether the stance judges a subject (met, partial, unmet) rather than defining the factor.
    public var isAssessment: Bool { self != .states }

    /// The stance's name when a framework gives none.
    public var defaultName: String {
        switch self {
        case .states: "states the factor"
        case .met: "met"
        case .partial: "partly met"
        case .unmet: "not met"
        }
    }

    public static func < (lhs: Stance, rhs: Stance) -> Bool { lhs.strength < rhs.strength }
}
