import EssayKit

/// Every document of one essay that matches a query, unranked, and the words that matched.
///
/// The documents are named by kind and position, not by a built hit, so an essay of megabytes
/// answers a query with a few hundred thousand matches without copying their text: a reader
/// steps through them, and only those on the screen are ever looked at closely.
public struct SearchMatches: Sendable {
    /// A matching document: its kind and its position among the documents of that kind (a claim
    /// in `ArgumentMap.claims`, a statement in `ArgumentMap.statements`, a footnote in
    /// `Essay.footnotes`, an authority in `Essay.authorities`).
    public struct Document: Hashable, Sendable {
        public var kind: SearchHit.Kind
        public var position: Int

        public init(kind: SearchHit.Kind, position: Int) {
            self.kind = kind
            self.position = position
        }
    }

    /// The matching documents, claims first, then statements in reading order, footnotes, authorities.
    public var documents: [Document]
    /// The indexed words the query's terms matched, prefix expansions included.
    public var words: Set<String>
    /// The query's phrases, folded.
    public var phrases: [[String]]

    public init(documents: [Document], words: Set<String>, phrases: [[String]]) {
        self.documents = documents
        self.words = words
        self.phrases = phrases
    }

    /// How many documents of `kind` match.
    public func count(of kind: SearchHit.Kind) -> Int {
        documents.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) }
    }

    /// The UTF-8 ranges of `text` that match, folded as the index folds: what to highlight.
    public func spans(in text: String) -> [SearchHit.Span] {
        CorpusSearchIndex.spans(in: text, words: words, phrases: phrases)
    }
}
