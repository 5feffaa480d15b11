import ArgumentGraph
import EssayKit

extension ExplorerModel {
    /// The explorer's view of a loaded argument: claims (and sentences with suggested factors) in
    /// reading order, the framework, the scorecard, and search.
    public init(loaded: ArgumentLoadResult, path: String) {
        let map = loaded.map
        let essay = map.essay
        var claims: [Claim] = map.claims.map { claim in
            Claim(id: claim.id, kind: claim.kind, text: claim.text, subject: claim.subject, factors: claim.factors,
                  block: ReadingBlockRef(section: claim.anchor.section, block: claim.anchor.block, item: claim.anchor.item),
                  textRange: claim.anchor.textRange, section: claim.section, footnotes: claim.footnotes,
                  relations: claim.relations, note: claim.note)
        }
        // Suggested claims, marked as suggested; a sentence whose words suggest factors but no claim
        // still shows its factors.
        var suggested: Set<SentenceLocator> = []
        for claim in map.suggestions {
            suggested.formUnion(claim.anchor.sentences)
            claims.append(Claim(id: claim.id, kind: claim.kind, text: claim.text, subject: claim.subject, factors: claim.factors,
                                block: ReadingBlockRef(section: claim.anchor.section, block: claim.anchor.block, item: claim.anchor.item),
                                textRange: claim.anchor.textRange, section: claim.section, footnotes: claim.footnotes,
                                relations: claim.relations, note: claim.note, isSuggested: true, suggestion: claim.suggestion))
        }
        for statement in map.statements where !statement.factors.isEmpty && !suggested.contains(statement.locator) {
            guard let sentence = essay.sentence(at: statement.locator) else { continue }
            claims.append(Claim(id: statement.id, kind: nil, text: String(statement.text), subject: nil, factors: statement.factors,
                                block: ReadingBlockRef(statement.locator), textRange: sentence.textRange, section: statement.section,
                                footnotes: statement.footnotes, relations: []))
        }
        claims.sort { $0.start < $1.start }
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        let notices = errors.isEmpty ? [] : ["\(errors.count) problem\(errors.count == 1 ? "" : "s") in the annotations; run legit check"]
        self.init(essay: essay, path: path, claims: claims, framework: map.framework, subjects: map.subjects,
                  scorecard: map.framework == nil ? nil : Scorecard(map: map), claimsByAuthority: map.claimIDsByAuthority(),
                  search: EssaySearch(map: map), notices: notices)
    }
}
