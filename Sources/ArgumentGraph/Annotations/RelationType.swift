/// How one claim bears on another.
public enum RelationType: String, Hashable, Sendable, Codable, CaseIterable {
    /// The claim gives a reason to accept the other.
    case supports
    /// The claim argues against the other.
    case attacks
    /// The claim answers the other, a counterclaim.
    case rebuts
    /// The claim limits or conditions the other.
    case qualifies

    /// Whether the relation sets the claims against each other.
    public var isConflict: Bool { self == .attacks || self == .rebuts }

    /// The relation read from its target's side (`supported by`).
    public var passive: String {
        switch self {
        case .supports: "supported by"
        case .attacks: "attacked by"
        case .rebuts: "rebutted by"
        case .qualifies: "qualified by"
        }
    }
}
