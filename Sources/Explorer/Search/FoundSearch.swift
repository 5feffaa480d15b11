import ArgumentGraph
import EssayKit

/// What a search found in one essay: every matching claim, sentence, footnote and work, and where
/// each sits in the text, so `n` and `N` step through them all in reading order.
public struct FoundSearch: Sendable {
    /// The query as typed.
    public let query: String
    public let matches: SearchMatches
    /// Where each document of `matches` is in the body: a claim or sentence where it starts, a
    /// footnote at its first marker, a work at the first marker of the first note citing it; nil
    /// for what no sentence marks.
    public let points: [TextPoint?]
    let map: ArgumentMap
    let index: SearchIndex

    init(query: String, prepared: EssaySearch.Prepared, map: ArgumentMap) {
        self.query = query
        self.map = map
        index = prepared.index
        matches = prepared.index.matches(SearchQuery(parsing: query))
        points = matches.documents.map { document in
            switch document.kind {
            case .claim: prepared.claimPoints[document.position]
            case .statement: prepared.statementPoints[document.position]
            case .footnote: prepared.footnotePoints[document.position]
            case .authority: prepared.authorityPoints[document.position]
            }
        }
    }

    /// How many documents match.
    public var count: Int { matches.documents.count }

    /// How many documents of `kind` match.
    public func count(of kind: SearchHit.Kind) -> Int { matches.count(of: kind) }

    /// How many matches are in the body text: claims and sentences.
    public var textCount: Int { count(of: .claim) + count(of: .statement) }

    /// The reading-order key of document `index`: its point, then its place in the index; what no
    /// sentence marks comes after everything else.
    func key(_ index: Int) -> (TextPoint?, Int) { (points[index], index) }

    static func before(_ a: (TextPoint?, Int), _ b: (TextPoint?, Int)) -> Bool {
        switch (a.0, b.0) {
        case let (x?, y?): x != y ? x < y : a.1 < b.1
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): a.1 < b.1
        }
    }

    /// The first match at or after `point` in reading order.
    public func first(atOrAfter point: TextPoint) -> Int? {
        var best: Int?
        for index in points.indices {
            guard let place = points[index], place >= point else { continue }
            if best == nil || Self.before(key(index), key(best!)) { best = index }
        }
        return best
    }

    /// The last match at or before `point` in reading order.
    public func last(atOrBefore point: TextPoint) -> Int? {
        var best: Int?
        for index in points.indices {
            guard let place = points[index], place <= point else { continue }
            if best == nil || Self.before(key(best!), key(index)) { best = index }
        }
        return best
    }

    /// The first match in reading order.
    public var first: Int? {
        points.indices.min { Self.before(key($0), key($1)) }
    }

    /// The last match in reading order.
    public var last: Int? {
        points.indices.max { Self.before(key($0), key($1)) }
    }

    /// The match after (`step` 1) or before (`step` -1) match `index` in reading order, and whether
    /// the step went round the end.
    public func step(from index: Int, by step: Int) -> (index: Int, wrapped: Bool)? {
        guard points.indices.contains(index) else { return nil }
        let here = key(index)
        var best: Int?
        for other in points.indices where other != index {
            let key = key(other)
            if step > 0 {
                guard Self.before(here, key) else { continue }
                if best == nil || Self.before(key, self.key(best!)) { best = other }
            } else {
                guard Self.before(key, here) else { continue }
                if best == nil || Self.before(self.key(best!), key) { best = other }
            }
        }
        if let best { return (best, false) }
        return (step > 0 ? first : last).map { ($0, true) }
    }

    /// The 1-based place of match `index` in reading order.
    public func ordinal(of index: Int) -> Int {
        let here = key(index)
        return points.indices.reduce(1) { $0 + (Self.before(key($1), here) ? 1 : 0) }
    }

    /// What match `index` is and where the reader goes for it.
    public func target(_ index: Int) -> SearchTarget? {
        guard matches.documents.indices.contains(index) else { return nil }
        let document = matches.documents[index]
        switch document.kind {
        case .claim: return .claim(map.claims[document.position].id)
        case .statement:
            let locator = map.statements[document.position].locator
            guard let sentence = map.essay.sentence(at: locator) else { return nil }
            return .sentence(ReadingBlockRef(locator), sentence.textRange)
        case .footnote: return .footnote(map.essay.footnotes[document.position].label)
        case .authority: return .authority(map.essay.authorities[document.position].id)
        }
    }

    /// Match `index` as `legit search` shows it: its text, with the matched words marked.
    public func hit(_ index: Int) -> SearchHit? {
        guard matches.documents.indices.contains(index) else { return nil }
        return self.index.hit(matches.documents[index], in: matches)
    }

    /// The matches of `kind`, in reading order.
    public func ordered(_ kind: SearchHit.Kind) -> [Int] {
        matches.documents.indices.filter { matches.documents[$0].kind == kind }.sorted { Self.before(key($0), key($1)) }
    }
}

/// Where a search hit takes the reader.
public enum SearchTarget: Hashable, Sendable {
    case claim(String)
    case footnote(String)
    case authority(String)
    /// A sentence of the body: its block and UTF-8 range.
    case sentence(ReadingBlockRef, Range<Int>)
}
