import EssayKit

/// Writes the whole argument graph as GraphML: every node and edge, with their kinds and texts.
public enum GraphMLExporter {
    private static let nodeKeys: [(id: String, name: String)] = [
        ("kind", "kind"), ("label", "label"), ("text", "text"), ("claimKind", "claimKind"), ("section", "section"),
        ("subject", "subject"), ("factors", "factors"), ("line", "line"),
    ]
    private static let edgeKeys: [(id: String, name: String)] = [
        ("type", "type"), ("stance", "stance"), ("edgeSubject", "subject"), ("pinpoint", "pinpoint"),
    ]

    /// The GraphML text of `map`.
    public static func export(_ map: ArgumentMap) -> String {
        var text = ""
        write(map) { text += $0 }
        return text
    }

    /// The GraphML text of several essays' maps in one document: one `<graph>` per essay, its id
    /// the essay's name, and every node and edge id prefixed by that name and a slash, since GraphML
    /// ids are unique across a document.
    public static func export(_ maps: [(name: String, map: ArgumentMap)]) -> String {
        var text = ""
        write(maps) { text += $0 }
        return text
    }

    /// Hands the GraphML of `map` to `emit` a node or edge at a time, in time linear in the graph.
    public static func write(_ map: ArgumentMap, to emit: (String) throws -> Void) rethrows {
        try emit(header())
        try graph(map, id: "argument", prefix: "", to: emit)
        try emit(footer)
    }

    /// Hands the GraphML of several essays' maps to `emit`, as `export(_:)` makes it.
    public static func write(_ maps: [(name: String, map: ArgumentMap)], to emit: (String) throws -> Void) rethrows {
        try emit(header())
        for (name, map) in maps { try graph(map, id: name, prefix: name + "/", to: emit) }
        try emit(footer)
    }

    private static func header() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for key in nodeKeys {
            out += "  <key id=\"\(key.id)\" for=\"node\" attr.name=\"\(key.name)\" attr.type=\"string\"/>\n"
        }
        for key in edgeKeys {
            out += "  <key id=\"\(key.id)\" for=\"edge\" attr.name=\"\(key.name)\" attr.type=\"string\"/>\n"
        }
        return out
    }

    private static let footer = "</graphml>\n"

    private static func graph(_ map: ArgumentMap, id: String, prefix: String, to emit: (String) throws -> Void) rethrows {
        try emit("  <graph id=\"\(escape(id))\" edgedefault=\"directed\">\n")
        // Statements by sentence, looked up once each rather than searched for every sentence node.
        var statements: [SentenceLocator: Int] = [:]
        statements.reserveCapacity(map.statements.count)
        for (index, statement) in map.statements.enumerated() { statements[statement.locator] = index }
        for node in map.nodes {
            var out = "    <node id=\"\(escape(prefix + node.description))\">\n"
            for (key, value) in data(for: node, in: map, statements: statements) where !value.isEmpty {
                out += "      <data key=\"\(key)\">\(escape(value))</data>\n"
            }
            out += "    </node>\n"
            try emit(out)
        }
        for (index, edge) in map.edges.enumerated() where map.contains(edge.from) && map.contains(edge.to) {
            var out = "    <edge id=\"\(escape(prefix))e\(index)\" source=\"\(escape(prefix + edge.from.description))\" "
            out += "target=\"\(escape(prefix + edge.to.description))\">\n"
            out += "      <data key=\"type\">\(edge.type.rawValue)</data>\n"
            if let stance = edge.stance { out += "      <data key=\"stance\">\(stance.rawValue)</data>\n" }
            if let subject = edge.subject { out += "      <data key=\"edgeSubject\">\(escape(subject))</data>\n" }
            if let pinpoint = edge.pinpoint { out += "      <data key=\"pinpoint\">\(escape(pinpoint.text))</data>\n" }
            out += "    </edge>\n"
            try emit(out)
        }
        try emit("  </graph>\n")
    }

    private static func data(for node: NodeID, in map: ArgumentMap, statements: [SentenceLocator: Int]) -> [(String, String)] {
        var fields: [(String, String)] = [("kind", node.kind.rawValue), ("label", map.label(of: node))]
        switch node {
        case .claim(let id):
            guard let claim = map.claim(id) else { break }
            fields += [("text", claim.text), ("claimKind", claim.kind.rawValue), ("section", String(claim.section)),
                       ("subject", claim.subject ?? ""), ("factors", factorList(claim.factors)), ("line", String(claim.range.start.line))]
        case .sentence(let locator):
            let statement = statements[locator].map { map.statements[$0] }
            fields += [("text", statement.map { String($0.text) } ?? ""), ("section", String(locator.section)),
                       ("factors", factorList(statement?.factors ?? [])), ("line", statement.map { String($0.range.start.line) } ?? "")]
        case .footnote, .factor:
            fields.append(("text", map.text(of: node)))
        default:
            break
        }
        return fields
    }

    /// Whether a UTF-8 byte may start something `escape` changes: a special character, a control
    /// character, or the lead byte of U+FFFE and U+FFFF (and of U+D800–U+DFFF, which Swift strings never hold).
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0xEF: true
        default: false
        }
    }

    private static func factorList(_ factors: [FactorAssessment]) -> String {
        factors.map { assessment in
            assessment.factor + ":" + (assessment.stance?.rawValue ?? assessment.source.rawValue)
        }.joined(separator: " ")
    }

    /// Escapes XML's special characters and drops characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: needsEscape) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let value = scalar.value
                let allowed = value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
                    || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
                if allowed { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
