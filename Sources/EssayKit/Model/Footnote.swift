/// A footnote (or the author's `*` note), with its citations and the sentences that mark it.
public struct Footnote: Hashable, Sendable {
    /// The label as written: `1`, `12a`, or `*` for the author's note.
    public var label: String
    /// The label's number: 0 for the `*` note, the leading digits otherwise.
    public var number: Int
    public var content: RichText
    /// The footnote's sentences.
    public var sentences: [Sentence]
    /// The citation clauses and commentary the footnote splits into, in order.
    public var segments: [FootnoteSegment]
    /// Every citation in the footnote, in order.
    public var citations: [Citation]
    /// The body sentences whose markers point here.
    public var citedBy: [SentenceLocator]
    public var range: SourceRange

    public init(label: String, number: Int, content: RichText, sentences: [Sentence] = [], segments: [FootnoteSegment] = [],
                citations: [Citation] = [], citedBy: [SentenceLocator] = [], range: SourceRange) {
        self.label = label
        self.number = number
        self.content = content
        self.sentences = sentences
        self.segments = segments
        self.citations = citations
        self.citedBy = citedBy
        self.range = range
    }
}

/// A part of a footnote: a citation clause (with its signal) or the author's commentary.
public struct FootnoteSegment: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case citation, commentary
    }

    public var kind: Kind
    /// The UTF-8 range in the footnote's text.
    public var textRange: Range<Int>
    /// The segment's text, a slice shared with the footnote's text.
    public var text: Substring

    public init(kind: Kind, textRange: Range<Int>, text: Substring) {
        self.kind = kind
        self.textRange = textRange
        self.text = text
    }
}
