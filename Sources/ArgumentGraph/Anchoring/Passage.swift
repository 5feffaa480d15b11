import EssayKit

/// A sentence of the essay offered as the nearest match to a quote that anchors nowhere.
public struct Passage: Hashable, Sendable {
    public var text: String
    public var locator: SentenceLocator
    public var range: SourceRange
    /// The share of the quote's words the passage holds, 0 to 1.
    public var overlap: Double
    /// Whether the passage holds all the quote's words in order, so only punctuation or spacing differs.
    public var sameWords: Bool
}
