import EssayKit
import LowLevel

/// One essay's part of a search index: its documents (claims, plain statements, footnotes and
/// authorities), the words of each, and where every word occurs.
///
/// Postings are flat arrays sorted by word, then document, then position, so a thousand shards cost
/// a few allocations each rather than one per word and document. Documents keep no copy of their
/// text: a hit is rebuilt from the essay (and its argument map, for claims) only when it is shown.
final class SearchShard: Sendable {
    /// What a document of the shard is.
    enum Document: Sendable {
        /// `claims[index]`.
        case claim(Int)
        case statement(SentenceLocator)
        /// `essay.footnotes[index]`.
        case footnote(Int)
        /// `essay.authorities[index]`.
        case authority(Int)

        var kind: SearchHit.Kind {
            switch self {
            case .claim: .claim
            case .statement: .statement
            case .footnote: .footnote
            case .authority: .authority
            }
        }
    }

    /// A set of kinds as bits, for the inner loop of a search: `1 << kind's position`.
    static func mask(_ kinds: Set<SearchHit.Kind>?) -> UInt8 {
        guard let kinds else { return 0xFF }
        return kinds.reduce(0) { $0 | bit($1) }
    }

    static func bit(_ kind: SearchHit.Kind) -> UInt8 {
        switch kind {
        case .claim: 1
        case .statement: 2
        case .footnote: 4
        case .authority: 8
        }
    }

    /// A paragraph, quotation or list item of an essay indexed without a map, and the number of
    /// its first sentence's document: statements are numbered in reading order, so this is all it
    /// takes to find any statement's sentence.
    private struct Unit: Sendable {
        var first: Int32
        var section: Int32
        var block: Int32
        /// The list item, or -1.
        var item: Int32
    }

    let essay: Essay
    /// The annotated claims, when the essay has an argument map.
    private let claims: [Claim]
    /// The plain statements, when the essay has an argument map.
    private let statements: [Statement]
    private let units: [Unit]
    /// Documents are numbered claims first, then statements, footnotes and authorities.
    private let statementStart: Int
    private let footnoteStart: Int
    private let authorityStart: Int
    /// How many documents the shard holds.
    let documentCount: Int
    /// Each document's kind as a `bit`.
    let kindBits: [UInt8]
    let terms: TermTable
    /// Each document's length in words (the parts of hyphenated words not counted).
    let lengths: [Int32]
    /// The postings of word `id` are `postingDocuments[starts[id]..<starts[id + 1]]`, with
    /// `postingPositions` beside them.
    let starts: [Int32]
    let postingDocuments: [Int32]
    /// Each posting's position in its document, in 16 bits when every position fits (all but
    /// documents of more than 65,535 words); else empty, and `widePositions` holds them.
    private let narrowPositions: [UInt16]
    private let widePositions: [Int32]
    /// How many documents hold each word.
    let documentFrequencies: [Int32]
    /// `first four bytes << 32 | word id` for every word of four bytes or more, sorted: the prefix
    /// expansion's way in.
    let prefixKeys: [UInt64]
    /// The sum of `lengths`.
    let totalLength: Int

