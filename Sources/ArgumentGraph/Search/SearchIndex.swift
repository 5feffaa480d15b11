import EssayKit
import Foundation

/// A BM25 index over the claims, plain statements, footnotes and authorities of an argument map.
///
/// Text is folded by `TextNormalizer` (case, accents, apostrophes, hyphens); the parts of hyphenated
/// and possessive words are indexed at the word's position, so "stakeholder" finds
/// "multi-stakeholder" and phrases still line up. Terms of four letters or more also match longer
/// words they begin (`review` → `reviews`) at half weight. Build once; each search only reads.
public struct SearchIndex: Sendable {
    struct Document: Sendable {
        var kind: SearchHit.Kind
        var id: String
        var text: String
        var section: Int?
        var footnotes: [String]
        var range: SourceRange?
        var tokens: [Range<Int>]
    }

    struct Posting: Sendable {
        var document: Int32
        var positions: [Int32]
    }

    static let k1 = 1.2
    static let b = 0.75
    static let prefixWeight = 0.5

    private let documents: [Document]
    private let postings: [String: [Posting]]
    private let vocabulary: [String]
    private let averageLength: Double
    private let sectionTitles: [String]

    /// Indexes everything in `map` a reader might look for.
    public init(map: ArgumentMap) {
        var documents: [Document] = []
        for claim in map.claims {
            documents.append(Document(kind: .claim, id: claim.id, text: claim.text, section: claim.section,
                                      footnotes: claim.footnotes, range: claim.range, tokens: []))
        }
        for statement in map.statements {
            documents.append(Document(kind: .statement, id: statement.id, text: statement.text, section: statement.section,
                                      footnotes: statement.footnotes, range: statement.range, tokens: []))
        }
        for footnote in map.essay.footnotes {
            documents.append(Document(kind: .footnote, id: footnote.label, text: footnote.content.text,
                                      section: footnote.citedBy.first?.section, footnotes: [footnote.label],
                                      range: footnote.range, tokens: []))
        }
        for authority in map.essay.authorities {
            documents.append(Document(kind: .authority, id: authority.id, text: SearchIndex.reference(authority), section: nil,
                                      footnotes: authority.footnotes, range: nil, tokens: []))
        }
        var postings: [String: [Posting]] = [:]
        var normalizer = TextNormalizer()
        var totalLength = 0
        for index in documents.indices {
            let tokens = normalizer.tokens(in: documents[index].text)
            documents[index].tokens = tokens.map(\.range)
            totalLength += tokens.count
            var positions: [String: [Int32]] = [:]
            for (position, token) in tokens.enumerated() {
                positions[token.text, default: []].append(Int32(position))
                for part in token.parts where part != token.text { positions[part, default: []].append(Int32(position)) }
            }
            for (word, places) in positions {
                postings[word, default: []].append(Posting(document: Int32(index), positions: places))
            }
        }
        self.documents = documents
        self.postings = postings
        self.vocabulary = postings.keys.sorted()
        self.averageLength = documents.isEmpty ? 1 : max(1, Double(totalLength) / Double(documents.count))
        self.sectionTitles = map.essay.sections.map(\.displayTitle)
    }

    /// How many documents the index holds.
    public var count: Int { documents.count }

    /// The best `limit` hits for `query` (see `SearchQuery` for its syntax), best first.
    public func search(_ query: String, kinds: Set<SearchHit.Kind>? = nil, limit: Int = 20) -> [SearchHit] {
        search(SearchQuery(parsing: query), kinds: kinds, limit: limit)
    }

