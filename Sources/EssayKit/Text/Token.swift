/// A word of a text, folded for matching, with where it is in the text.
public struct Token: Hashable, Sendable {
    /// The word lowercased, diacritics folded, apostrophes and hyphens removed (`Caron’s` → `carons`).
    public var text: String
    /// The pieces between the apostrophes or hyphens, two letters or longer (`multi`, `stakeholder`).
    public var parts: [String]
    /// The word's UTF-8 range in the text, its inner apostrophes and hyphens included.
    public var range: Range<Int>

    public init(text: String, parts: [String], range: Range<Int>) {
        self.text = text
        self.parts = parts
        self.range = range
    }
}
