import EssayKit

/// Edits an essay's annotations the way a reader means them: a quote must anchor once in the
/// essay, factors and stances must be the framework's, relations must name claims, a new claim goes
/// in essay order, and an undeclared subject is declared. Every edit is checked by reading the new
/// text back; an undo and redo history of `AnnotationChange` values is kept.
///
/// The editor is a value with no files: `AnnotationStore` reads and saves the document. The
/// command line makes one edit and saves; the explorer keeps an editor in its state, applies
/// edits from its keys, and undoes and redoes them.
public struct AnnotationEditor: Sendable {
    /// The annotations as they stand after the last edit.
    public private(set) var document: AnnotationDocument
    public let essay: Essay
    /// The framework whose factors and stances claims may use; nil allows any.
    public let framework: Framework?
    /// The changes that can be undone, the latest last.
    public private(set) var undoStack: [AnnotationChange] = []
    /// The changes undone that can be made again, the next last.
    public private(set) var redoStack: [AnnotationChange] = []

    private let anchorer: QuoteAnchorer
    /// Where each claim's quote anchors in the essay, for placing new claims in essay order; nil
    /// until a claim is added, and again after an undo, a redo or a new document.
    private var places: [String: EssayPlace]?

    public init(document: AnnotationDocument, essay: Essay, framework: Framework?, text: EssayText? = nil) {
        self.document = document
        self.essay = essay
        self.framework = framework
        anchorer = QuoteAnchorer(essay: essay, text: text)
    }

    // MARK: - Editing

