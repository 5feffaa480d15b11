import EssayKit
import Foundation
import LowLevel

/// A BM25 index over the claims, statements, footnotes and authorities of many essays, ranked together.
///
/// Each essay is a `SearchShard` of its own, built on whichever core parsed it; nothing is merged.
/// A search sums each word's document frequency over the shards, so scores are those of one index
/// over every document, and the hits of all essays are ranked on one scale. Text is folded by
/// `TextNormalizer`; terms of four letters or more also match longer words they begin at half
/// weight (the 24 first in alphabetical order, over all essays); `"quoted phrases"` must occur as
/// written. Build once; each search only reads.
public struct CorpusSearchIndex: Sendable {
    /// One result: which essay it is in and the hit.
    public struct Hit: Hashable, Sendable {
        /// The essay's position among those indexed (for `ArgumentCorpus`, its entry's position).
        public var essay: Int
        public var hit: SearchHit
    }

    static let k1 = 1.2
    static let b = 0.75
    static let prefixWeight = 0.5
    static let maximumExpansions = 24

    let shards: [SearchShard]
    /// The first document number of each shard in the corpus' numbering.
    private let bases: [Int]
    /// The essay path each shard's hits carry, or nil.
    private let paths: [String?]
    /// The number each shard's hits carry as `Hit.essay`.
    private let numbers: [Int]
    private let documentCount: Int
    private let averageLength: Double

    init(shards: [SearchShard], paths: [String?], numbers: [Int]? = nil) {
        self.shards = shards
        self.paths = paths
        self.numbers = numbers ?? Array(shards.indices)
        var bases: [Int] = []
        var documents = 0
        var length = 0
        for shard in shards {
            bases.append(documents)
            documents += shard.documentCount
            length += shard.totalLength
        }
        self.bases = bases
        self.documentCount = documents
        self.averageLength = documents == 0 ? 1 : max(1, Double(length) / Double(documents))
    }

    /// Indexes every essay, each with its argument map when it has one (then its claims are
    /// searched too), on every core. Hits name their essay's path.
    public init(essays: [(essay: Essay, map: ArgumentMap?)]) {
        let shards = Parallel.map(essays.count) { SearchShard(essay: essays[$0].essay, map: essays[$0].map) }
        self.init(shards: shards, paths: essays.map { Optional($0.essay.source.path) })
    }

    /// How many documents the index holds, over every essay.
    public var count: Int { documentCount }

    /// How many essays the index covers.
    public var essayCount: Int { shards.count }

    /// The best `limit` hits for `query` (see `SearchQuery`), best first.
    public func search(_ query: String, kinds: Set<SearchHit.Kind>? = nil, limit: Int = 20) -> [Hit] {
        search(SearchQuery(parsing: query), kinds: kinds, limit: limit)
    }

    /// The best `limit` hits for a parsed query, best first; a document must match at least one
    /// term or phrase, and scores are scaled by the share of them it matches. Ties keep corpus
    /// order: essay, then claims, statements, footnotes, authorities.
    public func search(_ query: SearchQuery, kinds: Set<SearchHit.Kind>? = nil, limit: Int = 20) -> [Hit] {
        results(for: query, kinds: kinds, limit: limit).hits
    }

    /// The best `limit` hits for `query`, with how many documents and essays match in all: what
    /// "showing 10 of 11 in 3 essays" needs.
    public func results(for query: SearchQuery, kinds: Set<SearchHit.Kind>? = nil, limit: Int = 20) -> SearchResults<Hit> {
        guard !query.isEmpty, documentCount > 0 else { return SearchResults(hits: [], total: 0, essays: 0) }
        let (tally, matchedWords) = tally(query, mask: SearchShard.mask(kinds))
        let elements = Double(query.terms.count + query.phrases.count)
        var best = TopHits(limit: max(0, limit))
        var essays = Set<Int>()
        for document in tally.touched {
            let global = Int(document)
            essays.insert(locate(global).shard)
            guard limit > 0 else { continue }
            best.offer(document: global, score: tally.scores[global] * Double(tally.matched[global]) / elements)
        }
        let hits = best.sorted().map { entry in
            let (shard, local) = locate(entry.document)
            var hit = shards[shard].hit(local)
            hit.score = entry.score
            hit.matches = CorpusSearchIndex.spans(in: hit.text, words: matchedWords, phrases: query.phrases)
            hit.essay = paths[shard]
            return Hit(essay: numbers[shard], hit: hit)
        }
        return SearchResults(hits: hits, total: tally.touched.count, essays: essays.count)
    }

