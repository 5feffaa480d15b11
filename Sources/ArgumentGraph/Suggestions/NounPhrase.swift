import EssayKit

/// The noun phrase a sentence is about, read from its first words: the words before its verb,
/// once a leading connective or opening clause is set aside.
///
/// English only and approximate (there is no tagger): the phrase is what stands before the first
/// word that is a common verb or auxiliary, or before a comma; articles and demonstratives that
/// open it are dropped, and a question's opening words (`What can`, `Is`). A phrase is offered only
/// when it has two words or more (of at most six), or is one capitalised word that does not open
/// the sentence (`the Council`): a lone common noun says too little of what is assessed.
enum NounPhrase {
    /// Words that open a sentence without being its subject (`However,`, `In short,`, `But`).
    static let openers: Set<String> = [
        "but", "and", "or", "so", "yet", "still", "thus", "hence", "therefore", "however", "moreover", "indeed", "also", "even",
        "instead", "rather", "accordingly", "consequently", "ultimately", "finally", "first", "second", "third", "now", "then",
        "neither", "nor", "not", "what", "why", "how", "when", "where", "who", "whom", "which", "whether", "is", "are", "was", "were",
        "do", "does", "did", "can", "could", "should", "would", "will", "may", "might", "must", "has", "have", "had",
    ]

    /// Pronouns, which name no subject by themselves.
    static let pronouns: Set<String> = ["it", "they", "we", "he", "she", "i", "you", "one", "there", "this", "that", "these", "those"]

    /// Words that open a prepositional phrase before the subject (`In the face of X, ...`).
    static let prepositions: Set<String> = [
        "in", "after", "before", "for", "under", "with", "since", "despite", "to", "as", "at", "by", "from", "during", "on", "over",
        "among", "within", "without", "unlike", "like", "beyond", "through",
    ]

    /// Articles and demonstratives dropped from the phrase's start.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "such", "each", "every", "any", "some", "all", "most", "many", "no",
    ]

    /// Words that end the phrase: auxiliaries, common verbs of argument, and relative words.
    static let verbs: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "can", "cannot", "could",
        "may", "might", "must", "shall", "should", "will", "would", "remains", "remain", "seems", "seem", "appears", "appear",
        "suggests", "suggest", "shows", "show", "argues", "argue", "holds", "hold", "means", "mean", "makes", "make", "provides",
        "provide", "promotes", "promote", "ensures", "ensure", "requires", "require", "offers", "offer", "gives", "give", "lacks",
        "lack", "exists", "exist", "contains", "contain", "includes", "include", "presents", "present", "treats", "treat",
        "acknowledged", "argued", "concluded", "said", "noted", "found", "held", "which", "who", "that", "whose", "where", "when",
        "while", "because", "if", "although", "though", "not", "never", "also",
    ]

    /// The phrase `sentence` seems to be about, in its own words and case; nil when none stands out.
    static func subject<Text: StringProtocol>(of sentence: Text, normalizer: inout TextNormalizer) -> String? {
        let text = String(sentence)
        return subject(tokens: normalizer.tokens(in: text), bytes: Array(text.utf8))
    }

    /// The phrase a sentence seems to be about, from its tokens and its bytes (which the tokens' ranges index).
    static func subject(tokens: [Token], bytes: [UInt8]) -> String? {
        guard !tokens.isEmpty else { return nil }
        var index = 0
        // Skip opening connectives, and an opening phrase ended by a comma (`In short,`, `After all,`).
        while index < tokens.count, openers.contains(tokens[index].text) { index += 1 }
        // An opening phrase before a comma: up to four words, or seven after a preposition.
        let reach = index < tokens.count && prepositions.contains(tokens[index].text) ? 7 : 4
        if let comma = firstComma(in: bytes, from: tokens[min(index, tokens.count - 1)].range.lowerBound),
           let after = tokens[index...].firstIndex(where: { $0.range.lowerBound > comma }),
           (1...reach).contains(tokens[index...].prefix(while: { $0.range.upperBound <= comma }).count) {
            index = after
        }
        while index < tokens.count, openers.contains(tokens[index].text) { index += 1 }
        while index < tokens.count, determiners.contains(tokens[index].text) { index += 1 }
        var end = index
        // A past tense after the phrase's first word ends it too (`Caron identified`).
        while end < tokens.count, !verbs.contains(tokens[end].text), end - index < 7,
              end == index || !(tokens[end].text.hasSuffix("ed") && tokens[end].text.count >= 5) {
            if end > index, bytes[tokens[end - 1].range.upperBound..<tokens[end].range.lowerBound].contains(where: { ",;:—–(".utf8.contains($0) }) {
                break
            }
            end += 1
        }
        let phrase = tokens[index..<end]
        guard !phrase.isEmpty, phrase.count <= 6, phrase.contains(where: { $0.text.count >= 3 }) else { return nil }
        guard let first = phrase.first, let last = phrase.last, !pronouns.contains(first.text) else { return nil }
        if phrase.count == 1 {
            let lead = bytes[first.range.lowerBound]
            guard index > 0, lead >= 0x41 && lead <= 0x5A || lead >= 0x80 else { return nil }
        }
        return String(decoding: bytes[first.range.lowerBound..<last.range.upperBound], as: UTF8.self)
    }

    private static func firstComma(in bytes: [UInt8], from offset: Int) -> Int? {
        bytes[offset...].firstIndex(of: 0x2C)
    }
}
