/// One sentence of a paragraph, quotation, list item or footnote.
public struct Sentence: Hashable, Sendable {
    /// The sentence's text, markup removed: a slice of its block's (or item's, or footnote's) text,
    /// which it shares rather than copies.
    public var text: Substring
    /// The UTF-8 range of the sentence in its block's (or item's, or footnote's) text.
    public var textRange: Range<Int>
    /// The labels of the footnotes whose markers close or sit in this sentence, in order.
    public var footnotes: [String]
    /// Where the sentence is in the file.
    public var range: SourceRange

    public init(text: Substring, textRange: Range<Int>, footnotes: [String], range: SourceRange) {
        self.text = text
        self.textRange = textRange
        self.footnotes = footnotes
        self.range = range
    }
}

/// Where a sentence of the essay's body lives: section, block, list item (if any) and sentence.
public struct SentenceLocator: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var section: Int
    public var block: Int
    /// The list item's index, for sentences in a list.
    public var item: Int?
    public var sentence: Int

    public init(section: Int, block: Int, item: Int? = nil, sentence: Int) {
        self.section = section
        self.block = block
        self.item = item
        self.sentence = sentence
    }

    public static func < (lhs: SentenceLocator, rhs: SentenceLocator) -> Bool {
        (lhs.section, lhs.block, lhs.item ?? -1, lhs.sentence) < (rhs.section, rhs.block, rhs.item ?? -1, rhs.sentence)
    }

    public var description: String {
        "s\(section).b\(block)" + (item.map { ".i\($0)" } ?? "") + ".\(sentence)"
    }
}