    /// Every document of the first essay that matches `query` (at least one term or phrase),
    /// unranked, in the index's order: what a reader stepping through matches in reading order needs.
    func matches(_ query: SearchQuery, kinds: Set<SearchHit.Kind>?) -> SearchMatches {
        guard !query.isEmpty, documentCount > 0, let shard = shards.first else {
            return SearchMatches(documents: [], words: [], phrases: query.phrases)
        }
        let (tally, matchedWords) = tally(query, mask: SearchShard.mask(kinds))
        let documents = tally.touched.sorted().compactMap { document -> SearchMatches.Document? in
            let global = Int(document)
            guard global < shard.documentCount else { return nil }
            return shard.matchDocument(global)
        }
        return SearchMatches(documents: documents, words: matchedWords, phrases: query.phrases)
    }

    /// Scores every document matching `query` among the kinds of `mask`; also gives the indexed
    /// words the query's terms matched (prefix expansions included).
    private func tally(_ query: SearchQuery, mask: UInt8) -> (Tally, Set<String>) {
        var tally = Tally(count: documentCount)
        var matchedWords: Set<String> = []
        for (termIndex, term) in query.terms.enumerated() {
            let mark = Int32(termIndex + 1)
            for (word, weight) in expansions(of: term) {
                matchedWords.insert(word)
                score(word: word, weight: weight, mark: mark, mask: mask, into: &tally)
            }
        }
        for phrase in query.phrases { score(phrase: phrase, mask: mask, into: &tally) }
        return (tally, matchedWords)
    }

    /// Adds one word's BM25 share to every document holding it (of the kinds in `mask`).
    private func score(word: String, weight: Double, mark: Int32, mask: UInt8, into tally: inout Tally) {
        var found: [(shard: Int, id: Int32)] = []
        var frequency = 0
        let bytes = word.utf8Span.span
        let hash = TermTable.hash(bytes)
        for index in shards.indices {
            let shard = shards[index]
            if let id = shard.terms.find(bytes, hash: hash) {
                found.append((index, id))
                frequency += Int(shard.documentFrequencies[Int(id)])
            }
        }
        guard frequency > 0 else { return }
        let idf = inverseDocumentFrequency(frequency)
        let factor = weight * idf
        for (index, id) in found {
            let shard = shards[index]
            let base = bases[index]
            let range = shard.postings(id)
            // Read through spans: no reference count per array, no closures around the loop.
            let postingDocuments = shard.postingDocuments, documentLengths = shard.lengths, kindBits = shard.kindBits
            let documents = postingDocuments.span
            let lengths = documentLengths.span
            let kinds = kindBits.span
            var cursor = range.lowerBound
            while cursor < range.upperBound {
                let document = documents[cursor]
                var next = cursor + 1
                while next < range.upperBound, documents[next] == document { next += 1 }
                if kinds[Int(document)] & mask != 0 {
                    let global = base + Int(document)
                    tally.add(global, factor * saturation(Double(next - cursor), length: lengths[Int(document)]))
                    tally.count(global, term: mark)
                }
                cursor = next
            }
        }
    }

