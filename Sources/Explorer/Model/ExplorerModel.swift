import EssayKit

/// Everything the explorer shows, prepared once when an essay is opened: the essay, its claims
/// with their factors, the framework's factors and the subjects the claims assess.
public struct ExplorerModel: Sendable {
    /// A claim (or a suggested-factor statement) as the explorer shows it.
    public struct Claim: Hashable, Sendable {
        public var id: String
        /// `thesis`, `claim`, `counterclaim` ...; `statement` for an unannotated sentence.
        public var kind: String
        public var text: String
        public var subject: String?
        public var factors: [FactorStance]
        /// Where the claim's text is: the reading block and the UTF-8 range in its text.
        public var block: ReadingBlockRef
        public var textRange: Range<Int>
        public var section: Int
        public var footnotes: [String]
        /// Outgoing relations: `supports`, `attacks`, `rebuts`, `qualifies` → claim ids.
        public var relations: [String: [String]]
        public var note: String?

        public init(id: String, kind: String, text: String, subject: String?, factors: [FactorStance], block: ReadingBlockRef,
                    textRange: Range<Int>, section: Int, footnotes: [String], relations: [String: [String]], note: String? = nil) {
            self.id = id
            self.kind = kind
            self.text = text
            self.subject = subject
            self.factors = factors
            self.block = block
            self.textRange = textRange
            self.section = section
            self.footnotes = footnotes
            self.relations = relations
            self.note = note
        }

        /// Whether this is an annotated claim rather than a plain statement.
        public var isAnnotated: Bool { kind != "statement" }
    }

    /// A claim's stance on one factor.
    public struct FactorStance: Hashable, Sendable {
        public var factor: String
        /// `states`, `met`, `partial`, `unmet`.
        public var stance: String
        public var suggested: Bool

        public init(factor: String, stance: String, suggested: Bool) {
            self.factor = factor
            self.stance = stance
            self.suggested = suggested
        }
    }

    /// A factor of the framework: id, name, one-letter badge.
    public struct Factor: Hashable, Sendable {
        public var id: String
        public var name: String
        public var badge: String

        public init(id: String, name: String, badge: String) {
            self.id = id
            self.name = name
            self.badge = badge
        }
    }

    /// A scorecard cell: the verdict and the claims behind it.
    public struct ScorecardCell: Hashable, Sendable {
        public var stance: String?
        public var claims: [String]

        public init(stance: String?, claims: [String]) {
            self.stance = stance
            self.claims = claims
        }
    }

    /// A search hit outside the essay's body text: a footnote or an authority.
    public struct SearchHit: Hashable, Sendable {
        public enum Target: Hashable, Sendable {
            case claim(String), footnote(String), authority(String), sentence(ReadingBlockRef, Range<Int>)
        }

        public var target: Target
        public var title: String

        public init(target: Target, title: String) {
            self.target = target
            self.title = title
        }
    }

    public var essay: Essay
    /// The path the essay was read from, for the status line and the saved reading position.
    public var path: String
    public var claims: [Claim]
    public var factors: [Factor]
    /// Subject ids and names, in the order the scorecard lists them.
    public var subjects: [(id: String, name: String)]
    /// The scorecard: subject id → factor id → cell.
    public var scorecard: [String: [String: ScorecardCell]]
    /// Claim ids by the ids of the authorities they rest on.
    public var claimsByAuthority: [String: [String]]
    /// Ranked search beyond the reading text (claims, footnotes, authorities), when a graph is present.
    public var rankedSearch: (@Sendable (String) -> [SearchHit])?
    /// Problems found while loading annotations, shown once in the status line.
    public var notices: [String]

    public init(essay: Essay, path: String, claims: [Claim] = [], factors: [Factor] = [], subjects: [(id: String, name: String)] = [],
                scorecard: [String: [String: ScorecardCell]] = [:], claimsByAuthority: [String: [String]] = [:],
                rankedSearch: (@Sendable (String) -> [SearchHit])? = nil, notices: [String] = []) {
        self.essay = essay
        self.path = path
        self.claims = claims
        self.factors = factors
        self.subjects = subjects
        self.scorecard = scorecard
        self.claimsByAuthority = claimsByAuthority
        self.rankedSearch = rankedSearch
        self.notices = notices
        self.claimIndex = Dictionary(claims.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    private let claimIndex: [String: Int]

    public func claim(_ id: String) -> Claim? {
        claimIndex[id].map { claims[$0] }
    }

    /// The claims with a relation of `type` pointing at `id`.
    public func incoming(_ type: String, to id: String) -> [Claim] {
        claims.filter { $0.relations[type]?.contains(id) == true }
    }

    /// The annotated claims only.
    public var annotatedClaims: [Claim] { claims.filter(\.isAnnotated) }
}

/// Where a piece of body text lives: section, block and list item.
public struct ReadingBlockRef: Hashable, Sendable, Comparable {
    public var section: Int
    public var block: Int
    public var item: Int?

    public init(section: Int, block: Int, item: Int? = nil) {
        self.section = section
        self.block = block
        self.item = item
    }

    public static func < (lhs: ReadingBlockRef, rhs: ReadingBlockRef) -> Bool {
        (lhs.section, lhs.block, lhs.item ?? -1) < (rhs.section, rhs.block, rhs.item ?? -1)
    }
}
