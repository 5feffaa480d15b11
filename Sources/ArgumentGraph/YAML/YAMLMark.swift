import EssayKit

/// Where a YAML node is in its file: its line and column, and the UTF-8 bytes it spans.
struct YAMLMark: Hashable, Sendable {
    /// The node's first character, 1-based.
    var position: SourcePosition
    /// The offset of the node's first byte.
    var start: Int
    /// The offset just past the node's last byte (see `YAMLNode.span`).
    var end: Int
    /// Whether a mapping or sequence is written in flow style (`{...}`, `[...]`).
    var isFlow: Bool = false
}