    /// Makes `edit`, or throws why not; the document is unchanged on error.
    @discardableResult
    public mutating func apply(_ edit: AnnotationEdit) throws(AnnotationEditError) -> AnnotationChange {
        var plan: [(AnnotationEdit, AnnotationDocument.Placement)] = []
        var summary = ""
        /// The quote as the essay writes it, when the one given differs only in its marks.
        var quoted: String?
        var newPlace: (String, EssayPlace)?
        switch edit {
        case .addClaim(var draft):
            try checkID(draft.id)
            let (anchor, quote) = try anchored(draft.quote)
            if quote != draft.quote { quoted = quote.exact }
            draft.quote = quote
            try checkFactors(draft.factors)
            for relation in draft.relations {
                if relation.target == draft.id { throw .selfRelation(id: draft.id, type: relation.type) }
                guard document.hasClaim(relation.target) else {
                    throw .unknownClaim(id: relation.target, closest: ClosestID.find(relation.target, among: document.claimIDs))
                }
            }
            draft.relations = draft.relations.reduce(into: []) { kept, relation in if !kept.contains(relation) { kept.append(relation) } }
            if let subject = draft.subject, !document.file.subjects.contains(where: { $0.id == subject }) {
                plan.append((.declareSubject(Subject(id: subject, name: Self.name(forSubject: subject))), .init()))
            }
            let place = EssayPlace(anchor)
            plan.append((.addClaim(draft), placement(for: place)))
            newPlace = (draft.id, place)
            summary = "added claim '\(draft.id)' (\(draft.kind.rawValue))"
        case .removeClaim(let id):
            _ = try document.claimNode(id)
            plan.append((edit, .init()))
            summary = "removed claim '\(id)'"
        case let .link(from, type, to):
            _ = try document.claimNode(from)
            _ = try document.claimNode(to)
            if from == to { throw .selfRelation(id: from, type: type) }
            plan.append((edit, .init()))
            summary = "claim '\(from)' \(type.rawValue) '\(to)'"
        case let .unlink(from, type, to):
            _ = try document.claimNode(from)
            plan.append((edit, .init()))
            summary = "claim '\(from)' no longer \(type.rawValue) '\(to)'"
        case let .setKind(id, kind):
            _ = try document.claimNode(id)
            plan.append((edit, .init()))
            summary = "claim '\(id)' is now a \(kind.rawValue)"
        case let .setSubject(id, subject):
            _ = try document.claimNode(id)
            if let subject, !document.file.subjects.contains(where: { $0.id == subject }) {
                plan.append((.declareSubject(Subject(id: subject, name: Self.name(forSubject: subject))), .init()))
            }
            plan.append((edit, .init()))
            summary = subject.map { "claim '\(id)' is about '\($0)'" } ?? "claim '\(id)' has no subject"
        case let .setFactors(id, factors):
            _ = try document.claimNode(id)
            try checkFactors(factors)
            plan.append((edit, .init()))
            summary = factors.isEmpty ? "claim '\(id)' has no factors"
                : "claim '\(id)' assesses " + factors.map { "\($0.factor): \($0.stance.rawValue)" }.joined(separator: ", ")
        case let .setNote(id, _):
            _ = try document.claimNode(id)
            plan.append((edit, .init()))
            summary = "claim '\(id)''s note changed"
        case .setQuote(let id, var quote):
            _ = try document.claimNode(id)
            let anchor: TextAnchor
            (anchor, quote) = try anchored(quote)
            plan.append((.setQuote(id: id, quote: quote), .init()))
            newPlace = (id, EssayPlace(anchor))
            summary = "claim '\(id)' quotes “\(Self.excerpt(quote.exact))”"
        case let .renameClaim(id, newID):
            _ = try document.claimNode(id)
            try checkID(newID)
            plan.append((edit, .init()))
            summary = "claim '\(id)' is now '\(newID)'"
        case .declareSubject(let subject):
            try checkID(subject.id, what: "subject")
            plan.append((edit, .init()))
            summary = "declared the subject '\(subject.id)'"
        }

        var current = document
        var steps: [[TextPatch]] = []
        var undoSteps: [[TextPatch]] = []
        var notes: [String] = []
        for (step, placement) in plan {
            let (patches, found) = try current.patches(for: step, placement: placement)
            let (next, inverse) = try Self.applying(patches, to: current, checking: step)
            steps.append(patches)
            undoSteps.insert(inverse, at: 0)
            notes += found
            current = next
        }
        if case .declareSubject = plan.first?.0, plan.count > 1, let subject = edit.newSubject {
            notes.insert("declared the subject '\(subject)' (name it in the file's subjects)", at: 0)
        }
        if let quoted { notes.append("quoted as the essay writes it: “\(Self.excerpt(quoted))”") }
        let change = AnnotationChange(edit: edit, summary: summary, notes: notes, steps: steps, undoSteps: undoSteps,
                                      lengthBefore: document.bytes.count, lengthAfter: current.bytes.count)
        document = current
        update(places: edit, newPlace: newPlace)
        undoStack.append(change)
        redoStack.removeAll()
        return change
    }

    /// Undoes the latest change; nil when there is none.
    @discardableResult
    public mutating func undo() throws(AnnotationEditError) -> AnnotationChange? {
        guard let change = undoStack.last else { return nil }
        guard change.lengthAfter == document.bytes.count else {
            throw .notPreserved(path: document.path, what: "the file is not as the change left it, so it cannot be undone")
        }
        var current = document
        for patches in change.undoSteps { current = try Self.applying(patches, to: current, checking: nil).document }
        document = current
        undoStack.removeLast()
        redoStack.append(change)
        places = nil
        return change
    }

    /// Makes the latest undone change again; nil when there is none.
    @discardableResult
    public mutating func redo() throws(AnnotationEditError) -> AnnotationChange? {
        guard let change = redoStack.last else { return nil }
        guard change.lengthBefore == document.bytes.count else {
            throw .notPreserved(path: document.path, what: "the file is not as the change found it, so it cannot be made again")
        }
        var current = document
        for patches in change.steps { current = try Self.applying(patches, to: current, checking: nil).document }
        document = current
        redoStack.removeLast()
        undoStack.append(change)
        places = nil
        return change
    }

