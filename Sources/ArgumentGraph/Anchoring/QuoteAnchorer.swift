import EssayKit
import Foundation

/// Anchors text-quote selectors in the essay's body, exactly once each, as Web Annotation tools do.
public struct QuoteAnchorer: Sendable {
    /// What anchoring one quote found.
    public enum Outcome: Sendable {
        /// The quote occurs exactly once.
        case anchored(TextAnchor)
        /// The quote occurs nowhere; the nearest sentence, if any looks alike. `sought` is false when
        /// no sentence was looked for, because too many quotes anchor nowhere (`nearestPassageLimit`).
        case notFound(nearest: Passage?, sought: Bool)
        /// The quote occurs `count` times; `places` are the first few of them (`ambiguityPlaces`).
        case ambiguous(count: Int, places: [TextAnchor])
        /// The quote does not anchor once as written, but is found where it moved: `quote` is the
        /// quote that anchors there now (only when re-anchoring is asked for).
        case moved(TextAnchor, quote: TextQuote, by: Relocation)
    }

    /// How a moved quote was found, as Hypothesis re-anchors: by its context, or by the nearest passage.
    public enum Relocation: Hashable, Sendable {
        /// The exact text alone where its prefix and suffix say, or the text between them.
        case context
        /// The passage nearest the quote, which shares `similarity` (0.8 to 1) of its words in order.
        case nearestPassage(similarity: Double)
    }

    /// How many quotes that anchor nowhere get a nearest passage looked for: each look reads every
    /// sentence, so a file of quotes from another essay would otherwise take time quadratic in size.
    public static let nearestPassageLimit = 20

    /// How many quotes that do not anchor once are looked for by their context when re-anchoring:
    /// each look reads the essay again, so a file of quotes from another essay would otherwise take
    /// time quadratic in size.
    public static let relocationLimit = 200

    /// How many places of an ambiguous quote are made into anchors.
    public static let ambiguityPlaces = 5

    public let essay: Essay
    public let text: EssayText

    public init(essay: Essay, text: EssayText? = nil) {
        self.essay = essay
        self.text = text ?? EssayText(essay: essay)
    }

    /// Finds `quote` (prefix + exact + suffix, matched exactly) in the body.
    public func anchor(_ quote: TextQuote) -> Outcome {
        anchor([quote])[0]
    }

    /// Anchors many quotes at once, in one pass over the text; the outcomes are in the quotes' order.
    /// `seekingNearest: false` looks for no nearest passage for quotes that anchor nowhere.
    /// `reanchoring: true` looks for where a quote that does not anchor once as written has moved
    /// (`Outcome.moved`): by its prefix and suffix, then (within the nearest-passage budget) by the
    /// nearest passage; an editor checking a quote a reader typed leaves it off.
    public func anchor(_ quotes: [TextQuote], seekingNearest: Bool = true, reanchoring: Bool = false) -> [Outcome] {
        var hits = text.firstOccurrences(of: quotes.map(Self.needle), limit: Self.ambiguityPlaces)
        // A quote found nowhere as written may be in the other normalization form than the essay
        // (an NFC `é` against an NFD one): it is looked for again composed, then decomposed (by their
        // bytes, as Swift's `==` already takes the forms for equal).
        var searched = quotes
        for form in [Self.composed, Self.decomposed] {
            let missing = hits.indices.filter { hits[$0].count == 0 && !Self.needle(quotes[$0]).utf8.allSatisfy { $0 < 0x80 } }
            let variants = missing.map { (index: $0, quote: form(quotes[$0])) }
                .filter { !Self.needle($0.quote).utf8.elementsEqual(Self.needle(quotes[$0.index]).utf8) }
            guard !variants.isEmpty else { continue }
            let again = text.firstOccurrences(of: variants.map { Self.needle($0.quote) }, limit: Self.ambiguityPlaces)
            for (variant, hit) in zip(variants, again) where hit.count > 0 {
                hits[variant.index] = hit
                searched[variant.index] = variant.quote
            }
        }
        var finder: NearestPassageFinder?
        var reanchorer: Reanchorer?
        var sought = seekingNearest ? 0 : Self.nearestPassageLimit
        var relocated = 0
        return quotes.indices.map { index in
            let quote = quotes[index]
            let found = outcome(searched[index], count: hits[index].count, places: hits[index].places)
            let count = hits[index].count
            if count == 1 { return found }
            let seeking = sought < Self.nearestPassageLimit
            if reanchoring, relocated < Self.relocationLimit, count == 0 || quote.prefix != nil || quote.suffix != nil {
                relocated += 1
                if reanchorer == nil { reanchorer = Reanchorer(anchorer: self) }
                // A look for the nearest passage counts against its budget, found or not.
                if seeking && count == 0 { sought += 1 }
                if let moved = reanchorer?.relocate(quote, seekingNearest: seeking && count == 0) {
                    return .moved(moved.anchor, quote: moved.quote, by: moved.by)
                }
                if seeking && count == 0 { sought -= 1 }
            }
            guard count == 0 else { return found }
            guard seeking else { return .notFound(nearest: nil, sought: false) }
            sought += 1
            if finder == nil { finder = NearestPassageFinder(text: text) }
            return .notFound(nearest: finder?.nearest(to: quote.exact), sought: true)
        }
    }

