/// What an annotation file declares, without where: the check that an edit's new text reads back
/// as exactly the old declarations changed by the edit, and nothing else.
struct AnnotationContent: Equatable {
    struct ClaimContent: Equatable {
        var id: String
        var kind: ClaimKind
        var quote: TextQuote
        var subject: String?
        var factors: [FactorDraft]
        /// Grouped by relation type in `RelationType.allCases` order, as the loader reads them.
        var relations: [RelationDraft]
        var note: String?

        init(_ claim: ClaimAnnotation) {
            id = claim.id
            kind = claim.kind
            quote = claim.quote
            subject = claim.subject
            factors = claim.factors.map { FactorDraft(factor: $0.factor, stance: $0.stance) }
            relations = claim.relations.map { RelationDraft(type: $0.type, target: $0.target) }
            note = claim.note
        }

        init(_ draft: ClaimDraft) {
            id = draft.id
            kind = draft.kind
            quote = draft.quote
            subject = draft.subject
            factors = draft.factors
            relations = RelationType.allCases.flatMap { type in draft.relations.filter { $0.type == type } }
            note = draft.note
        }
    }

    var essay: String?
    var title: String?
    var framework: String?
    var subjects: [Subject]
    var claims: [ClaimContent]

    init(_ file: AnnotationFile) {
        essay = file.essay
        title = file.title
        framework = file.framework
        subjects = file.subjects
        claims = file.claims.map(ClaimContent.init)
    }

    /// Why `now` is not `before` with `edit` made, or nil when it is.
    static func mismatch(after edit: AnnotationEdit, before: AnnotationFile, now: AnnotationFile) -> String? {
        var expected = AnnotationContent(before)
        expected.apply(edit)
        let actual = AnnotationContent(now)
        if expected.essay != actual.essay || expected.title != actual.title || expected.framework != actual.framework {
            return "the file's essay, title or framework changed"
        }
        if expected.subjects != actual.subjects { return "the subjects read back as \(actual.subjects.map(\.id))" }
        let wanted = Dictionary(expected.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let found = Dictionary(actual.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if Set(wanted.keys) != Set(found.keys) {
            let missing = Set(wanted.keys).subtracting(found.keys).sorted()
            let extra = Set(found.keys).subtracting(wanted.keys).sorted()
            return "claims missing \(missing), unexpected \(extra)"
        }
        for (id, claim) in wanted where found[id] != claim {
            return "claim '\(id)' reads back differently"
        }
        return nil
    }

    private mutating func apply(_ edit: AnnotationEdit) {
        func update(_ id: String, _ change: (inout ClaimContent) -> Void) {
            guard let index = claims.firstIndex(where: { $0.id == id }) else { return }
            change(&claims[index])
        }
        switch edit {
        case .addClaim(let draft):
            claims.append(ClaimContent(draft))
        case .removeClaim(let id):
            claims.removeAll { $0.id == id }
            for index in claims.indices { claims[index].relations.removeAll { $0.target == id } }
        case let .link(from, type, to):
            update(from) { claim in
                let end = claim.relations.lastIndex { $0.type.rank <= type.rank }
                claim.relations.insert(RelationDraft(type: type, target: to), at: end.map { $0 + 1 } ?? 0)
            }
        case let .unlink(from, type, to):
            update(from) { $0.relations.removeAll { $0.type == type && $0.target == to } }
        case let .setKind(id, kind):
            update(id) { $0.kind = kind }
        case let .setSubject(id, subject):
            update(id) { $0.subject = subject }
        case let .setFactors(id, factors):
            update(id) { $0.factors = factors }
        case let .setNote(id, note):
            update(id) { $0.note = note }
        case let .setQuote(id, quote):
            update(id) { $0.quote = quote }
        case let .renameClaim(id, newID):
            update(id) { $0.id = newID }
            for index in claims.indices {
                for relation in claims[index].relations.indices where claims[index].relations[relation].target == id {
                    claims[index].relations[relation].target = newID
                }
            }
        case .declareSubject(let subject):
            subjects.append(subject)
        }
    }
}

extension RelationType {
    /// The relation's place in `allCases`, the order the loader reads relations in.
    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
