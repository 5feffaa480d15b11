import EssayKit

/// One factor of a legitimacy framework, such as Caron's independence or oversight.
public struct Factor: Hashable, Sendable {
    /// The id annotations use (`oversight`).
    public var id: String
    /// A short name for display (`Oversight`).
    public var name: String
    /// A one- or two-letter badge for narrow displays (`O`).
    public var badge: String
    /// What the factor asks of an institution, in a sentence.
    public var summary: String
    /// The framework author's own words, as the essay quotes them.
    public var words: String?
    /// The label of the essay footnote that cites those words.
    public var footnote: String?
    /// Terms whose presence in a sentence suggests the factor.
    public var cues: [String]
    /// Terms that name the factor's absence (`unaccountable`, `self-dealing`): they suggest the
    /// factor too, and a stance the other way round (denied, "no party could dictate outcomes",
    /// they mean it is met).
    public var contrary: [String]
    /// Where the factor is declared in the framework file.
    public var position: SourcePosition

    public init(id: String, name: String, badge: String, summary: String, words: String?, footnote: String?, cues: [String],
                position: SourcePosition, contrary: [String] = []) {
        self.id = id
        self.name = name
        self.badge = badge
        self.summary = summary
        self.words = words
        self.footnote = footnote
        self.cues = cues
        self.contrary = contrary
        self.position = position
    }
}