    /// `quote` in Unicode's composed form (NFC).
    private static func composed(_ quote: TextQuote) -> TextQuote {
        TextQuote(exact: quote.exact.precomposedStringWithCanonicalMapping, prefix: quote.prefix?.precomposedStringWithCanonicalMapping,
                  suffix: quote.suffix?.precomposedStringWithCanonicalMapping)
    }

    /// `quote` in Unicode's decomposed form (NFD).
    private static func decomposed(_ quote: TextQuote) -> TextQuote {
        TextQuote(exact: quote.exact.decomposedStringWithCanonicalMapping, prefix: quote.prefix?.decomposedStringWithCanonicalMapping,
                  suffix: quote.suffix?.decomposedStringWithCanonicalMapping)
    }

    private static func needle(_ quote: TextQuote) -> String {
        (quote.prefix ?? "") + quote.exact + (quote.suffix ?? "")
    }

    /// The outcome for a quote found `count` times, first at `places`.
    private func outcome(_ quote: TextQuote, count: Int, places: [(unit: Int, offset: Int)]) -> Outcome {
        guard count > 0 else { return .notFound(nearest: nil, sought: false) }
        let skip = (quote.prefix ?? "").utf8.count
        let length = quote.exact.utf8.count
        let anchors = places.map { anchor(unit: $0.unit, span: ($0.offset + skip)..<($0.offset + skip + length)) }
        return count == 1 ? .anchored(anchors[0]) : .ambiguous(count: count, places: anchors)
    }

    /// The anchor for the UTF-8 range `span` of unit `index`'s text.
    public func anchor(unit index: Int, span: Range<Int>) -> TextAnchor {
        let unit = text.units[index]
        // Sentences and markers are in text order: the overlapping ones are found by bisection,
        // so a quote in a paragraph of a million sentences costs no more than in a short one.
        let firstSentence = Self.partition(unit.sentences.count) { unit.sentences[$0].textRange.upperBound > span.lowerBound }
        var sentences: [SentenceLocator] = []
        var sentenceIndex = firstSentence
        while sentenceIndex < unit.sentences.count, unit.sentences[sentenceIndex].textRange.lowerBound < span.upperBound {
            sentences.append(unit.locator(ofSentence: sentenceIndex))
            sentenceIndex += 1
        }
        let reach = Self.endOfClosingPunctuation(in: unit.content.text, from: span.upperBound)
        let markers = unit.content.markers
        var footnotes: [String] = []
        var markerIndex = Self.partition(markers.count) { markers[$0].offset > span.lowerBound }
        while markerIndex < markers.count, markers[markerIndex].offset <= reach {
            footnotes.append(markers[markerIndex].label)
            markerIndex += 1
        }
        let fallback = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))
        let range = unit.content.sourceRange(of: span, in: essay.source) ?? fallback
        return TextAnchor(section: unit.section, block: unit.block, item: unit.item, textRange: span, range: range,
                          sentences: sentences, footnotes: footnotes)
    }

    /// The first index in `0..<count` for which `isAfter` holds, given that it holds for every
    /// index after one where it holds.
    private static func partition(_ count: Int, _ isAfter: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if isAfter(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The offset after the closing punctuation (`.”`, `?`, `);`) that follows `offset`, where a marker may sit.
    static func endOfClosingPunctuation(in text: String, from offset: Int) -> Int {
        let bytes = text.utf8Span.span
        var end = max(0, offset)
        while end < bytes.count {
            switch bytes[end] {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
                 UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                end += 1
            // ” and ’ (E2 80 9D, E2 80 99) and » (C2 BB).
            case 0xE2 where end + 2 < bytes.count && bytes[end + 1] == 0x80 && (bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99):
                end += 3
            case 0xC2 where end + 1 < bytes.count && bytes[end + 1] == 0xBB:
                end += 2
            default:
                return end
            }
        }
        return end
    }

    /// The body sentence that shares most of `quote`'s words: the hint for a quote that anchors nowhere.
    public func nearestPassage(to quote: String) -> Passage? {
        var finder = NearestPassageFinder(text: text)
        return finder.nearest(to: quote)
    }
}
