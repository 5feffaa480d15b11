/// A legitimacy framework read from a YAML file: its factors, stances and cue terms.
///
/// Nothing about any particular framework is built into legit; Caron's four factors and Franck's
/// four indicators load the same way.
public struct Framework: Hashable, Sendable {
    /// The framework's id (`caron-1993`).
    public var id: String
    public var name: String
    /// The work the framework comes from.
    public var source: String?
    /// The stances the framework names, in the order it lists them.
    public var stances: [StanceDefinition]
    /// The factors, in the order the file lists them.
    public var factors: [Factor]
    /// Words that show a passage speaks of what the framework assesses (for Caron, institutions and
    /// their decisions): a factor's cue is suggested only where they stand near it. Empty: anywhere.
    public var context: [String]
    /// The path the framework was read from.
    public var path: String

    public init(id: String, name: String, source: String?, stances: [StanceDefinition], factors: [Factor], context: [String] = [], path: String) {
        self.id = id
        self.name = name
        self.source = source
        self.stances = stances
        self.factors = factors
        self.context = context
        self.path = path
    }

    /// The factor with id `id`.
    public func factor(_ id: String) -> Factor? {
        factors.first { $0.id == id }
    }

    /// The position of the factor with id `id` in the framework's order.
    public func index(ofFactor id: String) -> Int? {
        factors.firstIndex { $0.id == id }
    }

    /// The framework's name for `stance`, or its default name.
    public func name(of stance: Stance) -> String {
        stances.first { $0.stance == stance }?.name ?? stance.defaultName
    }

    /// Whether annotations may use `stance`: every stance when the file lists none.
    public func allows(_ stance: Stance) -> Bool {
        stances.isEmpty || stances.contains { $0.stance == stance }
    }
}
