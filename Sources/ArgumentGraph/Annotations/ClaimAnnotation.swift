import EssayKit

/// One claim as the annotation file declares it, before it is anchored in the essay.
public struct ClaimAnnotation: Hashable, Sendable {
    /// A factor the claim states or assesses, as written.
    public struct FactorEntry: Hashable, Sendable {
        public var factor: String
        public var stance: Stance
        public var position: SourcePosition
    }

    /// A relation to another claim, as written.
    public struct RelationEntry: Hashable, Sendable {
        public var type: RelationType
        public var target: String
        public var position: SourcePosition
    }

    public var id: String
    public var kind: ClaimKind
    public var quote: TextQuote
    public var subject: String?
    public var factors: [FactorEntry]
    public var relations: [RelationEntry]
    public var note: String?
    /// Where the claim's entry starts in the annotation file.
    public var position: SourcePosition
    /// Where its quote is.
    public var quoteRange: SourceRange
    /// Where its subject is, when it has one.
    public var subjectPosition: SourcePosition?
}
