import EssayKit

/// Where a claim's quote sits in the essay: its block (or list item), text span, file range, sentences and footnotes.
public struct TextAnchor: Hashable, Sendable {
    public var section: Int
    public var block: Int
    /// The list item, when the quote is in a list.
    public var item: Int?
    /// The quote's UTF-8 range in the block's (or item's) `content.text`.
    public var textRange: Range<Int>
    /// Where the quote is in the essay file; a quote across a page break ends on the later page.
    public var range: SourceRange
    /// The sentences the quote overlaps, in order.
    public var sentences: [SentenceLocator]
    /// The labels of the footnote markers inside the quote, or right after its closing punctuation.
    public var footnotes: [String]

    public init(section: Int, block: Int, item: Int?, textRange: Range<Int>, range: SourceRange, sentences: [SentenceLocator], footnotes: [String]) {
        self.section = section
        self.block = block
        self.item = item
        self.textRange = textRange
        self.range = range
        self.sentences = sentences
        self.footnotes = footnotes
    }
}
