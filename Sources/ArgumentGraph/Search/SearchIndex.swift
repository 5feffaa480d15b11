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

    /// The best `limit` hits for a parsed query, with how many documents match in all.
    public func results(for query: SearchQuery, kinds: Set<SearchHit.Kind>? = nil, limit: Int = 20) -> SearchResults<SearchHit> {
        let results = index.results(for: query, kinds: kinds, limit: limit)
        return SearchResults(hits: results.hits.map(\.hit), total: results.total, essays: results.essays)
    }

    /// Every document matching `query` (at least one term or phrase), unranked: the same documents
    /// `search` ranks, named by kind and position, so a reader can step through them in order.
    public func matches(_ query: SearchQuery, kinds: Set<SearchHit.Kind>? = nil) -> SearchMatches {
        index.matches(query, kinds: kinds)
    }

    /// The hit for a matching document, its text and where it sits, with the matches marked.
    public func hit(_ document: SearchMatches.Document, in matches: SearchMatches) -> SearchHit? {
        guard let shard = index.shards.first else { return nil }
        let local = shard.index(of: document)
        guard local >= 0, local < shard.documentCount else { return nil }
        var hit = shard.hit(local)
        hit.matches = matches.spans(in: hit.text)
        return hit
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
