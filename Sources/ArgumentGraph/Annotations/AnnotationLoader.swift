import EssayKit

/// Reads a sidecar annotation file (`X.claims.yaml`) and checks its shape.
///
/// What needs the framework or the essay (factor ids, subjects, relation targets, anchoring) is
/// checked by `AnnotationValidator` and `QuoteAnchorer`; this reads what the file alone can tell.
public enum AnnotationLoader {
    static let claimKeys: Set<String> = ["id", "kind", "quote", "subject", "factors", "supports", "attacks", "rebuts", "qualifies", "note"]

    /// Reads the annotation file at `path`; nil when it cannot be read or parsed at all.
    public static func load(path: String) -> (file: AnnotationFile?, diagnostics: [Diagnostic]) {
        switch YAMLSource.read(path: path) {
        case .failure(let failure):
            let message = "cannot read the annotation file: \(YAMLSource.describe(failure))"
            return (nil, [Diagnostic(.error, file: path, range: YAMLSource.range(of: failure), message: message)])
        case .success(let source):
            return load(source)
        }
    }

    /// Reads annotations from YAML text, as if read from `path`.
    public static func load(yaml: String, path: String) -> (file: AnnotationFile?, diagnostics: [Diagnostic]) {
        load(YAMLSource(path: path, text: yaml))
    }

    static func load(_ source: YAMLSource) -> (file: AnnotationFile?, diagnostics: [Diagnostic]) {
        let composed = source.compose()
        if let failure = composed.failure { return (nil, [failure]) }
        return read(composed.root, path: source.path)
    }

    /// Reads an annotation file from its composed root.
    static func read(_ node: YAMLNode?, path: String) -> (file: AnnotationFile?, diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink(file: path)
        guard let root = node, root.mapping != nil else {
            sink.error(node, "an annotation file must be a mapping with essay, framework, subjects and claims")
            return (nil, sink.diagnostics)
        }
        let entries = sink.entries(of: root, known: ["essay", "title", "framework", "subjects", "claims"], what: "the annotation file")
        var file = AnnotationFile(
            path: path,
            essay: sink.optionalString(entries, "essay", what: "the annotation file"),
            title: sink.optionalString(entries, "title", what: "the annotation file"),
            framework: sink.optionalString(entries, "framework", what: "the annotation file"),
            frameworkPosition: entries["framework"]?.value.position,
            subjects: readSubjects(entries["subjects"]?.value, sink: &sink),
            claims: [],
            essayPosition: entries["essay"]?.value.position)
        if let claims = entries["claims"]?.value, !claims.isNull {
            if let sequence = claims.sequence {
                file.claims = readClaims(sequence, sink: &sink)
            } else {
                sink.error(claims, "'claims' must be a list of claims, not \(claims.shapeName)")
            }
        } else {
            sink.warning(root, "the annotation file has no claims")
        }
        return (file, sink.diagnostics)
    }

    private static func readSubjects(_ node: YAMLNode?, sink: inout DiagnosticSink) -> [Subject] {
        guard let node, !node.isNull else { return [] }
        guard let sequence = node.sequence else {
            sink.error(node, "'subjects' must be a list of {id, name}, not \(node.shapeName)")
            return []
        }
        var subjects: [Subject] = []
        var firstLine: [String: Int] = [:]
        for item in sequence {
            guard item.mapping != nil else {
                sink.error(item, "a subject must be a mapping with id and name")
                continue
            }
            let fields = sink.entries(of: item, known: ["id", "name"], what: "a subject")
            guard let id = sink.requiredString(fields, "id", in: item, what: "a subject") else { continue }
            let idNode = fields["id"]?.value ?? item
            if let line = firstLine[id] {
                sink.error(idNode, "duplicate subject id \(quoted: id) (first declared on line \(line))")
                continue
            }
            firstLine[id] = idNode.position.line
            subjects.append(Subject(id: id, name: sink.optionalString(fields, "name", what: "subject \(quoted: id)") ?? id))
        }
        return subjects
    }