    /// Adds a phrase's BM25 share to every document where its words occur in order.
    private func score(phrase: [String], mask: UInt8, into tally: inout Tally) {
        var found: [(document: Int, count: Int, length: Int32)] = []
        var cursors: [Int] = []
        var ends: [Int] = []
        for index in shards.indices {
            let shard = shards[index]
            var ids: [Int32] = []
            for word in phrase {
                guard let id = shard.terms.find(word) else { break }
                ids.append(id)
            }
            guard ids.count == phrase.count,
                  let rarest = ids.indices.min(by: { shard.documentFrequencies[Int(ids[$0])] < shard.documentFrequencies[Int(ids[$1])] })
            else { continue }
            // Each word's postings are walked once, in document order, beside the rarest word's.
            cursors = ids.map { Int(shard.starts[Int($0)]) }
            ends = ids.map { Int(shard.starts[Int($0) + 1]) }
            let documents = shard.postingDocuments
            while cursors[rarest] < ends[rarest] {
                let document = documents[cursors[rarest]]
                var present = true
                for word in ids.indices {
                    while cursors[word] < ends[word], documents[cursors[word]] < document { cursors[word] += 1 }
                    if cursors[word] >= ends[word] || documents[cursors[word]] != document { present = false }
                }
                if present {
                    var count = 0
                    var start = cursors[0]
                    while start < ends[0], documents[start] == document {
                        let first = shard.position(start)
                        var all = true
                        for offset in 1..<ids.count {
                            var probe = cursors[offset]
                            var hit = false
                            while probe < ends[offset], documents[probe] == document {
                                if shard.position(probe) == first + Int32(offset) { hit = true; break }
                                probe += 1
                            }
                            if !hit { all = false; break }
                        }
                        if all { count += 1 }
                        start += 1
                    }
                    // Every document with the phrase counts for its rarity; only those of the kinds asked for score.
                    if count > 0 {
                        found.append((shard.kindBits[Int(document)] & mask != 0 ? bases[index] + Int(document) : -1, count,
                                      shard.lengths[Int(document)]))
                    }
                }
                while cursors[rarest] < ends[rarest], documents[cursors[rarest]] == document { cursors[rarest] += 1 }
            }
        }
        let idf = inverseDocumentFrequency(found.count)
        for entry in found where entry.document >= 0 {
            tally.add(entry.document, idf * saturation(Double(entry.count), length: entry.length))
            tally.matched[entry.document] += 1
        }
    }

    /// The indexed words a term matches: itself at full weight, and at half weight the first 24
    /// longer words it begins, in alphabetical order, over every essay.
    func expansions(of term: String) -> [(String, Double)] {
        var result: [(String, Double)] = [(term, 1)]
        guard term.count >= 4 else { return result }
        let bytes = Array(term.utf8)
        guard let key = SearchShard.prefixKey(bytes) else { return result }
        var longer: Set<String> = []
        for index in shards.indices { longer.formUnion(shards[index].words(startingWith: bytes, key: key)) }
        for word in longer.sorted().prefix(CorpusSearchIndex.maximumExpansions) {
            result.append((word, CorpusSearchIndex.prefixWeight))
        }
        return result
    }

    /// The shard and its own document number for a corpus document number.
    private func locate(_ document: Int) -> (shard: Int, local: Int) {
        var lower = 0
        var upper = bases.count
        while upper - lower > 1 {
            let middle = (lower + upper) / 2
            if bases[middle] <= document { lower = middle } else { upper = middle }
        }
        // Empty shards share their base with the next one: step past them.
        while lower + 1 < bases.count, bases[lower + 1] <= document { lower += 1 }
        return (lower, document - bases[lower])
    }

    private func inverseDocumentFrequency(_ frequency: Int) -> Double {
        let n = Double(documentCount)
        let f = Double(frequency)
        return log(1 + (n - f + 0.5) / (f + 0.5))
    }

    private func saturation(_ frequency: Double, length: Int32) -> Double {
        frequency * (CorpusSearchIndex.k1 + 1)
            / (frequency + CorpusSearchIndex.k1 * (1 - CorpusSearchIndex.b + CorpusSearchIndex.b * Double(length) / averageLength))
    }

