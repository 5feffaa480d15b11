import EssayKit

/// A sentence no claim covers: it stays in the graph as a plain statement, with suggested factors.
public struct Statement: Hashable, Sendable {
    public var locator: SentenceLocator
    /// The sentence's text, a slice shared with the essay's model.
    public var text: Substring
    public var range: SourceRange
    public var footnotes: [String]
    /// Factors the framework's cue terms suggest; always `source: .suggested`.
    public var factors: [FactorAssessment]

    public init(locator: SentenceLocator, text: Substring, range: SourceRange, footnotes: [String], factors: [FactorAssessment]) {
        self.locator = locator
        self.text = text
        self.range = range
        self.footnotes = footnotes
        self.factors = factors
    }

    /// The statement's id: its sentence locator (`s1.b4.i3.0`).
    public var id: String { locator.description }
    public var section: Int { locator.section }
}