    /// Indexes `essay`: the claims and statements of `map` when given, else every body sentence as
    /// a statement (what the map of an essay without annotations holds); then footnotes and authorities.
    init(essay: Essay, map: ArgumentMap?) {
        var builder = Builder(expectedBytes: essay.source.bytes.count)
        var scanner = WordScanner()
        var units: [Unit] = []
        if let map {
            for index in map.claims.indices { builder.add(map.claims[index].text, with: &scanner) }
            for index in map.statements.indices { builder.add(map.statements[index].text, with: &scanner) }
        } else {
            let sections = essay.sections
            for sectionIndex in sections.indices {
                let blocks = sections[sectionIndex].blocks
                for blockIndex in blocks.indices {
                    if blocks[blockIndex].holdsItems {
                        let items = blocks[blockIndex].items
                        for itemIndex in items.indices {
                            units.append(Unit(first: Int32(builder.documents), section: Int32(sectionIndex), block: Int32(blockIndex),
                                              item: Int32(itemIndex)))
                            for sentence in items[itemIndex].sentences.indices {
                                builder.add(items[itemIndex].sentences[sentence].text, with: &scanner)
                            }
                        }
                    } else {
                        units.append(Unit(first: Int32(builder.documents), section: Int32(sectionIndex), block: Int32(blockIndex), item: -1))
                        let sentences = blocks[blockIndex].sentences
                        for sentence in sentences.indices { builder.add(sentences[sentence].text, with: &scanner) }
                    }
                }
            }
        }
        let statementStart = map?.claims.count ?? 0
        let footnoteStart = builder.documents
        let footnotes = essay.footnotes
        for index in footnotes.indices { builder.add(footnotes[index].content.text, with: &scanner) }
        let authorityStart = builder.documents
        let authorities = essay.authorities
        for index in authorities.indices { builder.add(SearchShard.reference(authorities[index]), with: &scanner) }
        self.essay = essay
        self.claims = map?.claims ?? []
        self.statements = map?.statements ?? []
        self.units = units
        self.statementStart = statementStart
        self.footnoteStart = footnoteStart
        self.authorityStart = authorityStart
        self.documentCount = builder.documents
        var bits = [UInt8](filledWith: SearchShard.bit(.claim), count: builder.documents)
        for index in statementStart..<footnoteStart { bits[index] = SearchShard.bit(.statement) }
        for index in footnoteStart..<authorityStart { bits[index] = SearchShard.bit(.footnote) }
        for index in authorityStart..<builder.documents { bits[index] = SearchShard.bit(.authority) }
        self.kindBits = bits
        var terms = builder.terms
        terms.fit()
        self.terms = terms
        self.lengths = builder.lengths
        self.totalLength = builder.totalLength

        // Counting sort of the occurrences by word; each word's run stays in document, position order.
        let wordCount = builder.terms.count
        let total = builder.count
        var starts = [Int32](filledWith: 0, count: wordCount + 1)
        var frequencies = [Int32](filledWith: 0, count: wordCount)
        var postingDocuments = [Int32](filledWith: 0, count: total)
        var postingPositions = [Int32](filledWith: 0, count: total)
        builder.withOccurrences { words, places in
            // Written through spans: arrays written inside a closure check their uniqueness at every write.
            var counts = starts.mutableSpan
            for index in words.indices { counts[Int(words[index]) + 1] += 1 }
            for index in 0..<wordCount { counts[index + 1] += counts[index] }
            var cursor = [Int32](filledWith: 0, count: wordCount)
            var lastDocument = [Int32](filledWith: -1, count: wordCount)
            var cursors = cursor.mutableSpan
            for index in 0..<wordCount { cursors[index] = counts[index] }
            var lasts = lastDocument.mutableSpan
            var documents = postingDocuments.mutableSpan
            var positions = postingPositions.mutableSpan
            var documentCounts = frequencies.mutableSpan
            for index in 0..<total {
                let word = Int(words[index])
                let slot = Int(cursors[word])
                cursors[word] += 1
                let document = Int32(truncatingIfNeeded: places[index] >> 32)
                documents[slot] = document
                positions[slot] = Int32(truncatingIfNeeded: places[index])
                if lasts[word] != document {
                    lasts[word] = document
                    documentCounts[word] += 1
                }
            }
        }
        self.starts = starts
        self.postingDocuments = postingDocuments
        if postingPositions.allSatisfy({ $0 <= Int32(UInt16.max) }) {
            self.narrowPositions = postingPositions.map { UInt16(truncatingIfNeeded: $0) }
            self.widePositions = []
        } else {
            self.narrowPositions = []
            self.widePositions = postingPositions
        }
        self.documentFrequencies = frequencies

        var keys: [UInt64] = []
        keys.reserveCapacity(wordCount)
        terms.forEachWord { id, bytes in
            if let key = SearchShard.prefixKey(bytes) { keys.append(UInt64(key) << 32 | UInt64(UInt32(id))) }
        }
        keys.sort()
        self.prefixKeys = keys
    }

