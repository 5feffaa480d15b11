/// A W3C Web Annotation text-quote selector: the exact text, with optional context before and after.
public struct TextQuote: Hashable, Sendable, Codable {
    /// The quoted text, as a reader sees it in the essay.
    public var exact: String
    /// Text immediately before the quote, when the quote alone is ambiguous.
    public var prefix: String?
    /// Text immediately after the quote.
    public var suffix: String?

    public init(exact: String, prefix: String? = nil, suffix: String? = nil) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }
}
