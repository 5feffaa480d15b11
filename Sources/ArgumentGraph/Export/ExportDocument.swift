import EssayKit

/// The JSON export of an argument map, and the records the `--json` outputs share.
///
/// Shape: `{"essay": {"title", "author", "doi", "path" (several essays only)}, "framework", "subjects", "sections", "claims",
/// "suggestions", "statements", "footnotes", "authorities", "edges"}`; see docs/argument-graph.md.
public struct ExportDocument: Encodable, Sendable {
    /// The essay's front matter.
    public struct EssayInfo: Encodable, Sendable {
        public var title: String
        public var author: String?
        public var doi: String?
        /// The essay file's path: set when several essays are exported together, absent otherwise.
        public var path: String?
    }

    /// The framework and its factors.
    public struct FrameworkInfo: Encodable, Sendable {
        /// A factor, named and summarised.
        public struct FactorInfo: Encodable, Sendable {
            public var id: String
            public var name: String
            public var badge: String
            public var summary: String
        }

        public var id: String
        public var name: String
        public var source: String?
        public var factors: [FactorInfo]

        public init(_ framework: Framework) {
            id = framework.id
            name = framework.name
            source = framework.source
            factors = framework.factors.map { FactorInfo(id: $0.id, name: $0.name, badge: $0.badge, summary: $0.summary) }
        }
    }

    /// A section of the essay; claims name it by `index`.
    public struct SectionRecord: Encodable, Sendable {
        public var index: Int
        public var number: String?
        public var title: String
        public var level: Int
        public var range: SourceRange
    }

    /// A factor on a claim or statement: `cues` present when suggested, with `stanceCues` when
    /// its words suggest a stance too (`stance` is then that stance, else null).
    public struct FactorRecord: Encodable, Sendable {
        public var factor: String
        public var stance: Stance?
        public var source: FactorAssessment.Source
        public var cues: [String]?
        public var stanceCues: [String]?

        public init(_ assessment: FactorAssessment) {
            factor = assessment.factor
            stance = assessment.stance
            source = assessment.source
            cues = assessment.source == .suggested ? assessment.cues : nil
            stanceCues = assessment.stanceCues.isEmpty ? nil : assessment.stanceCues
        }

        enum CodingKeys: String, CodingKey { case factor, stance, source, cues, stanceCues }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(factor, forKey: .factor)
            try container.encode(stance, forKey: .stance)
            try container.encode(source, forKey: .source)
            try container.encodeIfPresent(cues, forKey: .cues)
            try container.encodeIfPresent(stanceCues, forKey: .stanceCues)
        }
    }

    /// The cue words behind a suggested claim's kind and subject.
    public struct SuggestionCues: Encodable, Sendable {
        public var kind: [String]
        public var subject: [String]
        /// The noun phrase the sentence seems to be about, when it names no declared subject.
        public var about: String?
    }

    /// An annotated claim.
    public struct ClaimRecord: Encodable, Sendable {
        public var id: String
        public var kind: ClaimKind
        public var text: String
        public var section: Int
        public var subject: String?
        public var factors: [FactorRecord]
        /// The numbers of the footnotes marked in the claim's span.
        public var footnotes: [Int]
        /// Their labels, for notes that carry letters (`12a`).
        public var footnoteLabels: [String]
        public var supports: [String]
        public var attacks: [String]
        public var rebuts: [String]
        public var qualifies: [String]
        public var range: SourceRange
        public var note: String?
        /// `annotated`, or `suggested` for a claim its words suggest.
        public var source: FactorAssessment.Source
        /// For a suggested claim: its quote (as the annotation file would write it) and the cues behind it.
        public var quote: TextQuote?
        public var cues: SuggestionCues?

        public init(_ claim: Claim, essay: Essay) {
            id = claim.id
            source = claim.source
            if claim.source == .suggested {
                quote = claim.quote
                cues = claim.suggestion.map { SuggestionCues(kind: $0.kindCues, subject: $0.subjectCues, about: $0.subjectPhrase) }
            }
            kind = claim.kind
            text = claim.text
            section = claim.section
            subject = claim.subject
            factors = claim.factors.map(FactorRecord.init)
            footnotes = claim.footnotes.compactMap { essay.footnote($0)?.number }
            footnoteLabels = claim.footnotes
            supports = claim.targets(.supports)
            attacks = claim.targets(.attacks)
            rebuts = claim.targets(.rebuts)
            qualifies = claim.targets(.qualifies)
            range = claim.range
            note = claim.note
        }

        enum CodingKeys: String, CodingKey {
            case id, kind, text, section, subject, factors, footnotes, footnoteLabels, supports, attacks, rebuts, qualifies, range, note,
                 source, quote, cues
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(kind, forKey: .kind)
            try container.encode(text, forKey: .text)
            try container.encode(section, forKey: .section)
            try container.encode(subject, forKey: .subject)
            try container.encode(factors, forKey: .factors)
            try container.encode(footnotes, forKey: .footnotes)
            try container.encode(footnoteLabels, forKey: .footnoteLabels)
            try container.encode(supports, forKey: .supports)
            try container.encode(attacks, forKey: .attacks)
            try container.encode(rebuts, forKey: .rebuts)
            try container.encode(qualifies, forKey: .qualifies)
            try container.encode(range, forKey: .range)
            try container.encodeIfPresent(note, forKey: .note)
            try container.encode(source, forKey: .source)
            try container.encodeIfPresent(quote, forKey: .quote)
            try container.encodeIfPresent(cues, forKey: .cues)
        }
    }

    /// A sentence no claim covers, with its suggested factors.
    public struct StatementRecord: Encodable, Sendable {
        public var id: String
        public var text: String
        public var section: Int
        public var factors: [FactorRecord]
        public var footnotes: [Int]
        public var footnoteLabels: [String]
        public var range: SourceRange

        public init(_ statement: Statement, essay: Essay) {
            id = statement.id
            text = String(statement.text)
            section = statement.section
            factors = statement.factors.map(FactorRecord.init)
            footnotes = statement.footnotes.compactMap { essay.footnote($0)?.number }
            footnoteLabels = statement.footnotes
            range = statement.range
        }
    }

    /// An edge, its ends in `NodeID` string form (`claim:thesis`, `footnote:23`).
    public struct EdgeRecord: Encodable, Sendable {
        public var from: String
        public var to: String
        public var type: EdgeType
        public var stance: Stance?
        public var subject: String?
        public var pinpoint: String?

        public init(_ edge: Edge) {
            from = edge.from.description
            to = edge.to.description
            type = edge.type
            stance = edge.stance
            subject = edge.subject
            pinpoint = edge.pinpoint?.text
        }
    }

    public var essay: EssayInfo
    public var framework: FrameworkInfo?
    public var subjects: [Subject]
    public var sections: [SectionRecord]
    public var claims: [ClaimRecord]
    /// Claims suggested by the words of sentences no annotated claim covers (`source: suggested`).
    public var suggestions: [ClaimRecord]
    public var statements: [StatementRecord]
    /// As `legit footnote --json` prints them.
    public var footnotes: [EssayJSON.Footnote]
    /// As `legit authorities --json` prints them.
    public var authorities: [EssayJSON.Authority]
    public var edges: [EdgeRecord]

    public init(map: ArgumentMap) {
        essay = EssayInfo(title: map.essay.title, author: map.essay.author, doi: map.essay.doi)
        framework = map.framework.map(FrameworkInfo.init)
        subjects = map.subjects
        sections = map.essay.sections.enumerated().map { index, section in
            SectionRecord(index: index, number: section.number, title: section.displayTitle, level: section.level, range: section.range)
        }
        claims = map.claims.map { ClaimRecord($0, essay: map.essay) }
        suggestions = map.suggestions.map { ClaimRecord($0, essay: map.essay) }
        statements = map.statements.map { StatementRecord($0, essay: map.essay) }
        footnotes = map.essay.footnotes.map { EssayJSON.Footnote($0, essay: map.essay) }
        authorities = map.essay.authorities.map { EssayJSON.Authority($0, essay: map.essay) }
        edges = map.edges.map(EdgeRecord.init)
    }
}

