import EssayKit

/// Finds where a quote went when the essay's text changed (reconverted, corrected), as Hypothesis
/// re-anchors a TextQuoteSelector: after the exact text, by its prefix and suffix, then by the
/// nearest passage. What it finds is a new quote that anchors once.
struct Reanchorer {
    /// How alike (words in common, in order) a passage must be to a quote to be taken as the quote moved.
    static let nearestSimilarity = 0.8

    let anchorer: QuoteAnchorer
    private var finder: NearestPassageFinder?
    private var normalizer = TextNormalizer()

    init(anchorer: QuoteAnchorer) {
        self.anchorer = anchorer
    }

    var text: EssayText { anchorer.text }

    /// Where `quote`, which no longer anchors once as written, now is: by its context when it has
    /// a prefix or suffix, else (when `seekingNearest`) by the nearest passage.
    mutating func relocate(_ quote: TextQuote, seekingNearest: Bool) -> (anchor: TextAnchor, quote: TextQuote, by: QuoteAnchorer.Relocation)? {
        if quote.prefix != nil || quote.suffix != nil, let found = byContext(quote) {
            return made(found.unit, found.span, by: .context)
        }
        guard seekingNearest, let found = byNearestPassage(quote) else { return nil }
        return made(found.unit, found.span, by: .nearestPassage(similarity: found.similarity))
    }

    /// The anchor and a quote that anchors once for `span` of unit `unit`.
    private func made(_ unit: Int, _ span: Range<Int>, by: QuoteAnchorer.Relocation) -> (TextAnchor, TextQuote, QuoteAnchorer.Relocation)? {
        guard let quote = QuoteContext.unique(in: text.units[unit].content.text, span: span, text: text),
              case .anchored(let anchor) = anchorer.anchor([quote], seekingNearest: false)[0] else { return nil }
        return (anchor, quote, by)
    }

    // MARK: - By context

