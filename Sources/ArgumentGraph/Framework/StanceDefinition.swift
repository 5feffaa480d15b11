/// A stance as a framework file names it.
public struct StanceDefinition: Hashable, Sendable {
    public var stance: Stance
    /// The name to show (`partly met`).
    public var name: String

    public init(stance: Stance, name: String) {
        self.stance = stance
        self.name = name
    }
}