    /// The first four bytes of a word as one number, or nil for a shorter word.
    static func prefixKey<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt32? {
        var key: UInt32 = 0
        var count = 0
        for byte in bytes.prefix(4) {
            key = key << 8 | UInt32(byte)
            count += 1
        }
        return count == 4 ? key : nil
    }

    /// The first four bytes of a word as one number, or nil for a shorter word.
    static func prefixKey(_ bytes: Span<UInt8>) -> UInt32? {
        guard bytes.count >= 4 else { return nil }
        return UInt32(bytes[0]) << 24 | UInt32(bytes[1]) << 16 | UInt32(bytes[2]) << 8 | UInt32(bytes[3])
    }

    /// The words of the shard that begin with `prefix` (of four bytes or more), `prefix` itself left out.
    func words(startingWith prefix: [UInt8], key: UInt32) -> [String] {
        let low = UInt64(key) << 32
        var lower = 0
        var upper = prefixKeys.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if prefixKeys[middle] < low { lower = middle + 1 } else { upper = middle }
        }
        var found: [String] = []
        var index = lower
        while index < prefixKeys.count, prefixKeys[index] >> 32 == UInt64(key) {
            let id = Int32(truncatingIfNeeded: prefixKeys[index] & 0xFFFF_FFFF)
            let bytes = terms.bytes(id)
            if bytes.count > prefix.count, bytes.starts(with: prefix) { found.append(terms.word(id)) }
            index += 1
        }
        return found
    }

    /// The postings of word `id`, as a range of `postingDocuments`.
    func postings(_ id: Int32) -> Range<Int> {
        Int(starts[Int(id)])..<Int(starts[Int(id) + 1])
    }

    /// The position in its document of posting `index`.
    @inline(__always)
    func position(_ index: Int) -> Int32 {
        widePositions.isEmpty ? Int32(narrowPositions[index]) : widePositions[index]
    }

    /// What document `index` is.
    func document(_ index: Int) -> Document {
        if index < statementStart { return .claim(index) }
        if index < footnoteStart {
            let number = index - statementStart
            if !statements.isEmpty { return .statement(statements[number].locator) }
            var lower = 0
            var upper = units.count
            while upper - lower > 1 {
                let middle = (lower + upper) / 2
                if Int(units[middle].first) <= index { lower = middle } else { upper = middle }
            }
            // Paragraphs without sentences share their number with the next unit: step past them.
            while lower + 1 < units.count, Int(units[lower + 1].first) <= index { lower += 1 }
            let unit = units[lower]
            return .statement(SentenceLocator(section: Int(unit.section), block: Int(unit.block), item: unit.item < 0 ? nil : Int(unit.item),
                                              sentence: index - Int(unit.first)))
        }
        if index < authorityStart { return .footnote(index - footnoteStart) }
        return .authority(index - authorityStart)
    }

    /// Document `index` as `SearchMatches` names it: its kind and its position among its kind.
    func matchDocument(_ index: Int) -> SearchMatches.Document {
        if index < statementStart { return SearchMatches.Document(kind: .claim, position: index) }
        if index < footnoteStart { return SearchMatches.Document(kind: .statement, position: index - statementStart) }
        if index < authorityStart { return SearchMatches.Document(kind: .footnote, position: index - footnoteStart) }
        return SearchMatches.Document(kind: .authority, position: index - authorityStart)
    }

    /// The shard's number for a document `SearchMatches` names.
    func index(of document: SearchMatches.Document) -> Int {
        switch document.kind {
        case .claim: document.position
        case .statement: statementStart + document.position
        case .footnote: footnoteStart + document.position
        case .authority: authorityStart + document.position
        }
    }

    /// The hit for document `index`, its text and where it sits; score and matches are the caller's.
    func hit(_ index: Int) -> SearchHit {
        let document = document(index)
        var hit: SearchHit
        switch document {
        case .claim(let position):
            let claim = claims[position]
            hit = SearchHit(kind: .claim, id: claim.id, text: claim.text, section: claim.section, footnotes: claim.footnotes, range: claim.range)
        case .statement(let locator):
            let sentence = essay.sentence(at: locator)
            hit = SearchHit(kind: .statement, id: locator.description, text: sentence.map { String($0.text) } ?? "", section: locator.section,
                            footnotes: sentence?.footnotes ?? [], range: sentence?.range)
        case .footnote(let position):
            let footnote = essay.footnotes[position]
            hit = SearchHit(kind: .footnote, id: footnote.label, text: footnote.content.text, section: footnote.citedBy.first?.section,
                            footnotes: [footnote.label], range: footnote.range)
        case .authority(let position):
            let authority = essay.authorities[position]
            hit = SearchHit(kind: .authority, id: authority.id, text: SearchShard.reference(authority), section: nil,
                            footnotes: authority.footnotes, range: nil)
        }
        if let section = hit.section, essay.sections.indices.contains(section) { hit.sectionTitle = essay.sections[section].displayTitle }
        return hit
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

    /// Collects the occurrences of words while the documents are scanned.
    ///
    /// The occurrences go to raw buffers that the builder owns and frees when it goes: appending
    /// to two arrays a word at a time (a uniqueness and a capacity check each) cost more than
    /// finding the word in the table.
    private struct Builder: WordSink, ~Copyable {
        var terms: TermTable
        /// Each occurrence's word id.
        private var words: RawBuffer<Int32>
        /// Each occurrence's document (high 32 bits) and position (low 32 bits).
        private var places: RawBuffer<UInt64>
        var lengths: [Int32] = []
        var totalLength = 0
        /// How many documents have been added.
        private(set) var documents = 0
        private var document: Int32 = -1
        private var position: Int32 = 0
        private var parts: [Int32] = []

        init(expectedBytes: Int) {
            // About one word in six bytes of an essay; the vocabulary grows far more slowly.
            terms = TermTable(capacity: max(256, min(1 << 20, expectedBytes / 40)))
            let capacity = max(64, expectedBytes / 5)
            words = RawBuffer(capacity: capacity)
            places = RawBuffer(capacity: capacity)
        }

        /// How many occurrences have been collected.
        var count: Int { words.count }

        /// Lends the occurrences' word ids and places to `body`, read in place.
        func withOccurrences(_ body: (Span<Int32>, Span<UInt64>) -> Void) {
            words.withSpan { words in places.withSpan { places in body(words, places) } }
        }

        /// Scans the next document's text.
        mutating func add(_ text: String, with scanner: inout WordScanner) {
            startDocument()
            scanner.scan(text, into: &self)
            endDocument()
        }

        /// Scans the next document's text.
        mutating func add(_ text: Substring, with scanner: inout WordScanner) {
            startDocument()
            scanner.scan(text, into: &self)
            endDocument()
        }

        private mutating func startDocument() {
            documents += 1
            document += 1
            position = 0
        }

        private mutating func endDocument() {
            lengths.append(position)
            totalLength += Int(position)
        }

        mutating func accept(word: Span<UInt8>, hash: UInt32, cuts: [Int], range: Range<Int>) {
            let id = terms.intern(word, hash: hash)
            let place = UInt64(UInt32(bitPattern: document)) << 32 | UInt64(UInt32(bitPattern: position))
            record(id, place)
            if !cuts.isEmpty {
                parts.removeAll(keepingCapacity: true)
                var from = 0
                for index in 0...cuts.count {
                    let cut = index < cuts.count ? cuts[index] : word.count
                    if cut - from >= 2 {
                        let part = terms.intern(word.extracting(from..<cut))
                        if part != id && !parts.contains(part) {
                            parts.append(part)
                            record(part, place)
                        }
                    }
                    from = cut
                }
            }
            position += 1
        }

        @inline(__always)
        private mutating func record(_ id: Int32, _ place: UInt64) {
            words.append(id)
            places.append(place)
        }
    }
}