    /// The UTF-8 ranges of `text` that matched: words whose form or part is one of `words`, and
    /// every run of tokens that spells a phrase; overlapping ranges joined.
    static func spans(in text: String, words: Set<String>, phrases: [[String]]) -> [SearchHit.Span] {
        var normalizer = TextNormalizer()
        let tokens = normalizer.tokens(in: text)
        func holds(_ token: Token, _ word: String) -> Bool { token.text == word || token.parts.contains(word) }
        var ranges: [Range<Int>] = []
        for token in tokens where words.contains(token.text) || token.parts.contains(where: words.contains) {
            ranges.append(token.range)
        }
        for phrase in phrases where phrase.count <= tokens.count {
            for start in 0...(tokens.count - phrase.count)
            where phrase.indices.allSatisfy({ holds(tokens[start + $0], phrase[$0]) }) {
                ranges.append(tokens[start].range.lowerBound..<tokens[start + phrase.count - 1].range.upperBound)
            }
        }
        return SearchIndex.merge(ranges.map { wholeCharacters($0, in: text) })
    }

    /// `range` widened to whole characters: its ends moved past combining marks, joiners and
    /// variation selectors, so a highlight never splits a letter from its accent (an NFD `é`).
    static func wholeCharacters(_ range: Range<Int>, in text: String) -> Range<Int> {
        let scalars = text.unicodeScalars
        let utf8 = text.utf8
        guard range.upperBound <= utf8.count, range.lowerBound <= range.upperBound else { return range }
        func extends(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isGraphemeExtend || scalar.value == 0x200D || scalar.properties.generalCategory == .spacingMark
        }
        var start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        var end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        guard start.samePosition(in: scalars) != nil, end.samePosition(in: scalars) != nil else { return range }
        while start > scalars.startIndex, start < scalars.endIndex, extends(scalars[start]) { start = scalars.index(before: start) }
        while end < scalars.endIndex, extends(scalars[end]) { end = scalars.index(after: end) }
        return utf8.distance(from: utf8.startIndex, to: start)..<utf8.distance(from: utf8.startIndex, to: end)
    }

    /// Scores and match counts of one search, by corpus document number.
    private struct Tally {
        var scores: [Double]
        var matched: [Int32]
        private var lastTerm: [Int32]
        private var seen: [Bool]
        /// Every document scored, in the order first scored.
        private(set) var touched: [Int32] = []

        init(count: Int) {
            scores = Array(repeating: 0, count: count)
            matched = Array(repeating: 0, count: count)
            lastTerm = Array(repeating: 0, count: count)
            seen = Array(repeating: false, count: count)
        }

        mutating func add(_ document: Int, _ score: Double) {
            if !seen[document] {
                seen[document] = true
                touched.append(Int32(document))
            }
            scores[document] += score
        }

        /// Counts term `mark` once for the document, however many of its words matched.
        mutating func count(_ document: Int, term mark: Int32) {
            if lastTerm[document] != mark {
                lastTerm[document] = mark
                matched[document] += 1
            }
        }
    }

    /// The best documents seen so far, at most `limit`, kept in a heap with the worst on top.
    private struct TopHits {
        let limit: Int
        private var heap: [(document: Int, score: Double)] = []

        init(limit: Int) {
            self.limit = limit
        }

        /// Whether `a` ranks before `b`: higher score, then earlier document.
        private static func before(_ a: (document: Int, score: Double), _ b: (document: Int, score: Double)) -> Bool {
            a.score != b.score ? a.score > b.score : a.document < b.document
        }

        mutating func offer(document: Int, score: Double) {
            let entry = (document: document, score: score)
            if heap.count < limit {
                heap.append(entry)
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard TopHits.before(heap[parent], heap[child]) else { break }
                    heap.swapAt(parent, child)
                    child = parent
                }
                return
            }
            guard let worst = heap.first, TopHits.before(entry, worst) else { return }
            heap[0] = entry
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var worstChild = parent
                if left < heap.count, TopHits.before(heap[worstChild], heap[left]) { worstChild = left }
                if right < heap.count, TopHits.before(heap[worstChild], heap[right]) { worstChild = right }
                if worstChild == parent { break }
                heap.swapAt(parent, worstChild)
                parent = worstChild
            }
        }

        func sorted() -> [(document: Int, score: Double)] {
            heap.sorted(by: TopHits.before)
        }
    }
}

