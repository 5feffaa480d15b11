import ArgumentGraph
import EssayKit

extension ExplorerModel {
    /// The explorer's view of a loaded argument: claims (and statements with suggested factors) in
    /// reading order, the framework's factors, the scorecard, and ranked search.
    public init(loaded: ArgumentLoadResult, path: String) {
        let map = loaded.map
        let essay = map.essay
        var claims: [Claim] = map.claims.map { claim in
            Claim(id: claim.id, kind: claim.kind.rawValue, text: claim.text, subject: claim.subject,
                  factors: claim.factors.map(Self.stance),
                  block: ReadingBlockRef(section: claim.anchor.section, block: claim.anchor.block, item: claim.anchor.item),
                  textRange: claim.anchor.textRange, section: claim.section, footnotes: claim.footnotes,
                  relations: Dictionary(grouping: claim.relations, by: { $0.type.rawValue }).mapValues { $0.map(\.target) },
                  note: claim.note)
        }
        for statement in map.statements where !statement.factors.isEmpty {
            guard let sentence = essay.sentence(at: statement.locator) else { continue }
            let locator = statement.locator
            claims.append(Claim(id: statement.id, kind: "statement", text: String(statement.text), subject: nil,
                                factors: statement.factors.map(Self.stance),
                                block: ReadingBlockRef(section: locator.section, block: locator.block, item: locator.item),
                                textRange: sentence.textRange, section: locator.section, footnotes: statement.footnotes, relations: [:]))
        }
        claims.sort { ($0.block, $0.textRange.lowerBound) < ($1.block, $1.textRange.lowerBound) }

        var scorecard: [String: [String: ScorecardCell]] = [:]
        let card = Scorecard(map: map)
        for row in card.cells {
            for cell in row where !cell.entries.isEmpty {
                scorecard[cell.subject, default: [:]][cell.factor] = ScorecardCell(stance: cell.verdict?.rawValue, claims: cell.claims)
            }
        }
        let index = LazyValue { SearchIndex(map: map) }
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        let notices = errors.isEmpty ? [] : ["\(errors.count) problem\(errors.count == 1 ? "" : "s") in the annotations; run legit check"]
        self.init(essay: essay, path: path, claims: claims,
                  factors: (map.framework?.factors ?? []).map { Factor(id: $0.id, name: $0.name, badge: $0.badge) },
                  subjects: map.subjects.map { (id: $0.id, name: $0.name) }, scorecard: scorecard, claimsByAuthority: map.claimIDsByAuthority(),
                  rankedSearch: { query in
                      index.value.search(query, kinds: [.claim, .footnote, .authority], limit: 30).map { hit in
                          let target: SearchHit.Target = switch hit.kind {
                          case .claim: .claim(hit.id)
                          case .footnote: .footnote(hit.id)
                          case .authority, .statement: .authority(hit.id)
                          }
                          return SearchHit(target: target, title: "\(hit.kind.rawValue) \(hit.id): " + String(hit.text.prefix(70)))
                      }
                  },
                  notices: notices)
    }

    static func stance(_ assessment: FactorAssessment) -> FactorStance {
        FactorStance(factor: assessment.factor, stance: assessment.stance?.rawValue ?? "suggested",
                     suggested: assessment.source == .suggested)
    }
}
