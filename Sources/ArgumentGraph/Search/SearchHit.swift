import EssayKit

/// One result of a search: what matched, where in its text, and where it sits in the essay.
public struct SearchHit: Hashable, Sendable, Codable {
    /// The kinds of thing a search finds.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case claim, statement, footnote, authority
    }

    /// A UTF-8 range of the hit's text.
    public struct Span: Hashable, Sendable, Codable {
        public var start: Int
        public var end: Int

        public var range: Range<Int> { start..<end }
    }

    public var kind: Kind
    /// A claim id, a sentence locator, a footnote label or an authority id.
    public var id: String
    /// The text searched: the claim's or sentence's text, the footnote's, the authority's reference.
    public var text: String
    /// The BM25 score; higher is better.
    public var score: Double
    /// The matched words and phrases, as UTF-8 ranges of `text`, in order.
    public var matches: [Span]
    /// The section index, when the hit is in (or cited from) the body.
    public var section: Int?
    public var sectionTitle: String?
    /// The footnotes of a claim or statement; a footnote's own label; an authority's citing notes.
    public var footnotes: [String]
    /// Where the hit is in the essay file.
    public var range: SourceRange?
    /// The essay's path, when the search spans several essays; absent for one essay.
    public var essay: String?

    init(kind: Kind, id: String, text: String, score: Double = 0, matches: [Span] = [], section: Int?, sectionTitle: String? = nil,
         footnotes: [String], range: SourceRange?, essay: String? = nil) {
        self.kind = kind
        self.id = id
        self.text = text
        self.score = score
        self.matches = matches
        self.section = section
        self.sectionTitle = sectionTitle
        self.footnotes = footnotes
        self.range = range
        self.essay = essay
    }

    /// The sentence a statement hit is, read back from its id.
    public var sentence: SentenceLocator? {
        kind == .statement ? NodeID.locator(id) : nil
    }

    /// The matched parts of the text.
    public var matchedText: [String] {
        let utf8 = Array(text.utf8)
        return matches.map { String(decoding: utf8[max(0, $0.start)..<min(utf8.count, $0.end)], as: UTF8.self) }
    }
}
