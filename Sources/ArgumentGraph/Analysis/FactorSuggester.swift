/// Suggests factors for text nobody annotated, from the framework's cue terms (its `cues` and
/// `contrary` ones), without stances; `ClaimSuggester` reads stances, kinds and subjects too.
///
/// A cue matches whole words, case-, accent- and punctuation-insensitively, as a run of words for a
/// multi-word cue (`those governed`, `a say`). What it suggests is always `source: .suggested`.
public struct FactorSuggester: Sendable {
    private let factorIDs: [String]
    /// For each cue the matcher knows, its factor and its text.
    private let cues: [(factor: Int, text: String)]
    private let matcher: CueMatcher

    public init(framework: Framework) {
        var cues: [(factor: Int, text: String)] = []
        for (index, factor) in framework.factors.enumerated() {
            for cue in factor.cues + factor.contrary { cues.append((index, cue)) }
        }
        factorIDs = framework.factors.map(\.id)
        self.cues = cues
        matcher = CueMatcher(cues.map(\.text))
    }

    /// The factors `text` suggests, in the framework's order.
    public func suggest(in text: String) -> [FactorAssessment] {
        suggest(in: [text])[0]
    }

    /// The factors each text suggests, in the framework's order, each with its matched cues in the
    /// order they occur in the text.
    public func suggest<Text: StringProtocol>(in texts: [Text]) -> [[FactorAssessment]] {
        matcher.matches(in: texts).map { found in
            var names = [[String]](repeating: [], count: factorIDs.count)
            for match in found {
                let cue = cues[match.cue]
                if !names[cue.factor].contains(cue.text) { names[cue.factor].append(cue.text) }
            }
            return names.enumerated().compactMap { index, cues in
                cues.isEmpty ? nil : FactorAssessment(factor: factorIDs[index], stance: nil, source: .suggested, cues: cues)
            }
        }
    }
}
