/// The claims and their relations in the Argument Interchange Format, as AIFdb and OVA exchange it.
///
/// Each claim is an I-node; each `supports` becomes an RA-node ("Default Inference") between the
/// two claims, each `attacks` or `rebuts` a CA-node ("Default Conflict"), each `qualifies` a
/// CA-node named "Qualification". Edges run premise → RA → conclusion, attacker → CA → attacked.
public struct AIFDocument: Encodable, Sendable {
    /// An AIF node.
    public struct Node: Encodable, Sendable, Hashable {
        public var nodeID: String
        public var text: String
        /// `I`, `RA` or `CA`.
        public var type: String
        public var timestamp: String
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
        for claim in map.claims {
            let id = String(nodes.count + 1)
            ids[claim.id] = id
            nodes.append(Node(nodeID: id, text: claim.text, type: "I", timestamp: ""))
        }
        for claim in map.claims {
            for relation in claim.relations {
                guard let from = ids[claim.id], let to = ids[relation.target] else { continue }
                let id = String(nodes.count + 1)
                let (type, text): (String, String) = switch relation.type {
                case .supports: ("RA", "Default Inference")
                case .attacks, .rebuts: ("CA", "Default Conflict")
                case .qualifies: ("CA", "Qualification")
                }
                nodes.append(Node(nodeID: id, text: text, type: type, timestamp: ""))
                edges.append(Edge(edgeID: String(edges.count + 1), fromID: from, toID: id))
                edges.append(Edge(edgeID: String(edges.count + 1), fromID: id, toID: to))
            }
        }
        self.nodes = nodes
        self.edges = edges
        self.locutions = []
    }
}