    /// The best `limit` hits for a parsed query, best first; a document must match at least one
    /// term or phrase, and scores are scaled by the share of them it matches.
    public func search(_ query: SearchQuery, kinds: Set<SearchHit.Kind>? = nil, limit: Int = 20) -> [SearchHit] {
        guard !query.isEmpty, !documents.isEmpty else { return [] }
        var scores: [Int: Double] = [:]
        var matched: [Int: Int] = [:]
        var spans: [Int: [Range<Int>]] = [:]
        let elements = query.terms.count + query.phrases.count

        for term in query.terms {
            var touched: Set<Int> = []
            for (word, weight) in expansions(of: term) {
                guard let list = postings[word] else { continue }
                let idf = inverseDocumentFrequency(list.count)
                for posting in list {
                    let document = Int(posting.document)
                    scores[document, default: 0] += weight * idf * saturation(Double(posting.positions.count), document)
                    touched.insert(document)
                    let ranges = documents[document].tokens
                    spans[document, default: []].append(contentsOf: posting.positions.map { ranges[Int($0)] })
                }
            }
            for document in touched { matched[document, default: 0] += 1 }
        }
        for phrase in query.phrases {
            let found = occurrences(of: phrase)
            let idf = inverseDocumentFrequency(found.count)
            for (document, starts) in found {
                scores[document, default: 0] += idf * saturation(Double(starts.count), document)
                matched[document, default: 0] += 1
                let ranges = documents[document].tokens
                spans[document, default: []].append(contentsOf: starts.map { start in
                    ranges[start].lowerBound..<ranges[start + phrase.count - 1].upperBound
                })
            }
        }
        var ranked: [(document: Int, score: Double)] = []
        ranked.reserveCapacity(scores.count)
        for (document, score) in scores {
            if let kinds, !kinds.contains(documents[document].kind) { continue }
            ranked.append((document, score * Double(matched[document] ?? 0) / Double(elements)))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.document < $1.document }
        return ranked.prefix(max(0, limit)).map { entry in
            let document = documents[entry.document]
            return SearchHit(kind: document.kind, id: document.id, text: document.text, score: entry.score,
                             matches: SearchIndex.merge(spans[entry.document] ?? []),
                             section: document.section,
                             sectionTitle: document.section.flatMap { sectionTitles.indices.contains($0) ? sectionTitles[$0] : nil },
                             footnotes: document.footnotes, range: document.range)
        }
    }

    /// The indexed words a term matches: itself at full weight, longer words it begins at half.
    private func expansions(of term: String) -> [(String, Double)] {
        var result: [(String, Double)] = [(term, 1)]
        guard term.count >= 4 else { return result }
        var low = 0
        var high = vocabulary.count
        while low < high {
            let mid = (low + high) / 2
            if vocabulary[mid] < term { low = mid + 1 } else { high = mid }
        }
        var index = low
        while index < vocabulary.count, vocabulary[index].hasPrefix(term), result.count <= 24 {
            if vocabulary[index] != term { result.append((vocabulary[index], SearchIndex.prefixWeight)) }
            index += 1
        }
        return result
    }

    /// Where `phrase` occurs: each document with the positions its first word starts at.
    private func occurrences(of phrase: [String]) -> [(Int, [Int])] {
        var lists: [[Posting]] = []
        for word in phrase {
            guard let list = postings[word] else { return [] }
            lists.append(list)
        }
        guard let rarest = lists.indices.min(by: { lists[$0].count < lists[$1].count }) else { return [] }
        var lookup: [[Int32: [Int32]]] = []
        for (index, list) in lists.enumerated() where index != rarest {
            lookup.append(Dictionary(list.map { ($0.document, $0.positions) }, uniquingKeysWith: { first, _ in first }))
        }
        var result: [(Int, [Int])] = []
        for posting in lists[rarest] {
            var byWord: [[Int32]] = []
            var complete = true
            var lookupIndex = 0
            for index in lists.indices {
                if index == rarest { byWord.append(posting.positions); continue }
                guard let positions = lookup[lookupIndex][posting.document] else { complete = false; break }
                byWord.append(positions)
                lookupIndex += 1
            }
            guard complete else { continue }
            let starts = byWord[0].filter { start in
                (1..<phrase.count).allSatisfy { offset in byWord[offset].contains(start + Int32(offset)) }
            }
            if !starts.isEmpty { result.append((Int(posting.document), starts.map(Int.init))) }
        }
        return result
    }

    private func inverseDocumentFrequency(_ frequency: Int) -> Double {
        let n = Double(documents.count)
        let f = Double(frequency)
        return log(1 + (n - f + 0.5) / (f + 0.5))
    }

    private func saturation(_ frequency: Double, _ document: Int) -> Double {
        let length = Double(documents[document].tokens.count)
        return frequency * (SearchIndex.k1 + 1) / (frequency + SearchIndex.k1 * (1 - SearchIndex.b + SearchIndex.b * length / averageLength))
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

    /// An authority as one line of text to search: authors, title, container, number, year.
    static func reference(_ authority: Authority) -> String {
        var parts: [String] = []
        if !authority.authors.isEmpty { parts.append(authority.authors.joined(separator: ", ")) }
        parts.append(authority.title)
        if let container = authority.container { parts.append(container) }
        if let number = authority.documentNumber { parts.append(number) }
        if let year = authority.year { parts.append(String(year)) }
        return parts.joined(separator: ", ")
    }
}
