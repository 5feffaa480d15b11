/// What an essay prints before its text that is no part of its argument: the abstract, the
/// keywords and the classification codes (JEL). Read by form from plain text, Markdown and PDF
/// conversions; no claim or citation is taken from it.
public struct EssayFrontMatter: Sendable, Hashable {
    /// The abstract's paragraphs, as text.
    public var abstract: [String]
    /// Where the abstract is in the file, its label (`Abstract`) included.
    public var abstractRange: SourceRange?
    /// The keywords, in order (`Keywords: a, b; c`).
    public var keywords: [String]
    /// The classification codes, in order (`JEL Classification: K12, D82`).
    public var classification: [String]

    public init(abstract: [String] = [], abstractRange: SourceRange? = nil, keywords: [String] = [], classification: [String] = []) {
        self.abstract = abstract
        self.abstractRange = abstractRange
        self.keywords = keywords
        self.classification = classification
    }

    /// Whether the essay printed none of it.
    public var isEmpty: Bool { abstract.isEmpty && keywords.isEmpty && classification.isEmpty }
}
