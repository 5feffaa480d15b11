import EssayKit

/// Reads a framework file (`frameworks/caron-1993.yaml`) into a `Framework`, with located diagnostics.
public enum FrameworkLoader {
    /// Reads and checks the framework at `path`; the framework is nil when it is unusable.
    public static func load(path: String) -> (framework: Framework?, diagnostics: [Diagnostic]) {
        switch YAMLSource.read(path: path) {
        case .failure(let failure):
            let message = "cannot read the framework file: \(YAMLSource.describe(failure))"
            return (nil, [Diagnostic(.error, file: path, range: YAMLSource.range(of: failure), message: message)])
        case .success(let source):
            return load(source)
        }
    }

    /// Reads a framework from YAML text, as if read from `path`.
    public static func load(yaml: String, path: String) -> (framework: Framework?, diagnostics: [Diagnostic]) {
        load(YAMLSource(path: path, text: yaml))
    }

    static func load(_ source: YAMLSource) -> (framework: Framework?, diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink(file: source.path)
        if source.isBlank {
            sink.add(.error, YAMLSource.origin, "the framework file is empty; it needs an id, a name and a list of factors")
            return (nil, sink.diagnostics)
        }
        let root: YAMLNode
        let composed = source.compose()
        if let failure = composed.failure { return (nil, [failure]) }
        do {
            let node = composed.root
            guard let node, node.mapping != nil else {
                sink.error(node, "a framework file must be a mapping with id, name, stances and factors")
                return (nil, sink.diagnostics)
            }
            root = node
        }
        let entries = sink.entries(of: root, known: ["id", "name", "source", "stances", "factors", "context"], what: "the framework")
        let id = sink.requiredString(entries, "id", in: root, what: "the framework")
        let name = sink.optionalString(entries, "name", what: "the framework")
        let sourceText = sink.optionalString(entries, "source", what: "the framework")
        let stances = readStances(entries["stances"]?.value, sink: &sink)
        let factors = readFactors(entries["factors"], root: root, sink: &sink)
        guard let id, !factors.isEmpty else { return (nil, sink.diagnostics) }
        let context = sink.stringList(entries, "context", what: "the framework").map(\.0).filter { !$0.isEmpty }
        let framework = Framework(id: id, name: name ?? id, source: sourceText, stances: stances, factors: factors, context: context,
                                  path: source.path)
        return (framework, sink.diagnostics)
    }

    private static func readStances(_ node: YAMLNode?, sink: inout DiagnosticSink) -> [StanceDefinition] {
        guard let node, !node.isNull else { return [] }
        guard let sequence = node.sequence else {
            sink.error(node, "the framework's 'stances' must be a list of {id, name}")
            return []
        }
        var result: [StanceDefinition] = []
        for item in sequence {
            let fields = sink.entries(of: item, known: ["id", "name"], what: "a stance")
            guard item.mapping != nil, let id = sink.requiredString(fields, "id", in: item, what: "a stance") else {
                if item.mapping == nil { sink.error(item, "a stance must be a mapping with id and name") }
                continue
            }
            guard let stance = Stance(rawValue: id) else {
                let known = Stance.allCases.map(\.rawValue).joined(separator: ", ")
                sink.error(fields["id"]?.value ?? item, "unknown stance \(quoted: id); legit knows \(known)")
                continue
            }
            if result.contains(where: { $0.stance == stance }) {
                sink.error(fields["id"]?.value ?? item, "the stance \(quoted: id) is listed twice")
                continue
            }
            result.append(StanceDefinition(stance: stance, name: sink.optionalString(fields, "name", what: "a stance") ?? stance.defaultName))
        }
        return result
    }

    private static func readFactors(_ entry: (key: YAMLNode, value: YAMLNode)?, root: YAMLNode, sink: inout DiagnosticSink) -> [Factor] {
        guard let entry else {
            sink.error(root, "the framework has no 'factors'")
            return []
        }
        guard let sequence = entry.value.sequence, !sequence.isEmpty else {
            sink.error(entry.value, "the framework's 'factors' must be a non-empty list")
            return []
        }
        var factors: [Factor] = []
        var firstLine: [String: Int] = [:]
        let known: Set<String> = ["id", "name", "badge", "summary", "words", "footnote", "cues", "contrary"]
        for item in sequence {
            guard item.mapping != nil else {
                sink.error(item, "a factor must be a mapping with id, name, summary and cues")
                continue
            }
            let fields = sink.entries(of: item, known: known, what: "a factor")
            guard let id = sink.requiredString(fields, "id", in: item, what: "a factor") else { continue }
            let idNode = fields["id"]?.value ?? item
            if let line = firstLine[id] {
                sink.error(idNode, "duplicate factor id \(quoted: id) (first declared on line \(line))")
                continue
            }
            firstLine[id] = idNode.position.line
            let name = sink.optionalString(fields, "name", what: "factor \(quoted: id)") ?? id
            let badge = sink.optionalString(fields, "badge", what: "factor \(quoted: id)") ?? String(name.prefix(1)).uppercased()
            let cues = sink.stringList(fields, "cues", what: "factor \(quoted: id)").map(\.0).filter { !$0.isEmpty }
            let contrary = sink.stringList(fields, "contrary", what: "factor \(quoted: id)").map(\.0).filter { !$0.isEmpty }
            factors.append(Factor(
                id: id, name: name, badge: badge,
                summary: sink.optionalString(fields, "summary", what: "factor \(quoted: id)") ?? "",
                words: sink.optionalString(fields, "words", what: "factor \(quoted: id)"),
                footnote: sink.optionalString(fields, "footnote", what: "factor \(quoted: id)"),
                cues: cues, position: item.position, contrary: contrary))
        }
        return factors
    }
}
