import EssayKit

/// A YAML value as the annotation and framework readers see it: every scalar a string, with where it
/// starts and the bytes it spans, so that an editor can replace exactly its text.
enum YAMLNode {
    /// How a scalar was written, which decides whether `~` or an empty value means null.
    enum Style {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    case scalar(String, Style, YAMLMark)
    case mapping([(key: YAMLNode, value: YAMLNode)], YAMLMark)
    case sequence([YAMLNode], YAMLMark)

    /// Where the node is in its file.
    var mark: YAMLMark {
        switch self {
        case .scalar(_, _, let mark), .mapping(_, let mark), .sequence(_, let mark): mark
        }
    }

    /// Where the node starts in its file.
    var position: SourcePosition { mark.position }

    /// The node's UTF-8 bytes in its file: a scalar with its quotes or block indicator, a flow
    /// collection with its brackets, a block collection from its first child to the end of its last.
    var span: Range<Int> { mark.start..<mark.end }

    /// The scalar's style, or nil for a collection.
    var style: Style? {
        if case .scalar(_, let style, _) = self { return style }
        return nil
    }

    /// The mapping's entries in file order, or nil for another kind of node.
    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let entries, _) = self { return entries }
        return nil
    }

    /// The sequence's items, or nil for another kind of node.
    var sequence: [YAMLNode]? {
        if case .sequence(let items, _) = self { return items }
        return nil
    }

    /// The node's extent as far as it is known: a one-line scalar's full width, else its start.
    var range: SourceRange {
        let start = position
        guard case .scalar(let value, let style, _) = self else { return SourceRange(start: start, end: start) }
        // Columns count scalars: every UTF-8 byte that does not continue a scalar starts one.
        var width = 0
        var multiline = false
        for byte in value.utf8 {
            if byte == 0x0A { multiline = true }
            if byte & 0xC0 != 0x80 { width += 1 }
        }
        guard !multiline else { return SourceRange(start: start, end: start) }
        let quotes = style == .singleQuoted || style == .doubleQuoted ? 2 : 0
        return SourceRange(start: start, end: SourcePosition(line: start.line, column: start.column + width + quotes))
    }

    /// Whether the node is a null scalar (`~`, `null`, or nothing at all).
    var isNull: Bool {
        guard case .scalar(let value, let style, _) = self, style == .plain else { return false }
        return value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL"
    }

    /// The scalar's text, or nil for a sequence, a mapping or a null.
    var text: String? {
        guard case .scalar(let value, _, _) = self, !isNull else { return nil }
        return value
    }

    /// What kind of YAML value the node is, for messages.
    var shapeName: String {
        switch self {
        case .scalar: isNull ? "nothing" : "a string"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
