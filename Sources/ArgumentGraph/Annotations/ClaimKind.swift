/// The role an annotated claim plays in the essay's argument.
public enum ClaimKind: String, Hashable, Sendable, Codable, CaseIterable {
    case thesis, question, claim, premise, counterclaim, rebuttal, evidence, definition, conclusion
}
