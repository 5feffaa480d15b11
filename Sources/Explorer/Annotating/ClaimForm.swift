import ArgumentGraph

/// The dialog that makes a claim or edits one, as state: four small menus in turn (kind, factors
/// and stances, subject, id), each answered by a key; the last saves.
public struct ClaimForm: Hashable, Sendable {
    /// The menus, in the order they come.
    public enum Step: Int, Hashable, Sendable, CaseIterable {
        case kind, factors, subject, id

        public var title: String {
            switch self {
            case .kind: "kind"
            case .factors: "factors"
            case .subject: "subject"
            case .id: "id"
            }
        }
    }

    /// What saving the form does.
    public enum Purpose: Hashable, Sendable {
        /// Adds a claim quoting this.
        case add(TextQuote)
        /// Changes the claim with this id.
        case edit(String)
    }

    public var purpose: Purpose
    /// The claim's text, shown at the top.
    public var text: String
    public var step: Step = .kind
    public var kind: ClaimKind
    /// The framework's factors, in its order, and the claim's stance on each (nil: not spoken to).
    public var factorIDs: [String]
    public var stances: [Stance?]
    /// The stances the framework allows, in the order Space cycles through them.
    public var stanceChoices: [Stance]
    public var subject: String?
    /// The subjects offered: the declared ones, and one the claim's words suggest.
    public var subjectChoices: [String]
    /// The claim's id, editable.
    public var id: LineEditor
    /// The line chosen in the current menu.
    public var cursor = 0
    /// A new subject's id being typed, after choosing "new subject…".
    public var newSubject: LineEditor?

    public init(purpose: Purpose, text: String, kind: ClaimKind, factorIDs: [String], factors: [FactorDraft], stanceChoices: [Stance],
                subject: String?, subjectChoices: [String], id: String) {
        self.purpose = purpose
        self.text = text
        self.kind = kind
        self.factorIDs = factorIDs
        self.stances = factorIDs.map { factor in factors.first { $0.factor == factor }?.stance }
        self.stanceChoices = stanceChoices
        self.subject = subject
        var choices = subjectChoices
        if let subject, !choices.contains(subject) { choices.append(subject) }
        self.subjectChoices = choices
        self.id = LineEditor(text: id)
        cursor = ClaimKind.allCases.firstIndex(of: kind) ?? 0
    }

    /// The factors chosen, with their stances, in the framework's order.
    public var factors: [FactorDraft] {
        zip(factorIDs, stances).compactMap { factor, stance in stance.map { FactorDraft(factor: factor, stance: $0) } }
    }

    /// How many lines the current menu has (the id has none).
    public var lineCount: Int {
        switch step {
        case .kind: ClaimKind.allCases.count
        case .factors: factorIDs.count
        case .subject: subjectChoices.count + 2
        case .id: 0
        }
    }

    /// The subject of line `line` of the subject menu: nil for "no subject" (the first line); the
    /// last line is "new subject…", which `isNewSubjectLine` tells.
    public func subject(atLine line: Int) -> String? {
        line >= 1 && line <= subjectChoices.count ? subjectChoices[line - 1] : nil
    }

    public func isNewSubjectLine(_ line: Int) -> Bool { line == subjectChoices.count + 1 }

    /// The stance after `stance` in the cycle: none, then each allowed stance, then none again.
    public func nextStance(after stance: Stance?) -> Stance? {
        guard let stance, let index = stanceChoices.firstIndex(of: stance) else { return stanceChoices.first }
        return index + 1 < stanceChoices.count ? stanceChoices[index + 1] : nil
    }

    /// Moves to `step`, with the cursor on what is chosen there.
    public mutating func go(to step: Step) {
        self.step = step
        newSubject = nil
        switch step {
        case .kind: cursor = ClaimKind.allCases.firstIndex(of: kind) ?? 0
        case .factors: cursor = 0
        case .subject: cursor = subject.flatMap { subjectChoices.firstIndex(of: $0).map { $0 + 1 } } ?? 0
        case .id: cursor = 0
        }
    }

    /// The stances in the order Space cycles them: assessments first, then "states".
    static func cycle(allowed: (Stance) -> Bool) -> [Stance] {
        [Stance.met, .partial, .unmet, .states].filter(allowed)
    }
}