    /// Takes `document` as the annotations now (read again from disk, or merged with a change made
    /// there); the history is cleared, since its patches were made for another text.
    public mutating func replaceDocument(_ document: AnnotationDocument) {
        guard document != self.document else { return }
        self.document = document
        undoStack.removeAll()
        redoStack.removeAll()
        places = nil
    }

    /// Applies patches, reads the result back, and checks it declares what the edit means.
    private static func applying(_ patches: [TextPatch], to document: AnnotationDocument,
                                 checking edit: AnnotationEdit?) throws(AnnotationEditError) -> (document: AnnotationDocument, inverse: [TextPatch]) {
        guard !TextPatch.overlap(patches) else { throw .notPreserved(path: document.path, what: "two patches of one edit overlap") }
        let (bytes, inverse) = TextPatch.apply(patches, to: document.bytes)
        let next: AnnotationDocument
        // Only the claims the patches touch are read again, when the file allows it; else the whole text.
        var reread: Set<String>?
        if let (patched, ids) = document.patched(patches, into: bytes) {
            next = patched
            reread = ids
        } else {
            do {
                next = try AnnotationDocument(path: document.path, text: String(decoding: bytes, as: UTF8.self))
            } catch {
                throw .notPreserved(path: document.path, what: "the new text is not valid YAML: \(error)")
            }
        }
        let problem: String? = switch (edit, reread) {
        case let (edit?, reread?): AnnotationContent.mismatch(after: edit, before: document, now: next, reread: reread)
        case let (edit?, nil): AnnotationContent.mismatch(after: edit, before: document.file, now: next.file)
        default: nil
        }
        if let problem {
            throw .notPreserved(path: document.path, what: problem)
        }
        return (next, inverse)
    }

    // MARK: - Checks

    /// Where `quote` anchors, when it anchors exactly once; else the error `legit annotate` prints.
    public func anchor(_ quote: TextQuote) -> Result<TextAnchor, AnnotationEditError> {
        switch anchorer.anchor(quote) {
        case .anchored(let anchor):
            return .success(anchor)
        case .notFound(let nearest, _):
            return .failure(.quoteNotFound(quote: quote.exact, nearest: nearest, essayPath: essay.source.path))
        case .moved:
            // Not asked for: a quote a reader gives must stand in the essay as written.
            return .failure(.quoteNotFound(quote: quote.exact, nearest: nil, essayPath: essay.source.path))
        case .ambiguous(let count, let places):
            let shown = places.prefix(3).map { "\($0.range.start) “\($0.context(in: essay))”" }
            return .failure(.quoteAmbiguous(quote: quote.exact, count: count, places: shown))
        }
    }

    /// Where `quote` anchors, and the quote to write: the one given, or, when it differs from the
    /// essay only in quotation marks, apostrophes, dashes or spaces (every word the same, in
    /// order), the essay's own text.
    private func anchored(_ quote: TextQuote) throws(AnnotationEditError) -> (TextAnchor, TextQuote) {
        switch anchor(quote) {
        case .success(let anchor):
            return (anchor, quote)
        case .failure(let error):
            if case .quoteNotFound(_, let nearest?, _) = error, nearest.sameWords, quote.prefix == nil, quote.suffix == nil,
               case .moved(let anchor, let found, .nearestPassage(let similarity)) = anchorer.anchor([quote], reanchoring: true)[0],
               similarity >= 1 {
                return (anchor, found)
            }
            throw error
        }
    }

