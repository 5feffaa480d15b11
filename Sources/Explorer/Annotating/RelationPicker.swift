import ArgumentGraph
import EssayKit

/// The dialog that relates a claim to another, as state: the relation first, then the other claim
/// from a fuzzy picker over the annotated claims.
public struct RelationPicker: Hashable, Sendable {
    /// The claim the relation goes from.
    public var from: String
    /// The relation, once chosen.
    public var type: RelationType?
    /// What is typed to narrow the claims.
    public var query = LineEditor()
    /// The line chosen: in the relation menu, a relation; in the picker, a claim among the matches.
    public var cursor = 0

    public init(from: String) {
        self.from = from
    }
}

/// Ranks claims by how well typed letters match them, fzf-like: every letter of the query in order
/// in the claim's id or its words, folded as search folds them; closer, earlier runs rank higher.
public enum FuzzyMatch {
    /// The score of `query` against `candidate` (both folded), nil when the letters are not all there in order.
    public static func score(_ query: String, in candidate: String) -> Int? {
        if query.isEmpty { return 0 }
        let needle = Array(query.utf8)
        let hay = Array(candidate.utf8)
        var score = 0
        var at = 0
        var previous = -2
        for letter in needle where letter != 0x20 {
            guard let found = hay[at...].firstIndex(of: letter) else { return nil }
            score += found == previous + 1 ? 8 : 1
            if found == 0 || hay[found - 1] == 0x20 || hay[found - 1] == 0x2D { score += 4 }
            previous = found
            at = found + 1
        }
        return score * 1000 - hay.count
    }

    /// `text` folded as search folds it: lower case words without diacritics, one space between.
    public static func fold(_ text: String) -> String {
        var normalizer = TextNormalizer()
        return normalizer.words(in: text).joined(separator: " ")
    }
}
