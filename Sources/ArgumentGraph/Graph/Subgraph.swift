/// A part of the argument graph: some nodes and the edges among them.
public struct Subgraph: Hashable, Sendable {
    /// The nodes, with how many steps each is from where the walk started.
    public var nodes: [NodeID: Int]
    public var edges: [Edge]

    public init(nodes: [NodeID: Int], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }
}
