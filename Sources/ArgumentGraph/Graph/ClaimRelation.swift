/// A relation from one claim to another, as annotated.
public struct ClaimRelation: Hashable, Sendable {
    public var type: RelationType
    /// The id of the claim the relation points at.
    public var target: String

    public init(type: RelationType, target: String) {
        self.type = type
        self.target = target
    }
}
