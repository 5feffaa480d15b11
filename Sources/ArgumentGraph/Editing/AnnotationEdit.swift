/// One change to an annotation file, as a value: what the CLI's `legit annotate` and the explorer's
/// annotating keys ask `AnnotationEditor` for.
public enum AnnotationEdit: Hashable, Sendable {
    /// A new claim, placed in essay order among the others.
    case addClaim(ClaimDraft)
    /// The claim and every relation naming it.
    case removeClaim(id: String)
    /// `from` `type` `to`: claim `from` supports (attacks, rebuts, qualifies) claim `to`.
    case link(from: String, type: RelationType, to: String)
    /// The relation taken away.
    case unlink(from: String, type: RelationType, to: String)
    case setKind(id: String, kind: ClaimKind)
    /// A subject id, declared in the file when it is not yet; nil takes the subject away.
    case setSubject(id: String, subject: String?)
    /// The claim's factors and stances, in order; an empty list takes them all away.
    case setFactors(id: String, factors: [FactorDraft])
    case setNote(id: String, note: String?)
    /// A new quote for the claim, as re-anchoring finds it or a reader corrects it.
    case setQuote(id: String, quote: TextQuote)
    /// A new id, and every relation naming the old one renamed with it.
    case renameClaim(id: String, to: String)
    /// A subject added to `subjects`.
    case declareSubject(Subject)

    /// The claim the edit is about, when it is about one.
    public var claimID: String? {
        switch self {
        case .addClaim(let draft): draft.id
        case .removeClaim(let id), .setKind(let id, _), .setSubject(let id, _), .setFactors(let id, _), .setNote(let id, _),
             .setQuote(let id, _), .renameClaim(let id, _): id
        case .link(let from, _, _), .unlink(let from, _, _): from
        case .declareSubject: nil
        }
    }
}

/// A claim to add: what a reader chose, before it is written.
public struct ClaimDraft: Hashable, Sendable {
    public var id: String
    public var kind: ClaimKind
    public var quote: TextQuote
    public var subject: String?
    public var factors: [FactorDraft]
    public var relations: [RelationDraft]
    public var note: String?

    public init(id: String, kind: ClaimKind, quote: TextQuote, subject: String? = nil, factors: [FactorDraft] = [],
                relations: [RelationDraft] = [], note: String? = nil) {
        self.id = id
        self.kind = kind
        self.quote = quote
        self.subject = subject
        self.factors = factors
        self.relations = relations
        self.note = note
    }
}

/// A factor and the claim's stance on it, as an annotation writes them.
public struct FactorDraft: Hashable, Sendable {
    public var factor: String
    public var stance: Stance

    public init(factor: String, stance: Stance) {
        self.factor = factor
        self.stance = stance
    }
}

/// A relation from the claim being written to another claim.
public struct RelationDraft: Hashable, Sendable {
    public var type: RelationType
    public var target: String

    public init(type: RelationType, target: String) {
        self.type = type
        self.target = target
    }
}
