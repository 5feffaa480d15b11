/// What the annotations leave open: unsupported claims, unanswered counterclaims, idle authorities,
/// unused factors and circular support.
public struct AuditReport: Hashable, Sendable, Codable {
    /// Claims (questions aside) with no footnote marked in their span.
    public var uncitedClaims: [String]
    /// Counterclaims no claim rebuts or attacks.
    public var unansweredCounterclaims: [String]
    /// Authorities the essay cites that no claim's footnotes lead to.
    public var uncitedAuthorities: [String]
    /// Factors no claim states or assesses.
    public var unassessedFactors: [String]
    /// Each cycle of `supports` relations, as the claim ids along it (first not repeated at the end).
    public var supportCycles: [[String]]

    public init(uncitedClaims: [String], unansweredCounterclaims: [String], uncitedAuthorities: [String],
                unassessedFactors: [String], supportCycles: [[String]]) {
        self.uncitedClaims = uncitedClaims
        self.unansweredCounterclaims = unansweredCounterclaims
        self.uncitedAuthorities = uncitedAuthorities
        self.unassessedFactors = unassessedFactors
        self.supportCycles = supportCycles
    }

    /// Audits `map`.
    public init(map: ArgumentMap) {
        uncitedClaims = map.claims.filter { $0.kind != .question && $0.footnotes.isEmpty }.map(\.id)
        var answered: Set<String> = []
        for claim in map.claims {
            for relation in claim.relations where relation.type.isConflict { answered.insert(relation.target) }
        }
        unansweredCounterclaims = map.claims.filter { $0.kind == .counterclaim && !answered.contains($0.id) }.map(\.id)
        var reached: Set<String> = []
        for claim in map.claims { reached.formUnion(map.authorities(of: claim.id)) }
        uncitedAuthorities = map.essay.authorities.map(\.id).filter { !reached.contains($0) }
        var assessed: Set<String> = []
        for claim in map.claims { assessed.formUnion(claim.annotatedFactors.map(\.factor)) }
        unassessedFactors = (map.framework?.factors ?? []).map(\.id).filter { !assessed.contains($0) }
        supportCycles = SupportCycles.find(in: map.claims)
    }

    /// Whether nothing is open.
    public var isClean: Bool {
        uncitedClaims.isEmpty && unansweredCounterclaims.isEmpty && uncitedAuthorities.isEmpty && unassessedFactors.isEmpty
            && supportCycles.isEmpty
    }
}
