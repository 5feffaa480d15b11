/// The kinds of edge in the argument graph.
public enum EdgeType: String, Hashable, Sendable, Codable, CaseIterable {
    /// Essay to section, section to paragraph, paragraph to claim or sentence.
    case contains
    /// Claim or sentence to footnote; footnote to authority (with the pinpoint).
    case cites
    /// A footnote's *Id.* or *supra* to the footnote it leans on.
    case refersTo = "refers-to"
    case supports, attacks, rebuts, qualifies
    /// Claim to factor, with the stance and the subject assessed.
    case assesses
    /// Claim to the subject (institution) it is about.
    case about

    /// The edge type of a claim relation.
    public init(_ relation: RelationType) {
        switch relation {
        case .supports: self = .supports
        case .attacks: self = .attacks
        case .rebuts: self = .rebuts
        case .qualifies: self = .qualifies
        }
    }

    /// The claim relation an edge type stands for, if any.
    public var relation: RelationType? {
        switch self {
        case .supports: .supports
        case .attacks: .attacks
        case .rebuts: .rebuts
        case .qualifies: .qualifies
        default: nil
        }
    }
}
