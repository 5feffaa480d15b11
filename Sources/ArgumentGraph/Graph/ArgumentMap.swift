import EssayKit

/// The argument graph of one essay: its structure, claims, plain statements, footnotes, authorities,
/// the framework's factors and the subjects assessed, joined by typed edges.
///
/// Build one with `ArgumentLoader.load(essay:annotationsPath:frameworkPath:)`. The map is an
/// immutable value; queries are in extensions (`claims(matching:)`, `neighbourhood(of:steps:)`,
/// `citedWorks(of:)`), and `Scorecard`, `AuditReport`, `SearchIndex` and the exporters read it.
public struct ArgumentMap: Sendable {
    public let essay: Essay
    /// The framework whose factors the claims assess; nil when none could be found.
    public let framework: Framework?
    /// The annotation file's path, when there is one.
    public let annotationsPath: String?
    /// The institutions the annotations declare, in their order.
    public let subjects: [Subject]
    /// The anchored claims, in the annotation file's order.
    public let claims: [Claim]
    /// Claims suggested by the words of sentences no annotated claim covers, in reading order:
    /// `source: .suggested`, each on one sentence, with the cues behind it. They stay out of the
    /// graph's nodes and edges, the scorecard and the audit until a reader annotates them.
    public let suggestions: [Claim]
    /// The sentences no annotated claim covers, in reading order (a suggestion's sentence among them).
    public let statements: [Statement]
    /// Every node, in a stable order: essay, sections, paragraphs, claims and sentences, footnotes,
    /// authorities, factors, subjects.
    public let nodes: [NodeID]
    public let edges: [Edge]

    let claimIndex: [String: Int]
    let table: NodeTable
    /// Edge indices by node, compressed: node `n`'s outgoing edges are
    /// `outgoingEdges[outgoingStart[n]..<outgoingStart[n + 1]]`, and likewise incoming.
    let outgoingStart: [Int]
    let outgoingEdges: [Int]
    let incomingStart: [Int]
    let incomingEdges: [Int]

    let suggestionIndex: [String: Int]

    init(essay: Essay, framework: Framework?, annotationsPath: String?, subjects: [Subject], claims: [Claim], suggestions: [Claim],
         statements: [Statement], nodes: [NodeID], edges: [Edge], ends: [(from: Int, to: Int)], table: NodeTable) {
        self.essay = essay
        self.framework = framework
        self.annotationsPath = annotationsPath
        self.subjects = subjects
        self.claims = claims
        self.suggestions = suggestions
        self.statements = statements
        self.nodes = nodes
        self.edges = edges
        var claimIndex: [String: Int] = [:]
        claimIndex.reserveCapacity(claims.count)
        for (index, claim) in claims.enumerated() { claimIndex[claim.id] = index }
        var suggestionIndex: [String: Int] = [:]
        for (index, claim) in suggestions.enumerated() { suggestionIndex[claim.id] = index }
        self.suggestionIndex = suggestionIndex
        (outgoingStart, outgoingEdges) = Self.compress(ends.map(\.from), nodes: nodes.count)
        (incomingStart, incomingEdges) = Self.compress(ends.map(\.to), nodes: nodes.count)
        self.claimIndex = claimIndex
        self.table = table
    }

    /// Groups edge indices by the node at one of their ends (a counting sort).
    private static func compress(_ ends: [Int], nodes: Int) -> (starts: [Int], edges: [Int]) {
        var starts = [Int](repeating: 0, count: nodes + 1)
        for node in ends { starts[node + 1] += 1 }
        for node in 0..<nodes { starts[node + 1] += starts[node] }
        var next = starts
        var edges = [Int](repeating: 0, count: ends.count)
        for (edge, node) in ends.enumerated() {
            edges[next[node]] = edge
            next[node] += 1
        }
        return (starts, edges)
    }

    func outgoing(_ node: Int) -> ArraySlice<Int> { outgoingEdges[outgoingStart[node]..<outgoingStart[node + 1]] }
    func incoming(_ node: Int) -> ArraySlice<Int> { incomingEdges[incomingStart[node]..<incomingStart[node + 1]] }

    /// The annotated claim with id `id`.
    public func claim(_ id: String) -> Claim? {
        claimIndex[id].map { claims[$0] }
    }

    /// The suggested claim with id `id`.
    public func suggestion(_ id: String) -> Claim? {
        suggestionIndex[id].map { suggestions[$0] }
    }

    /// The subject with id `id`.
    public func subject(_ id: String) -> Subject? {
        subjects.first { $0.id == id }
    }

    /// Whether the graph has node `node`.
    public func contains(_ node: NodeID) -> Bool {
        table.index(of: node) != nil
    }

    /// The edges leaving `node`, optionally of one type.
    public func edges(from node: NodeID, type: EdgeType? = nil) -> [Edge] {
        guard let index = table.index(of: node) else { return [] }
        return outgoing(index).map { edges[$0] }.filter { type == nil || $0.type == type }
    }

    /// The edges arriving at `node`, optionally of one type.
    public func edges(to node: NodeID, type: EdgeType? = nil) -> [Edge] {
        guard let index = table.index(of: node) else { return [] }
        return incoming(index).map { edges[$0] }.filter { type == nil || $0.type == type }
    }

    /// The display title of section `index` (`II. INTERNET GOVERNANCE ...`, `Introduction`).
    public func sectionTitle(_ index: Int) -> String {
        essay.sections.indices.contains(index) ? essay.sections[index].displayTitle : "Section \(index)"
    }

    /// A short human label for `node`: a claim's id, a footnote's number, an authority's title.
    public func label(of node: NodeID) -> String {
        switch node {
        case .essay: return essay.title
        case .section(let index): return sectionTitle(index)
        case .paragraph(let section, let block):
            let kind = essay.sections.indices.contains(section) && essay.sections[section].blocks.indices.contains(block)
                ? essay.sections[section].blocks[block].kind.rawValue : "block"
            return "\(kind) \(block + 1) of \(sectionTitle(section))"
        case .sentence(let locator): return essay.sentence(at: locator).map { String($0.text) } ?? locator.description
        case .claim(let id): return id
        case .footnote(let label): return label == "*" ? "author's note" : "note \(label)"
        case .authority(let id): return essay.authority(id)?.title ?? id
        case .factor(let id): return framework?.factor(id)?.name ?? id
        case .subject(let id): return subject(id)?.name ?? id
        }
    }

    /// The text a node carries: a claim's or sentence's text, a footnote's, an authority's title.
    public func text(of node: NodeID) -> String {
        switch node {
        case .claim(let id): return claim(id)?.text ?? id
        case .sentence(let locator): return essay.sentence(at: locator).map { String($0.text) } ?? ""
        case .footnote(let label): return essay.footnote(label)?.content.text ?? ""
        case .factor(let id): return framework?.factor(id)?.summary ?? id
        default: return label(of: node)
        }
    }
}
