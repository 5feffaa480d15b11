import EssayKit

/// The language of argument suggestions read, beside a framework's factor cues: what makes a
/// sentence a counterclaim, a conclusion or a question, and which words deny, limit or affirm what
/// it says of a factor. Data, from `Data/argument-cues.yaml`, compiled in.
public struct ArgumentCues: Hashable, Sendable {
    /// Words that open a citation or a note, not a claim (`See`, `Cf.`, `Id.`).
    public var citations: [String]
    /// Cues for claim kinds, in the file's order: a sentence takes the first kind whose cue it has.
    public var kinds: [(kind: ClaimKind, cues: [String])]
    /// Words that deny a cue up to six words after them (`^` ones: the whole sentence).
    public var negation: [String]
    /// Words that deny a cue up to six words before them (`nonexistent`).
    public var negationAfter: [String]
    /// Words that limit what they qualify: partly met.
    public var limitation: [String]
    /// Words that affirm a cue up to six words after them: met.
    public var affirmation: [String]

    public static func == (lhs: ArgumentCues, rhs: ArgumentCues) -> Bool {
        lhs.citations == rhs.citations && lhs.kinds.map(\.kind) == rhs.kinds.map(\.kind) && lhs.kinds.map(\.cues) == rhs.kinds.map(\.cues) && lhs.negation == rhs.negation
            && lhs.negationAfter == rhs.negationAfter && lhs.limitation == rhs.limitation && lhs.affirmation == rhs.affirmation
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kinds.map(\.kind))
        hasher.combine(negation)
    }

    /// The cues compiled into legit.
    public static let builtIn: ArgumentCues = {
        let (cues, diagnostics) = load(yaml: EmbeddedData.argumentCues, path: "built-in:argument-cues.yaml")
        // The text is checked by a test against Data/argument-cues.yaml, which reads clean.
        guard let cues, diagnostics.isEmpty else { preconditionFailure("the built-in cues do not load: \(diagnostics.map(\.description))") }
        return cues
    }()

    /// Reads cues from YAML text, as if from `path`.
    public static func load(yaml: String, path: String) -> (cues: ArgumentCues?, diagnostics: [Diagnostic]) {
        let source = YAMLSource(path: path, text: yaml)
        let composed = source.compose()
        if let failure = composed.failure { return (nil, [failure]) }
        var sink = DiagnosticSink(file: path)
        guard let root = composed.root, root.mapping != nil else {
            sink.error(composed.root, "a cue file must be a mapping with kinds and stances")
            return (nil, sink.diagnostics)
        }
        let entries = sink.entries(of: root, known: ["citations", "kinds", "stances"], what: "the cue file")
        var kinds: [(kind: ClaimKind, cues: [String])] = []
        if let node = entries["kinds"]?.value {
            let names = Set(ClaimKind.allCases.map(\.rawValue))
            let fields = sink.entries(of: node, known: names, what: "the cue file's kinds")
            for (name, key, _) in fields.entries {
                guard let kind = ClaimKind(rawValue: name) else {
                    sink.error(key, "unknown kind '\(name)'")
                    continue
                }
                kinds.append((kind, sink.stringList(fields, name, what: "kind '\(name)'").map(\.0)))
            }
        }
        var cues = ArgumentCues(citations: sink.stringList(entries, "citations", what: "citations").map(\.0), kinds: kinds, negation: [],
                                negationAfter: [], limitation: [], affirmation: [])
        if let node = entries["stances"]?.value {
            let fields = sink.entries(of: node, known: ["negation", "negationAfter", "limitation", "affirmation"], what: "the cue file's stances")
            cues.negation = sink.stringList(fields, "negation", what: "negation").map(\.0)
            cues.negationAfter = sink.stringList(fields, "negationAfter", what: "negationAfter").map(\.0)
            cues.limitation = sink.stringList(fields, "limitation", what: "limitation").map(\.0)
            cues.affirmation = sink.stringList(fields, "affirmation", what: "affirmation").map(\.0)
        }
        return (cues, sink.diagnostics)
    }
}