extension ExportDocument {
    /// Writes the document of `map` to `stream` a record at a time, byte for byte what encoding
    /// `ExportDocument(map:)` writes, without holding every record: each footnote, claim, statement,
    /// work and edge is made, encoded and let go in turn. `path` goes into `essay.path`; `depth` is
    /// the indentation the document stands at (1 inside an array of documents).
    public static func stream(map: ArgumentMap, path: String? = nil, depth: Int = 0, to stream: JSONStream) throws {
        let essay = map.essay
        try stream.raw("{\n")
        try stream.key("authorities", depth: depth + 1, first: true)
        try stream.array(depth: depth + 1) { element in
            for authority in essay.authorities { try element(EssayJSON.Authority(authority, essay: essay)) }
        }
        try stream.key("claims", depth: depth + 1, first: false)
        try stream.array(depth: depth + 1) { element in
            for claim in map.claims { try element(ClaimRecord(claim, essay: essay)) }
        }
        try stream.key("edges", depth: depth + 1, first: false)
        try stream.array(depth: depth + 1) { element in
            for edge in map.edges { try element(EdgeRecord(edge)) }
        }
        try stream.key("essay", depth: depth + 1, first: false)
        try stream.value(EssayInfo(title: essay.title, author: essay.author, doi: essay.doi, path: path), depth: depth + 1)
        try stream.key("footnotes", depth: depth + 1, first: false)
        try stream.array(depth: depth + 1) { element in
            for footnote in essay.footnotes { try element(EssayJSON.Footnote(footnote, essay: essay)) }
        }
        try stream.key("framework", depth: depth + 1, first: false)
        if let framework = map.framework {
            try stream.value(FrameworkInfo(framework), depth: depth + 1)
        } else {
            try stream.raw("null")
        }
        try stream.key("sections", depth: depth + 1, first: false)
        try stream.array(depth: depth + 1) { element in
            for (index, section) in essay.sections.enumerated() {
                try element(SectionRecord(index: index, number: section.number, title: section.displayTitle, level: section.level,
                                          range: section.range))
            }
        }
        try stream.key("statements", depth: depth + 1, first: false)
        try stream.array(depth: depth + 1) { element in
            for statement in map.statements { try element(StatementRecord(statement, essay: essay)) }
        }
        try stream.key("subjects", depth: depth + 1, first: false)
        try stream.array(depth: depth + 1) { element in
            for subject in map.subjects { try element(subject) }
        }
        try stream.key("suggestions", depth: depth + 1, first: false)
        try stream.array(depth: depth + 1) { element in
            for suggestion in map.suggestions { try element(ClaimRecord(suggestion, essay: essay)) }
        }
        try stream.raw("\n" + String(repeating: "  ", count: depth) + "}")
    }
}
