import EssayKit

/// Makes a claim's id from its words: `the Council cannot be said to be independent` →
/// `council-cannot-said-independent`.
public enum ClaimIDMaker {
    /// Words that carry little of what a claim says; `not`, `no` and their kind stay, since they turn it round.
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that", "this", "these",
        "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "which", "who", "whom",
        "what", "there", "their", "they", "he", "she", "his", "her", "we", "our", "i", "my", "so", "but", "also", "even", "such",
        "would", "could", "should", "may", "might", "can", "will", "do", "does", "did", "than", "then", "into", "about", "over",
        "more", "most", "very", "just", "only", "any", "all", "some", "if", "when", "while", "however", "thus", "therefore",
    ]

    /// An id of up to four of `text`'s telling words, lower case and joined by `-`, numbered
    /// (`-2`, `-3` ...) when `taken` has it already; `claim` when the text has no words.
    public static func make(from text: String, taken: Set<String>) -> String {
        var normalizer = TextNormalizer()
        return make(from: text, taken: taken, normalizer: &normalizer)
    }

    /// `make(from:taken:)` with a normalizer that has folded text before, so what it learned is kept.
    static func make(from text: String, taken: Set<String>, normalizer: inout TextNormalizer) -> String {
        make(words: normalizer.words(in: text), taken: taken)
    }

    /// `make(from:taken:)` for a text already read into its folded words (`TextNormalizer.words(in:)`).
    static func make(words: [String], taken: Set<String>) -> String {
        // The first four telling words, looked up no further than needed.
        var chosen: [String] = []
        for word in words where !stopWords.contains(word) {
            chosen.append(word)
            if chosen.count == 4 { break }
        }
        if chosen.isEmpty { chosen = Array(words.prefix(3)) }
        // A word of at most 24 bytes has at most 24 characters: only a longer one is cut.
        var base = chosen.map { $0.utf8.count <= 24 ? $0 : String($0.prefix(24)) }.joined(separator: "-")
        if base.isEmpty { base = "claim" }
        if !taken.contains(base) { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }
}
