import EssayKit

/// A BM25 index over the claims, plain statements, footnotes and authorities of one argument map.
///
/// Text is folded by `TextNormalizer` (case, accents, apostrophes, hyphens); the parts of hyphenated
/// and possessive words are indexed at the word's position, so "stakeholder" finds
/// "multi-stakeholder" and phrases still line up. Terms of four letters or more also match longer
/// words they begin (`review` → `reviews`) at half weight. Build once; each search only reads.
/// This is a `CorpusSearchIndex` of one essay, whose hits name no essay.
public struct SearchIndex: Sendable {
    private let index: CorpusSearchIndex

    /// Indexes everything in `map` a reader might look for.
    public init(map: ArgumentMap) {
        index = CorpusSearchIndex(shards: [SearchShard(essay: map.essay, map: map)], paths: [nil])
    }

    /// How many documents the index holds.
    public var count: Int { index.count }

    /// The best `limit` hits for `query` (see `SearchQuery` for its syntax), best first.
    public func search(_ query: String, kinds: Set<SearchHit.Kind>? = nil, limit: Int = 20) -> [SearchHit] {
        search(SearchQuery(parsing: query), kinds: kinds, limit: limit)
    }

    /// The best `limit` hits for a parsed query, best first; a document must match at least one
    /// term or phrase, and scores are scaled by the share of them it matches.
    public func search(_ query: SearchQuery, kinds: Set<SearchHit.Kind>? = nil, limit: Int = 20) -> [SearchHit] {
        index.search(query, kinds: kinds, limit: limit).map(\.hit)
    }

    /// The best `limit` hits for a parsed query and how many match in all.
    public func results(for query: SearchQuery, kinds: Set<SearchHit.Kind>? = nil, limit: Int = 20) -> (hits: [SearchHit], total: Int) {
        let results = index.results(for: query, kinds: kinds, limit: limit)
        return (results.hits.map(\.hit), results.total)
    }

    /// Sorts and joins overlapping spans.
    static func merge(_ ranges: [Range<Int>]) -> [SearchHit.Span] {
        var result: [SearchHit.Span] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.end {
                result[result.count - 1].end = max(last.end, range.upperBound)
            } else {
                result.append(SearchHit.Span(start: range.lowerBound, end: range.upperBound))
            }
        }
        return result
    }

}
