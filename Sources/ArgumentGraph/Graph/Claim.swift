import EssayKit

/// A claim anchored in the essay: its text, role, subject, factors, relations and footnotes;
/// annotated by a reader, or suggested by its words (`source`).
public struct Claim: Hashable, Sendable {
    public var id: String
    public var kind: ClaimKind
    /// The quoted text, exactly as it stands in the essay.
    public var text: String
    public var quote: TextQuote
    /// The id of the institution the claim assesses, if any.
    public var subject: String?
    /// Annotated factors with stances or, when the annotator gave none, suggested ones; never both.
    public var factors: [FactorAssessment]
    /// Relations to other claims, in the order the file lists them.
    public var relations: [ClaimRelation]
    public var note: String?
    public var anchor: TextAnchor
    /// Where the claim is declared in the annotation file (for a suggested claim, where its sentence starts).
    public var declaration: SourcePosition
    /// Whether a reader annotated the claim, or its words suggest it (`ArgumentMap.suggestions`).
    public var source: FactorAssessment.Source
    /// For a suggested claim, the cue words behind its kind and subject; nil for an annotated one.
    public var suggestion: Suggestion?

    public init(id: String, kind: ClaimKind, text: String, quote: TextQuote, subject: String?, factors: [FactorAssessment],
                relations: [ClaimRelation], note: String?, anchor: TextAnchor, declaration: SourcePosition,
                source: FactorAssessment.Source = .annotated, suggestion: Suggestion? = nil) {
        self.id = id
        self.kind = kind
        self.text = text
        self.quote = quote
        self.subject = subject
        self.factors = factors
        self.relations = relations
        self.note = note
        self.anchor = anchor
        self.declaration = declaration
        self.source = source
        self.suggestion = suggestion
    }

    /// The index of the section the claim is in.
    public var section: Int { anchor.section }
    /// Where the claim is in the essay file.
    public var range: SourceRange { anchor.range }
    /// The labels of the footnotes marked inside the claim's span: its citations.
    public var footnotes: [String] { anchor.footnotes }

    /// The ids of the claims this one relates to by `type`.
    public func targets(_ type: RelationType) -> [String] {
        relations.filter { $0.type == type }.map(\.target)
    }

    /// The factors an annotator gave, with stances.
    public var annotatedFactors: [FactorAssessment] { factors.filter { $0.source == .annotated } }
    /// The factors the cue terms suggest, when none were annotated.
    public var suggestedFactors: [FactorAssessment] { factors.filter { $0.source == .suggested } }

    /// Whether the claim speaks to factor `id`: an annotator gave it the factor, or, when
    /// `includingSuggested`, only the framework's cue terms suggest it. The one rule the command
    /// line and the explorer select and count claims by.
    public func speaks(to id: String, includingSuggested: Bool) -> Bool {
        factors.contains { $0.factor == id && ($0.source == .annotated || includingSuggested) }
    }
}
