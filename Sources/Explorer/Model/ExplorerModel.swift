import ArgumentGraph
import EssayKit

/// Everything the explorer shows of one essay, prepared once when it is opened: the essay, its
/// claims in reading order, the framework, the subjects, the scorecard and the search.
///
/// Claims, kinds, stances, relations and factors are ArgumentGraph's own types; nothing about any
/// framework is built in: the factors are whatever the loaded framework lists.
public struct ExplorerModel: Sendable {
    public var essay: Essay
    /// The path the essay was read from, for the status line and the saved reading position.
    public var path: String
    /// Annotated claims and plain sentences with suggested factors, in reading order.
    public let claims: [Claim]
    public let framework: Framework?
    /// The subjects the annotations declare, in the scorecard's order.
    public let subjects: [Subject]
    public let scorecard: Scorecard?
    /// Claim ids by the ids of the authorities they rest on.
    public let claimsByAuthority: [String: [String]]
    /// Search over the claims, sentences, footnotes and authorities; nil until the argument is built.
    public let search: EssaySearch?
    /// Problems found while loading annotations, shown once in the status line.
    public var notices: [String]

    private let claimIndex: [String: Int]
    /// For each claim id, the claims relating to it, by relation.
    private let incomingIndex: [String: [RelationType: [String]]]

    public init(essay: Essay, path: String, claims: [Claim] = [], framework: Framework? = nil, subjects: [Subject] = [],
                scorecard: Scorecard? = nil, claimsByAuthority: [String: [String]] = [:], search: EssaySearch? = nil,
                notices: [String] = []) {
        self.essay = essay
        self.path = path
        self.claims = claims
        self.framework = framework
        self.subjects = subjects
        self.scorecard = scorecard
        self.claimsByAuthority = claimsByAuthority
        self.search = search
        self.notices = notices
        var index: [String: Int] = [:]
        index.reserveCapacity(claims.count)
        var incoming: [String: [RelationType: [String]]] = [:]
        for (position, claim) in claims.enumerated() {
            if index[claim.id] == nil { index[claim.id] = position }
            for relation in claim.relations { incoming[relation.target, default: [:]][relation.type, default: []].append(claim.id) }
        }
        self.claimIndex = index
        self.incomingIndex = incoming
    }

    /// The framework's factors, in its order; empty without a framework.
    public var factors: [Factor] { framework?.factors ?? [] }

    public func claim(_ id: String) -> Claim? {
        claimIndex[id].map { claims[$0] }
    }

    /// The position of claim `id` in `claims`.
    public func claimPosition(_ id: String) -> Int? {
        claimIndex[id]
    }

    /// The ids of the claims with a relation of `type` pointing at `id`, in reading order.
    public func incoming(_ type: RelationType, to id: String) -> [String] {
        incomingIndex[id]?[type] ?? []
    }

    /// The factor with id `id`.
    public func factor(_ id: String) -> Factor? {
        factors.first { $0.id == id }
    }

    /// The subject's name, or its id when the annotations do not declare it.
    public func subjectName(_ id: String) -> String {
        subjects.first { $0.id == id }?.name ?? id
    }

    /// The framework's name for `stance` (`partly met`), or its default name.
    public func name(of stance: Stance) -> String {
        framework?.name(of: stance) ?? stance.defaultName
    }

    /// The annotated claims only.
    public var annotatedClaims: [Claim] { claims.filter(\.isAnnotated) }

    /// The claims, annotated and suggested, without the plain sentences shown for their factors.
    public var claimsProper: [Claim] { claims.filter(\.isClaim) }
}
