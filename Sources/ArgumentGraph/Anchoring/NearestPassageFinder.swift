import EssayKit

/// Finds the body sentence that shares most words with a quote, the hint for a quote that anchors
/// nowhere.
///
/// Every sentence's words are read once, into ids, when the finder is made; each quote then costs
/// one pass over those ids, with no text read again.
struct NearestPassageFinder {
    private let text: EssayText
    /// Each sentence's distinct word ids, sentence after sentence.
    private var wordIDs: [Int32] = []
    /// Where each sentence's ids start in `wordIDs`, with one more entry for the end.
    private var starts: [Int] = [0]
    /// The unit and sentence index of each sentence, in reading order.
    private var sentences: [(unit: Int, sentence: Int)] = []
    private var vocabulary: [String: Int32] = [:]
    /// The quote each word id last belonged to, so a quote's words are marked without clearing.
    private var stamps: [Int] = []
    private var stamp = 0
    private var normalizer = TextNormalizer()

    init(text: EssayText) {
        self.text = text
        var normalizer = TextNormalizer()
        var vocabulary: [String: Int32] = [:]
        var wordIDs: [Int32] = []
        var starts = [0]
        var sentences: [(unit: Int, sentence: Int)] = []
        for (unitIndex, unit) in text.units.enumerated() {
            for (sentenceIndex, sentence) in unit.sentences.enumerated() {
                var seen: Set<Int32> = []
                for word in normalizer.words(in: sentence.text) {
                    let id: Int32
                    if let known = vocabulary[word] {
                        id = known
                    } else {
                        id = Int32(vocabulary.count)
                        vocabulary[word] = id
                    }
                    if seen.insert(id).inserted { wordIDs.append(id) }
                }
                starts.append(wordIDs.count)
                sentences.append((unitIndex, sentenceIndex))
            }
        }
        self.normalizer = normalizer
        self.vocabulary = vocabulary
        self.wordIDs = wordIDs
        self.starts = starts
        self.sentences = sentences
        stamps = [Int](repeating: 0, count: vocabulary.count)
    }

    /// The sentence that shares most of `quote`'s words (ties to the one sharing the larger part of
    /// its own words, then to the first), if it shares at least 30% of them.
    mutating func nearest(to quote: String) -> Passage? {
        let quoteWords = normalizer.words(in: quote)
        let wanted = Set(quoteWords)
        guard !wanted.isEmpty else { return nil }
        stamp += 1
        for word in wanted {
            if let id = vocabulary[word] { stamps[Int(id)] = stamp }
        }
        var best: (score: Double, dice: Double, index: Int)?
        for index in sentences.indices {
            let ids = wordIDs[starts[index]..<starts[index + 1]]
            var shared = 0
            for id in ids where stamps[Int(id)] == stamp { shared += 1 }
            guard shared > 0 else { continue }
            let score = Double(shared) / Double(wanted.count)
            let dice = 2 * Double(shared) / Double(wanted.count + ids.count)
            if let current = best, (score, dice) <= (current.score, current.dice) { continue }
            best = (score, dice, index)
        }
        guard let best, best.score >= 0.3 else { return nil }
        let (unitIndex, sentenceIndex) = sentences[best.index]
        let unit = text.units[unitIndex]
        let sentence = unit.sentences[sentenceIndex]
        return Passage(text: String(sentence.text), locator: unit.locator(ofSentence: sentenceIndex), range: sentence.range,
                       overlap: best.score, sameWords: Self.contains(normalizer.words(in: sentence.text), quoteWords))
    }

    /// Whether `run` occurs in `words` as consecutive words.
    private static func contains(_ words: [String], _ run: [String]) -> Bool {
        guard !run.isEmpty, run.count <= words.count else { return false }
        for start in 0...(words.count - run.count) where words[start] == run[0] {
            if Array(words[start..<(start + run.count)]) == run { return true }
        }
        return false
    }
}
