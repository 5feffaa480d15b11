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

    /// What `file` declares; of its claims, only those whose ids are in `only`, when given.
    init(_ file: AnnotationFile, only: Set<String>? = nil) {
        essay = file.essay
        title = file.title
        framework = file.framework
        subjects = file.subjects
        if let only {
            claims = file.claims.compactMap { only.contains($0.id) ? ClaimContent($0) : nil }
        } else {
            claims = file.claims.map(ClaimContent.init)
        }
    }

    /// Why `now` is not `before` with `edit` made, or nil when it is.
    ///
    /// `reread`, when given, names every claim whose text the edit's patches touched (before and
    /// after): the others kept their bytes, so only those, the claims the edit names, and for a
    /// removal or a new id the claims whose relations name it, can differ, and only they are compared.
    static func mismatch(after edit: AnnotationEdit, before: AnnotationFile, now: AnnotationFile, reread: Set<String>? = nil) -> String? {
        var only = reread
        if var ids = reread {
            ids.formUnion(edit.claimIDs)
            if let renamed = edit.removedOrRenamedID {
                for claim in before.claims where claim.relations.contains(where: { $0.target == renamed }) { ids.insert(claim.id) }
            }
            only = ids
        }
        return mismatch(after: edit, expected: AnnotationContent(before, only: only), actual: AnnotationContent(now, only: only))
    }

    /// Why `now` is not `before` with `edit` made, comparing only the claims `ids` names (see
    /// `mismatch(after:before:now:reread:)`), found by the documents' indexes of their claims:
    /// nothing is done per claim of the file, except for a removal or a new id.
    static func mismatch(after edit: AnnotationEdit, before: AnnotationDocument, now: AnnotationDocument, reread: Set<String>) -> String? {
        var ids = reread.union(edit.claimIDs)
        if let renamed = edit.removedOrRenamedID {
            for claim in before.file.claims where claim.relations.contains(where: { $0.target == renamed }) { ids.insert(claim.id) }
        }
        func content(_ document: AnnotationDocument) -> AnnotationContent {
            var file = document.file
            file.claims = ids.sorted().compactMap { id in document.claimIndex[id].map { document.file.claims[$0] } }
            return AnnotationContent(file)
        }
        return mismatch(after: edit, expected: content(before), actual: content(now))
    }

    private static func mismatch(after edit: AnnotationEdit, expected: AnnotationContent, actual: AnnotationContent) -> String? {
        var expected = expected
        expected.apply(edit)
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

extension AnnotationEdit {
    /// The ids of the claims the edit names.
    var claimIDs: [String] {
        switch self {
        case .addClaim(let draft): [draft.id] + draft.relations.map(\.target)
        case .removeClaim(let id), .setKind(let id, _), .setSubject(let id, _), .setFactors(let id, _), .setNote(let id, _), .setQuote(let id, _):
            [id]
        case let .link(from, _, to), let .unlink(from, _, to): [from, to]
        case let .renameClaim(id, newID): [id, newID]
        case .declareSubject: []
        }
    }

    /// The id a removal or renaming takes away, which relations elsewhere may name.
    var removedOrRenamedID: String? {
        switch self {
        case .removeClaim(let id), .renameClaim(let id, _): id
        default: nil
        }
    }
}

extension RelationType {
    /// The relation's place in `allCases`, the order the loader reads relations in.
    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
