import EssayKit

/// A typed edge of the argument graph.
public struct Edge: Hashable, Sendable {
    public var from: NodeID
    public var to: NodeID
    public var type: EdgeType
    /// For `assesses`: the claim's stance on the factor.
    public var stance: Stance?
    /// For `assesses`: the subject assessed.
    public var subject: String?
    /// For `cites` from a footnote to an authority: where in the work.
    public var pinpoint: Pinpoint?

    public init(from: NodeID, to: NodeID, type: EdgeType, stance: Stance? = nil, subject: String? = nil, pinpoint: Pinpoint? = nil) {
        self.from = from
        self.to = to
        self.type = type
        self.stance = stance
        self.subject = subject
        self.pinpoint = pinpoint
    }
}