    /// The exact text alone where its context says, or the text between the prefix and suffix.
    private func byContext(_ quote: TextQuote) -> (unit: Int, span: Range<Int>)? {
        let length = quote.exact.utf8.count
        let places = text.occurrences(of: quote.exact)
        if places.count == 1, let only = places.first { return (only.unit, only.offset..<(only.offset + length)) }
        if places.count > 1 {
            // The place whose surroundings agree most with the prefix and suffix, when one does.
            let scored = places.map { place in (place, contextScore(quote, unit: place.unit, span: place.offset..<(place.offset + length))) }
            let best = scored.max { $0.1 < $1.1 }
            guard let best, best.1 > 0, scored.filter({ $0.1 == best.1 }).count == 1 else { return nil }
            return (best.0.unit, best.0.offset..<(best.0.offset + length))
        }
        // The exact text changed: what lies between its prefix and its suffix, of about its length.
        guard let prefix = quote.prefix, let suffix = quote.suffix else { return nil }
        let suffixes = text.occurrences(of: suffix)
        var found: [(unit: Int, span: Range<Int>)] = []
        for start in text.occurrences(of: prefix) {
            let from = start.offset + prefix.utf8.count
            guard let end = suffixes.filter({ $0.unit == start.unit && $0.offset >= from }).min(by: { $0.offset < $1.offset }) else { continue }
            let between = end.offset - from
            if between > 0, between >= length / 2, between <= length * 2 + 16 { found.append((start.unit, from..<end.offset)) }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// How many bytes of the prefix's end and the suffix's start stand beside `span`.
    private func contextScore(_ quote: TextQuote, unit: Int, span: Range<Int>) -> Int {
        let bytes = Array(text.units[unit].content.text.utf8)
        var score = 0
        if let prefix = quote.prefix {
            let before = Array(prefix.utf8)
            while score < before.count, span.lowerBound - score - 1 >= 0, bytes[span.lowerBound - score - 1] == before[before.count - score - 1] {
                score += 1
            }
        }
        if let suffix = quote.suffix {
            let after = Array(suffix.utf8)
            var matched = 0
            while matched < after.count, span.upperBound + matched < bytes.count, bytes[span.upperBound + matched] == after[matched] { matched += 1 }
            score += matched
        }
        return score
    }

    // MARK: - By the nearest passage

    /// The span of the passage nearest `quote` that shares at least `nearestSimilarity` of its
    /// words in order: its start where the quote's first words best match, its end where its last do.
    private mutating func byNearestPassage(_ quote: TextQuote) -> (unit: Int, span: Range<Int>, similarity: Double)? {
        if finder == nil { finder = NearestPassageFinder(text: text) }
        guard let passage = finder?.nearest(to: quote.exact), passage.overlap >= Self.nearestSimilarity,
              let unitIndex = text.units.firstIndex(where: {
                  $0.section == passage.locator.section && $0.block == passage.locator.block && $0.item == passage.locator.item
              }) else { return nil }
        let unit = text.units[unitIndex]
        let wanted = normalizer.words(in: quote.exact)
        let tokens = normalizer.tokens(in: unit.content.text)
        guard !wanted.isEmpty, !tokens.isEmpty else { return nil }
        let words = tokens.map(\.text)
        let sentence = unit.sentences[passage.locator.sentence].textRange
        // Starts near the passage: from a quote's length before it to its end.
        let first = tokens.firstIndex { $0.range.upperBound > sentence.lowerBound } ?? 0
        let last = tokens.lastIndex { $0.range.lowerBound < sentence.upperBound } ?? tokens.count - 1
        let head = Array(wanted.prefix(4))
        let tail = Array(wanted.suffix(4))
        func agreement(_ part: [String], at index: Int) -> Int {
            part.indices.filter { index + $0 >= 0 && index + $0 < words.count && words[index + $0] == part[$0] }.count
        }
        let starts = max(0, first - wanted.count)...min(words.count - 1, last)
        guard let start = starts.max(by: { (agreement(head, at: $0), -$0) < (agreement(head, at: $1), -$1) }) else { return nil }
        let ends = min(words.count - 1, start + max(0, wanted.count / 2 - 1))...min(words.count - 1, start + wanted.count * 2)
        guard let end = ends.max(by: {
            (agreement(tail, at: $0 - tail.count + 1), -abs($0 - start + 1 - wanted.count))
                < (agreement(tail, at: $1 - tail.count + 1), -abs($1 - start + 1 - wanted.count))
        }) else { return nil }
        let found = Array(words[start...end])
        let similarity = Double(Self.commonInOrder(wanted, found)) / Double(max(wanted.count, found.count))
        // A passage that denies what the quote says (or says what it denies) is another claim, however alike.
        guard similarity >= Self.nearestSimilarity, Self.denials(in: wanted) == Self.denials(in: found) else { return nil }
        var span = tokens[start].range.lowerBound..<tokens[end].range.upperBound
        span = Self.widened(span, in: Array(unit.content.text.utf8), like: quote.exact)
        return (unitIndex, span, similarity)
    }

    /// `span` taken out over the punctuation and quotation marks the quote itself has before its
    /// first word and after its last (`“`, `.”`), as far as the text has them too.
    private static func widened(_ span: Range<Int>, in bytes: [UInt8], like quote: String) -> Range<Int> {
        let isWord = { (scalar: Unicode.Scalar) in scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
        let leading = Array(String(String.UnicodeScalarView(quote.unicodeScalars.prefix { !isWord($0) })).utf8)
        let trailing = Array(String(String.UnicodeScalarView(quote.unicodeScalars.reversed().prefix { !isWord($0) }.reversed())).utf8)
        var lower = span.lowerBound
        for count in stride(from: leading.count, through: 1, by: -1) {
            let piece = Array(leading.suffix(count))
            if lower >= count, Array(bytes[(lower - count)..<lower]) == piece {
                lower -= count
                break
            }
        }
        var upper = span.upperBound
        for count in stride(from: trailing.count, through: 1, by: -1) {
            let piece = Array(trailing.prefix(count))
            if upper + count <= bytes.count, Array(bytes[upper..<(upper + count)]) == piece {
                upper += count
                break
            }
        }
        return lower..<upper
    }

    /// Words that turn a sentence round.
    private static let denyingWords: Set<String> = ["not", "no", "never", "neither", "nor", "cannot", "without", "none", "nothing"]

    /// How many denying words (`not`, `never`, `don't` ...) `words` hold.
    private static func denials(in words: [String]) -> Int {
        words.filter { denyingWords.contains($0) || ($0.count > 3 && $0.hasSuffix("nt") && ["dont", "doesnt", "didnt", "isnt", "arent", "wasnt",
            "werent", "cant", "couldnt", "wont", "wouldnt", "shouldnt", "hasnt", "havent", "hadnt", "mustnt", "neednt"].contains($0)) }.count
    }

    /// The length of the longest run of words `a` and `b` share in order.
    static func commonInOrder(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for word in a {
            for (index, other) in b.enumerated() {
                current[index + 1] = word == other ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
