/// The claims and their relations in the Argument Interchange Format, as AIFdb and OVA exchange it.
///
/// Each claim is an I-node; each `supports` becomes an RA-node ("Default Inference") between the
/// two claims, each `attacks` or `rebuts` a CA-node ("Default Conflict"). Edges run premise → RA →
/// conclusion, attacker → CA → attacked. A `qualifies` limits or conditions a claim: in the AIF's
/// core ontology that is an exception, which attacks an inference rather than a proposition (an
/// undercutter: I-node → CA-node → RA-node). So each qualification is a CA-node ("Exception") from
/// the qualifying claim to every RA-node that infers the qualified claim, or, when nothing infers
/// it, to every RA-node that infers from it; a qualified claim in no inference at all has only
/// itself to attack, and the CA-node goes to its I-node.
///
/// I-nodes carry legit's own fields beside the AIF ones, which AIF readers pass over: the claim's
/// `claim` id, `kind`, `subject`, `factors` and `citations` (each footnote's works, resolved).
public struct AIFDocument: Encodable, Sendable {
    /// An AIF node.
    public struct Node: Encodable, Sendable, Hashable {
        public var nodeID: String
        public var text: String
        /// `I`, `RA` or `CA`.
        public var type: String
        public var timestamp: String
        /// An I-node's claim id.
        public var claim: String?
        /// An I-node's claim kind (`thesis`, `counterclaim` ...).
        public var kind: ClaimKind?
        /// An I-node's subject id.
        public var subject: String?
        /// An I-node's factors.
        public var factors: [FactorEntry]?
        /// An I-node's citations, footnote by footnote.
        public var citations: [CitationEntry]?
    }

    /// A factor on a claim: `stance` for annotated ones, `source` always.
    public struct FactorEntry: Encodable, Sendable, Hashable {
        public var factor: String
        public var stance: Stance?
        public var source: FactorAssessment.Source
    }

    /// A work a claim's footnote cites: the footnote's label, the work's id and title when resolved,
    /// the pinpoint, and the citation as written.
    public struct CitationEntry: Encodable, Sendable, Hashable {
        public var footnote: String
        public var authority: String?
        public var title: String?
        public var pinpoint: String?
        public var text: String
    }

    /// An AIF edge.
    public struct Edge: Encodable, Sendable, Hashable {
        public var edgeID: String
        public var fromID: String
        public var toID: String
    }

    public var nodes: [Node]
    public var edges: [Edge]
    public var locutions: [String]

    public init(map: ArgumentMap) {
        var nodes: [Node] = []
        var edges: [Edge] = []
        var ids: [String: String] = [:]
        func add(_ type: String, _ text: String) -> String {
            let id = String(nodes.count + 1)
            nodes.append(Node(nodeID: id, text: text, type: type, timestamp: ""))
            return id
        }
        func link(_ from: String, _ to: String) {
            edges.append(Edge(edgeID: String(edges.count + 1), fromID: from, toID: to))
        }
        for claim in map.claims {
            let id = add("I", claim.text)
            ids[claim.id] = id
            let index = nodes.count - 1
            nodes[index].claim = claim.id
            nodes[index].kind = claim.kind
            nodes[index].subject = claim.subject
            nodes[index].factors = claim.factors.map { FactorEntry(factor: $0.factor, stance: $0.stance, source: $0.source) }
            nodes[index].citations = map.citedWorks(of: claim.id).map { work in
                CitationEntry(footnote: work.footnote, authority: work.authority?.id, title: work.authority?.title,
                              pinpoint: work.pinpoint?.text, text: String(work.citation.text))
            }
        }
        // Inferences first, so that exceptions can name them: the RA-nodes into and out of each claim.
        var inferencesTo: [String: [String]] = [:]
        var inferencesFrom: [String: [String]] = [:]
        for claim in map.claims {
            for relation in claim.relations where relation.type == .supports {
                guard let from = ids[claim.id], let to = ids[relation.target] else { continue }
                let inference = add("RA", "Default Inference")
                link(from, inference)
                link(inference, to)
                inferencesTo[relation.target, default: []].append(inference)
                inferencesFrom[claim.id, default: []].append(inference)
            }
        }
        for claim in map.claims {
            for relation in claim.relations where relation.type != .supports {
                guard let from = ids[claim.id], let to = ids[relation.target] else { continue }
                if relation.type == .qualifies {
                    let exception = add("CA", "Exception")
                    link(from, exception)
                    let targets = inferencesTo[relation.target] ?? inferencesFrom[relation.target] ?? [to]
                    for target in targets { link(exception, target) }
                } else {
                    let conflict = add("CA", "Default Conflict")
                    link(from, conflict)
                    link(conflict, to)
                }
            }
        }
        self.nodes = nodes
        self.edges = edges
        self.locutions = []
    }
}
