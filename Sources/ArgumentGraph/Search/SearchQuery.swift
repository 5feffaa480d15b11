import EssayKit

/// A search query: loose terms and "quoted phrases", each folded as the index folds text.
public struct SearchQuery: Hashable, Sendable {
    /// Single words, each matched alone (and as a prefix of longer words, at a lower weight).
    public var terms: [String]
    /// Runs of words that must occur together, in order.
    public var phrases: [[String]]

    /// Parses `text`: words outside quotes are terms, words inside `"…"` (or `“…”`) a phrase.
    public init(parsing text: String) {
        var normalizer = TextNormalizer()
        var terms: [String] = []
        var phrases: [[String]] = []
        var outside = ""
        var inside = ""
        var quoted = false
        for character in text {
            if character == "\"" || character == "“" || character == "”" {
                if quoted {
                    let words = normalizer.words(in: inside)
                    if words.count == 1 { terms.append(words[0]) } else if words.count > 1 { phrases.append(words) }
                    inside = ""
                }
                quoted.toggle()
            } else if quoted {
                inside.append(character)
            } else {
                outside.append(character)
            }
        }
        if quoted { outside += " " + inside }
        // A set, not `terms.contains`: a query pasted from a long text must not take quadratic time.
        var seen = Set(terms)
        for word in normalizer.words(in: outside) where seen.insert(word).inserted { terms.append(word) }
        self.terms = terms
        self.phrases = phrases
    }

    public var isEmpty: Bool { terms.isEmpty && phrases.isEmpty }
}
