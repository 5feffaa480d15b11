/// A block of an essay's body: a paragraph of the author's prose, a block quotation, a list, or an
/// author's table.
public struct Block: Hashable, Sendable {
    /// What kind of block this is.
    public enum Kind: String, Hashable, Sendable, Codable {
        case paragraph, quote, list, table
    }

    public var kind: Kind
    /// The block's text; for a list or table, its items (rows) joined by a space.
    public var content: RichText
    /// The list's items, each with its own text, or the table's rows (a row's text is its cells
    /// joined by a space); empty for paragraphs and quotations.
    public var items: [ListItem]
    /// Where a table's cells lie in its rows' texts; nil for every other kind.
    public var table: TableCells?
    /// The sentences of a paragraph or quotation (a list keeps its sentences in its items).
    public var sentences: [Sentence]
    /// Where the block is in the file; a block cut by a page break spans the break.
    public var range: SourceRange
    /// The byte ranges of the pieces a page break cut the block into (one when uncut).
    public var pieces: [Range<Int>]

    public init(kind: Kind, content: RichText, items: [ListItem] = [], table: TableCells? = nil, sentences: [Sentence], range: SourceRange,
                pieces: [Range<Int>]) {
        self.kind = kind
        self.content = content
        self.items = items
        self.table = table
        self.sentences = sentences
        self.range = range
        self.pieces = pieces
    }

    /// Whether the block's text is in its items: a list's items or a table's rows.
    public var holdsItems: Bool {
        kind == .list || kind == .table
    }

    /// Every sentence of the block in reading order, with the list item (or table row) each belongs to.
    public var allSentences: [(item: Int?, index: Int, sentence: Sentence)] {
        if holdsItems {
            return items.enumerated().flatMap { itemIndex, item in
                item.sentences.enumerated().map { (Optional(itemIndex), $0.offset, $0.element) }
            }
        }
        return sentences.enumerated().map { (nil, $0.offset, $0.element) }
    }

    /// The labels of every footnote marked in the block, in order.
    public var footnoteLabels: [String] {
        holdsItems ? items.flatMap { $0.content.markers.map(\.label) } : content.markers.map(\.label)
    }
}

/// One item of a list.
public struct ListItem: Hashable, Sendable {
    /// The item's marker as written after the bullet, such as `1)` or `a.`; empty when none.
    public var label: String
    public var content: RichText
    public var sentences: [Sentence]
    public var range: SourceRange

    public init(label: String, content: RichText, sentences: [Sentence], range: SourceRange) {
        self.label = label
        self.content = content
        self.sentences = sentences
        self.range = range
    }
}