    static func readClaims(_ sequence: [YAMLNode], sink: inout DiagnosticSink) -> [ClaimAnnotation] {
        var claims: [ClaimAnnotation] = []
        var firstLine: [String: Int] = [:]
        for item in sequence {
            guard item.mapping != nil else {
                sink.error(item, "a claim must be a mapping with id, kind and quote, not \(item.shapeName)")
                continue
            }
            let fields = sink.entries(of: item, known: claimKeys, what: "a claim")
            guard let id = sink.requiredString(fields, "id", in: item, what: "a claim") else { continue }
            let idNode = fields["id"]?.value ?? item
            if let line = firstLine[id] {
                sink.error(idNode, "duplicate claim id \(quoted: id) (first declared on line \(line))")
                continue
            }
            firstLine[id] = idNode.position.line
            let what = "claim \(quoted: id)"
            var kind = ClaimKind.claim
            if let name = sink.requiredString(fields, "kind", in: item, what: what) {
                if let known = ClaimKind(rawValue: name) {
                    kind = known
                } else {
                    let kinds = ClaimKind.allCases.map(\.rawValue).joined(separator: ", ")
                    sink.error(fields["kind"]?.value, "unknown kind \(quoted: name) for \(what); use one of \(kinds)")
                }
            }
            guard let (quote, quoteRange) = readQuote(fields["quote"], owner: item, what: what, sink: &sink) else { continue }
            var relations: [ClaimAnnotation.RelationEntry] = []
            for type in RelationType.allCases {
                for (target, node) in sink.stringList(fields, type.rawValue, what: what) {
                    relations.append(ClaimAnnotation.RelationEntry(type: type, target: target, position: node.position))
                }
            }
            claims.append(ClaimAnnotation(
                id: id, kind: kind, quote: quote,
                subject: sink.optionalString(fields, "subject", what: what),
                factors: readFactors(fields["factors"]?.value, what: what, sink: &sink),
                relations: relations,
                note: sink.optionalString(fields, "note", what: what),
                position: item.position, quoteRange: quoteRange,
                subjectPosition: fields["subject"]?.value.position))
        }
        return claims
    }

    private static func readQuote(_ entry: (key: YAMLNode, value: YAMLNode)?, owner: YAMLNode, what: String,
                                  sink: inout DiagnosticSink) -> (TextQuote, SourceRange)? {
        guard let entry else {
            sink.error(owner, "\(what) has no 'quote' to anchor it in the essay")
            return nil
        }
        let node = entry.value
        if let exact = node.text {
            guard !exact.isBlank else {
                sink.error(node, "\(what) has an empty quote")
                return nil
            }
            return (TextQuote(exact: exact), node.range)
        }
        guard node.mapping != nil else {
            sink.error(node, "the quote of \(what) must be a string or {exact, prefix, suffix}, not \(node.shapeName)")
            return nil
        }
        let fields = sink.entries(of: node, known: ["exact", "prefix", "suffix"], what: "the quote of \(what)")
        guard let exact = sink.requiredString(fields, "exact", in: node, what: "the quote of \(what)") else { return nil }
        let quote = TextQuote(exact: exact,
                              prefix: sink.optionalString(fields, "prefix", what: "the quote of \(what)").flatMap { $0.isEmpty ? nil : $0 },
                              suffix: sink.optionalString(fields, "suffix", what: "the quote of \(what)").flatMap { $0.isEmpty ? nil : $0 })
        return (quote, fields["exact"]?.value.range ?? node.range)
    }

    private static func readFactors(_ node: YAMLNode?, what: String, sink: inout DiagnosticSink) -> [ClaimAnnotation.FactorEntry] {
        guard let node, !node.isNull else { return [] }
        guard let sequence = node.sequence else {
            sink.error(node, "'factors' of \(what) must be a list of {factor, stance}, not \(node.shapeName)")
            return []
        }
        var result: [ClaimAnnotation.FactorEntry] = []
        for item in sequence {
            guard item.mapping != nil else {
                sink.error(item, "\(what) lists a factor that is not a {factor, stance} mapping")
                continue
            }
            let fields = sink.entries(of: item, known: ["factor", "stance"], what: "a factor of \(what)")
            guard let factor = sink.requiredString(fields, "factor", in: item, what: "a factor of \(what)"),
                  let stanceName = sink.requiredString(fields, "stance", in: item, what: "factor \(quoted: factor) of \(what)")
            else { continue }
            guard let stance = Stance(rawValue: stanceName) else {
                let stances = Stance.allCases.map(\.rawValue).joined(separator: ", ")
                sink.error(fields["stance"]?.value, "unknown stance \(quoted: stanceName) for factor \(quoted: factor) of \(what); use one of \(stances)")
                continue
            }
            if result.contains(where: { $0.factor == factor }) {
                sink.error(fields["factor"]?.value, "\(what) lists the factor \(quoted: factor) twice")
                continue
            }
            result.append(ClaimAnnotation.FactorEntry(factor: factor, stance: stance, position: (fields["factor"]?.value ?? item).position))
        }
        return result
    }
}
