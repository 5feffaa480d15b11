import EssayKit

/// Anchors text-quote selectors in the essay's body, exactly once each, as Web Annotation tools do.
public struct QuoteAnchorer: Sendable {
    /// What anchoring one quote found.
    public enum Outcome: Sendable {
        /// The quote occurs exactly once.
        case anchored(TextAnchor)
        /// The quote occurs nowhere; the nearest sentence, if any looks alike.
        case notFound(nearest: Passage?)
        /// The quote occurs more than once, at each of these places.
        case ambiguous([TextAnchor])
    }

    public let essay: Essay
    public let text: EssayText

    public init(essay: Essay, text: EssayText? = nil) {
        self.essay = essay
        self.text = text ?? EssayText(essay: essay)
    }

    /// Finds `quote` (prefix + exact + suffix, matched exactly) in the body.
    public func anchor(_ quote: TextQuote) -> Outcome {
        outcome(quote, hits: text.occurrences(of: Self.needle(quote)))
    }

    /// Anchors many quotes at once, in one pass over the text; the outcomes are in the quotes' order.
    public func anchor(_ quotes: [TextQuote]) -> [Outcome] {
        let hits = text.occurrences(of: quotes.map(Self.needle))
        return zip(quotes, hits).map { outcome($0, hits: $1) }
    }

    private static func needle(_ quote: TextQuote) -> String {
        (quote.prefix ?? "") + quote.exact + (quote.suffix ?? "")
    }

    private func outcome(_ quote: TextQuote, hits: [(unit: Int, offset: Int)]) -> Outcome {
        let skip = (quote.prefix ?? "").utf8.count
        let length = quote.exact.utf8.count
        let anchors = hits.map { anchor(unit: $0.unit, span: ($0.offset + skip)..<($0.offset + skip + length)) }
        switch anchors.count {
        case 0: return .notFound(nearest: nearestPassage(to: quote.exact))
        case 1: return .anchored(anchors[0])
        default: return .ambiguous(anchors)
        }
    }

    /// The anchor for the UTF-8 range `span` of unit `index`'s text.
    public func anchor(unit index: Int, span: Range<Int>) -> TextAnchor {
        let unit = text.units[index]
        let sentences = unit.sentences.indices.filter { sentenceIndex in
            let range = unit.sentences[sentenceIndex].textRange
            return range.lowerBound < span.upperBound && span.lowerBound < range.upperBound
        }.map(unit.locator(ofSentence:))
        let reach = Self.endOfClosingPunctuation(in: unit.content.text, from: span.upperBound)
        let footnotes = unit.content.markers.filter { $0.offset > span.lowerBound && $0.offset <= reach }.map(\.label)
        let fallback = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))
        let range = unit.content.sourceRange(of: span, in: essay.source) ?? fallback
        return TextAnchor(section: unit.section, block: unit.block, item: unit.item, textRange: span, range: range,
                          sentences: sentences, footnotes: footnotes)
    }

    /// The offset after the closing punctuation (`.”`, `?`, `);`) that follows `offset`, where a marker may sit.
    static func endOfClosingPunctuation(in text: String, from offset: Int) -> Int {
        var text = text
        return text.withUTF8 { bytes in
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
    }

    /// The body sentence that shares most of `quote`'s words: the hint for a quote that anchors nowhere.
    public func nearestPassage(to quote: String) -> Passage? {
        var normalizer = TextNormalizer()
        let quoteWords = normalizer.words(in: quote)
        let wanted = Set(quoteWords)
        guard !wanted.isEmpty else { return nil }
        var best: (score: Double, dice: Double, passage: Passage)?
        for unit in text.units {
            for (index, sentence) in unit.sentences.enumerated() {
                let words = normalizer.words(in: sentence.text)
                let have = Set(words)
                let shared = Double(wanted.intersection(have).count)
                guard shared > 0 else { continue }
                let score = shared / Double(wanted.count)
                let dice = 2 * shared / Double(wanted.count + have.count)
                if let current = best, (score, dice) <= (current.score, current.dice) { continue }
                let passage = Passage(text: String(sentence.text), locator: unit.locator(ofSentence: index), range: sentence.range,
                                      overlap: score, sameWords: Self.contains(words, quoteWords))
                best = (score, dice, passage)
            }
        }
        guard let best, best.score >= 0.3 else { return nil }
        return best.passage
    }

    private static func contains(_ words: [String], _ run: [String]) -> Bool {
        guard !run.isEmpty, run.count <= words.count else { return false }
        for start in 0...(words.count - run.count) where words[start] == run[0] {
            if Array(words[start..<(start + run.count)]) == run { return true }
        }
        return false
    }
}