    private func checkID(_ id: String, what: String = "claim") throws(AnnotationEditError) {
        if id.isEmpty || id.allSatisfy({ $0 == " " }) { throw .invalidID(id: id, reason: "is empty; a \(what) needs an id") }
        if id.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw .invalidID(id: id, reason: "holds a line break or control character")
        }
        if id.count > 120 { throw .invalidID(id: id, reason: "is longer than 120 characters") }
        if what == "claim", let line = document.line(ofClaim: id) { throw .duplicateID(id: id, line: line) }
    }

    private func checkFactors(_ factors: [FactorDraft]) throws(AnnotationEditError) {
        var seen: Set<String> = []
        for draft in factors {
            guard seen.insert(draft.factor).inserted else { throw .repeatedFactor(factor: draft.factor) }
            guard let framework else { continue }
            guard framework.factor(draft.factor) != nil else {
                throw .unknownFactor(factor: draft.factor, framework: framework.id, choices: framework.factors.map(\.id))
            }
            guard framework.allows(draft.stance) else {
                throw .stanceNotAllowed(stance: draft.stance, framework: framework.id, choices: framework.stances.map(\.stance.rawValue))
            }
        }
    }

    // MARK: - Essay order

    /// Where a claim anchored at `place` goes: after its nearest predecessor in the essay, else
    /// before its nearest successor.
    private mutating func placement(for place: EssayPlace) -> AnnotationDocument.Placement {
        let places = self.places ?? placesOfClaims(in: document)
        self.places = places
        var before: (String, EssayPlace)?
        var after: (String, EssayPlace)?
        for (id, other) in places {
            if other <= place {
                if after.map({ other > $0.1 || (other == $0.1 && id > $0.0) }) ?? true { after = (id, other) }
            } else if before.map({ other < $0.1 || (other == $0.1 && id < $0.0) }) ?? true {
                before = (id, other)
            }
        }
        return AnnotationDocument.Placement(after: after?.0, before: before?.0)
    }

    private func placesOfClaims(in document: AnnotationDocument) -> [String: EssayPlace] {
        let claims = document.file.claims
        var result: [String: EssayPlace] = [:]
        for (claim, outcome) in zip(claims, anchorer.anchor(claims.map(\.quote), seekingNearest: false)) {
            if case .anchored(let anchor) = outcome { result[claim.id] = EssayPlace(anchor) }
        }
        return result
    }

    private mutating func update(places edit: AnnotationEdit, newPlace: (String, EssayPlace)?) {
        guard var known = places else { return }
        switch edit {
        case .removeClaim(let id): known[id] = nil
        case let .renameClaim(id, newID):
            known[newID] = known[id]
            known[id] = nil
        default: break
        }
        if let (id, place) = newPlace { known[id] = place }
        places = known
    }

    // MARK: - Helpers for callers

    /// A quote for the text `span` (UTF-8 offsets) of the essay's unit holding `locator`'s block:
    /// the exact text, with as little text before or after it as makes it occur once.
    public func quote(section: Int, block: Int, item: Int?, span: Range<Int>) -> TextQuote? {
        guard let unit = anchorer.text.units.first(where: { $0.section == section && $0.block == block && $0.item == item }) else { return nil }
        return QuoteContext.unique(in: unit.content.text, span: span, text: anchorer.text)
    }

    /// A new claim id made from `text`'s words, unlike any claim's id.
    public func newClaimID(for text: String) -> String {
        ClaimIDMaker.make(from: text, taken: Set(document.claimIDs))
    }

    /// The name given to a subject declared by its id alone: `security-council` → `Security council`.
    public static func name(forSubject id: String) -> String {
        let words = id.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    private static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(59)) + "…"
    }
}

extension AnnotationEdit {
    /// The subject the edit gives a claim, if any.
    var newSubject: String? {
        switch self {
        case .addClaim(let draft): draft.subject
        case .setSubject(_, let subject): subject
        default: nil
        }
    }
}

/// Where a quote sits in the essay, in reading order.
struct EssayPlace: Hashable, Comparable, Sendable {
    var section: Int
    var block: Int
    var item: Int
    var offset: Int

    init(_ anchor: TextAnchor) {
        section = anchor.section
        block = anchor.block
        item = anchor.item ?? -1
        offset = anchor.textRange.lowerBound
    }

    static func < (lhs: EssayPlace, rhs: EssayPlace) -> Bool {
        (lhs.section, lhs.block, lhs.item, lhs.offset) < (rhs.section, rhs.block, rhs.item, rhs.offset)
    }
}
