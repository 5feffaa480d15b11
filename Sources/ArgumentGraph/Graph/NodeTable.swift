import EssayKit

/// Finds a node's index in the graph from its id, kind by kind, with the tables the builder keeps
/// anyway, instead of hashing every node id into one dictionary.
struct NodeTable: Sendable {
    var essay = 0
    var sections: [Int] = []
    var paragraphs: [[Int]] = []
    var claims: [String: Int] = [:]
    var sentences: [SentenceLocator: Int] = [:]
    var footnotes: [String: Int] = [:]
    var authorities: [String: Int] = [:]
    var factors: [String: Int] = [:]
    var subjects: [String: Int] = [:]

    /// The index of `node`, or nil when the graph has no such node.
    func index(of node: NodeID) -> Int? {
        switch node {
        case .essay: return essay
        case .section(let index): return sections.indices.contains(index) ? sections[index] : nil
        case .paragraph(let section, let block):
            guard paragraphs.indices.contains(section), paragraphs[section].indices.contains(block) else { return nil }
            return paragraphs[section][block]
        case .sentence(let locator): return sentences[locator]
        case .claim(let id): return claims[id]
        case .footnote(let label): return footnotes[label]
        case .authority(let id): return authorities[id]
        case .factor(let id): return factors[id]
        case .subject(let id): return subjects[id]
        }
    }
}
