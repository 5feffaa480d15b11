import ArgumentGraph
import EssayKit

extension ExplorerModel {
    /// A claim, or a sentence no claim covers whose words suggest factors, where the reading pane marks it.
    public struct Claim: Hashable, Sendable {
        public var id: String
        /// The claim's role in the argument; nil for a plain sentence shown for its suggested factors.
        public var kind: ClaimKind?
        public var text: String
        public var subject: String?
        /// Annotated factors with stances, or factors its words suggest (without a stance).
        public var factors: [FactorAssessment]
        /// Where the claim's text is: the reading block and the UTF-8 range in its text.
        public var block: ReadingBlockRef
        public var textRange: Range<Int>
        public var section: Int
        public var footnotes: [String]
        /// Outgoing relations, in the annotation file's order.
        public var relations: [ClaimRelation]
        public var note: String?
        /// Whether the claim is suggested by its words (`ArgumentMap.suggestions`) rather than annotated.
        public var isSuggested: Bool
        /// For a suggested claim, the cue words behind its kind and subject.
        public var suggestion: Suggestion?

        public init(id: String, kind: ClaimKind?, text: String, subject: String?, factors: [FactorAssessment], block: ReadingBlockRef,
                    textRange: Range<Int>, section: Int, footnotes: [String], relations: [ClaimRelation], note: String? = nil,
                    isSuggested: Bool = false, suggestion: Suggestion? = nil) {
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
            self.isSuggested = isSuggested
            self.suggestion = suggestion
        }

        /// Whether a reader annotated this claim.
        public var isAnnotated: Bool { kind != nil && !isSuggested }

        /// Whether this is a claim, annotated or suggested, rather than a plain sentence shown for its factors.
        public var isClaim: Bool { kind != nil }

        /// Where the claim starts in the body.
        public var start: TextPoint { TextPoint(block: block, offset: textRange.lowerBound) }

        /// The claim's assessment of factor `id`, if it speaks to it.
        public func assessment(of factor: String) -> FactorAssessment? {
            factors.first { $0.factor == factor }
        }

        /// The ids of the claims this one relates to by `type`.
        public func targets(_ type: RelationType) -> [String] {
            relations.filter { $0.type == type }.map(\.target)
        }
    }
}
