import EssayKit

/// Makes suggested claims of the sentences no annotated claim covers: each a `Claim` with
/// `source: .suggested`, an id made from its words, a quote that anchors once, and the cues behind it.
public enum SuggestedClaims {
    /// The suggested claims of `sentences` (each with the index of its unit in `text`), in their
    /// order, with ids unlike `taken`; and for every sentence its suggested factors (for statements).
    public static func make(sentences: [(unit: Int, index: Int)], text: EssayText, essay: Essay, framework: Framework?,
                            subjects: [Subject], taken: Set<String>) -> (claims: [Claim], factors: [[FactorAssessment]]) {
        let suggester = ClaimSuggester(framework: framework, subjects: subjects)
        let texts = sentences.map { text.units[$0.unit].sentences[$0.index].text }
        // A paragraph some of whose sentences are not here holds an annotated claim.
        var perUnit: [Int: Int] = [:]
        for sentence in sentences { perUnit[sentence.unit, default: 0] += 1 }
        let annotated = Set(text.units.indices.filter { !text.units[$0].sentences.isEmpty && perUnit[$0, default: 0] < text.units[$0].sentences.count })
        let found = suggester.suggestionsAndWords(texts, units: sentences.map(\.unit), annotatedUnits: annotated)
        let chosen = found.indices.filter { found[$0] != nil }
        // A sentence that occurs more than once needs words around it to anchor once.
        let counts = text.occurrenceCounts(of: chosen.map { String(texts[$0]) })
        let anchorer = QuoteAnchorer(essay: essay, text: text)
        var ids = taken
        var claims: [Claim] = []
        claims.reserveCapacity(chosen.count)
        for (position, index) in chosen.enumerated() {
            guard let (suggestion, words) = found[index] else { continue }
            let (unitIndex, sentenceIndex) = sentences[index]
            let unit = text.units[unitIndex]
            let sentence = unit.sentences[sentenceIndex]
            let quote = counts[position] > 1
                ? QuoteContext.unique(in: unit.content.text, span: sentence.textRange, text: text) ?? TextQuote(exact: String(sentence.text))
                : TextQuote(exact: String(sentence.text))
            let id = ClaimIDMaker.make(words: words, taken: ids)
            ids.insert(id)
            let anchor = anchorer.anchor(unit: unitIndex, span: sentence.textRange)
            claims.append(Claim(id: id, kind: suggestion.kind, text: String(sentence.text), quote: quote, subject: suggestion.subject,
                                factors: suggestion.factors, relations: [], note: nil, anchor: anchor, declaration: sentence.range.start,
                                source: .suggested, suggestion: suggestion))
        }
        return (claims, found.map { $0?.suggestion.factors ?? [] })
    }
}
