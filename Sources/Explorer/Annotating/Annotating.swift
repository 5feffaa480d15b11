import ArgumentGraph
import EssayKit

/// The annotating keys: spans, claims made, edited, deleted and related, suggestions accepted,
/// undo and redo. Every change goes through the core's `AnnotationSession` and is saved at once;
/// a save that fails keeps the change here and says why.
enum Annotating {
    static func perform(_ command: ExplorerCommand, in state: inout ExplorerState) {
        switch command {
        case .extendWord: extend(byWords: 1, in: &state)
        case .shrinkWord: extend(byWords: -1, in: &state)
        case .extendSentence: extendBySentence(in: &state)
        case .makeClaim: makeClaim(in: &state)
        case .editClaim: editClaim(in: &state)
        case .deleteClaim: deleteClaim(in: &state)
        case .relateClaim: relateClaim(in: &state)
        case .unrelateClaim: unrelateClaim(in: &state)
        case .acceptSuggestion: acceptSuggestion(in: &state)
        case .undo: undo(in: &state)
        case .redo: redo(in: &state)
        default: break
        }
    }

    // MARK: - Spans: w, W, b

    /// The span extended from the selection, while that selection holds.
    static func span(_ state: ExplorerState) -> TextSpan? {
        guard let span = state.annotating.span, state.selection == span.origin else { return nil }
        return span
    }

    /// The passage the selection covers: the span, the sentence or the claim, as a reading block and a range.
    static func selectedPassage(_ state: ExplorerState) -> (block: Int, range: Range<Int>)? {
        if let span = span(state) { return (span.block, span.range) }
        switch state.selection {
        case .sentence(let locator)?: return Navigation.sentenceRange(locator, state)
        case .claim(let id)?:
            guard let claim = state.model.claim(id), let block = state.text.blockIndex[claim.block] else { return nil }
            return (block, claim.textRange)
        default: return nil
        }
    }

    static func extend(byWords step: Int, in state: inout ExplorerState) {
        guard let selection = state.selection, let (block, range) = selectedPassage(state) else {
            state.message = "select a sentence first with ( or ), then w adds a word"
            return
        }
        let bytes = Array(state.blocks[block].content.text.utf8)
        var end = range.upperBound
        if step > 0 {
            while end < bytes.count, bytes[end] == 0x20 { end += 1 }
            guard end < bytes.count else {
                state.message = "the span is at the end of its paragraph: a claim quotes one paragraph"
                return
            }
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
        } else {
            var back = end
            while back > range.lowerBound, bytes[back - 1] == 0x20 { back -= 1 }
            while back > range.lowerBound, bytes[back - 1] != 0x20 { back -= 1 }
            while back > range.lowerBound, bytes[back - 1] == 0x20 { back -= 1 }
            guard back > range.lowerBound else {
                state.message = "the span is one word already"
                return
            }
            end = back
        }
        state.annotating.span = TextSpan(block: block, range: range.lowerBound..<end, origin: selection)
        state.message = "span: \(wordCount(bytes[range.lowerBound..<end])) words · c makes it a claim"
    }

    static func extendBySentence(in state: inout ExplorerState) {
        guard let selection = state.selection, let (block, range) = selectedPassage(state) else {
            state.message = "select a sentence first with ( or ), then W adds the next sentence"
            return
        }
        guard let next = Navigation.sentences(inBlock: block, state).first(where: { $0.range.upperBound > range.upperBound }) else {
            state.message = "the span is at the end of its paragraph: a claim quotes one paragraph"
            return
        }
        let bytes = Array(state.blocks[block].content.text.utf8)
        state.annotating.span = TextSpan(block: block, range: range.lowerBound..<next.range.upperBound, origin: selection)
        state.message = "span: \(wordCount(bytes[range.lowerBound..<next.range.upperBound])) words · c makes it a claim"
    }

    private static func wordCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.split(separator: 0x20).count
    }

    // MARK: - The claim form: c, e

    static func makeClaim(in state: inout ExplorerState) {
        if span(state) == nil, let id = Navigation.selectedClaim(state), let claim = state.model.claim(id), claim.isAnnotated {
            state.message = "'\(id)' is a claim already: e edits it, d deletes it"
            return
        }
        guard let (block, range) = selectedPassage(state), let ref = state.blocks[block].ref else {
            state.message = "select a sentence with ( or ) (w and W make it longer), then c makes it a claim"
            return
        }
        guard openSession(in: &state), let session = state.annotating.session else { return }
        guard let quote = session.editor.quote(section: ref.section, block: ref.block, item: ref.item, span: range) else {
            state.message = "this text cannot be quoted"
            return
        }
        // A suggested claim fills the form with what its words suggest.
        var suggested: ExplorerModel.Claim?
        if span(state) == nil, let id = Navigation.selectedClaim(state), let claim = state.model.claim(id), claim.isSuggested { suggested = claim }
        let factors = suggested?.factors.compactMap { factor in factor.stance.map { FactorDraft(factor: factor.factor, stance: $0) } } ?? []
        var subjects = state.model.subjects.map(\.id)
        if let phrase = suggested?.suggestion?.subjectPhrase {
            let id = FuzzyMatch.fold(phrase).replacingOccurrences(of: " ", with: "-")
            if !id.isEmpty, !subjects.contains(id) { subjects.append(id) }
        }
        state.annotating.dialog = .claim(form(purpose: .add(quote), text: quote.exact, kind: suggested?.kind ?? .claim, factors: factors,
                                              subject: suggested?.subject, subjects: subjects,
                                              id: session.editor.newClaimID(for: quote.exact), state: state))
    }

    static func editClaim(in state: inout ExplorerState) {
        guard let id = Navigation.selectedClaim(state), let claim = state.model.claim(id), claim.isAnnotated, let kind = claim.kind else {
            state.message = "select a claim with { } or l, then e edits it"
            return
        }
        guard openSession(in: &state) else { return }
        let factors = claim.factors.compactMap { factor in factor.stance.map { FactorDraft(factor: factor.factor, stance: $0) } }
        state.annotating.dialog = .claim(form(purpose: .edit(id), text: claim.text, kind: kind, factors: factors, subject: claim.subject,
                                              subjects: state.model.subjects.map(\.id), id: id, state: state))
    }

    private static func form(purpose: ClaimForm.Purpose, text: String, kind: ClaimKind, factors: [FactorDraft], subject: String?,
                             subjects: [String], id: String, state: ExplorerState) -> ClaimForm {
        let framework = state.model.framework
        return ClaimForm(purpose: purpose, text: text, kind: kind, factorIDs: state.model.factors.map(\.id), factors: factors,
                         stanceChoices: ClaimForm.cycle { framework?.allows($0) ?? true }, subject: subject, subjectChoices: subjects, id: id)
    }

    /// Saves the form: a new claim, or the changes to one; false when the edit is refused.
    static func save(_ form: ClaimForm, in state: inout ExplorerState) -> Bool {
        let id = form.id.text.trimmingCharacters(in: .whitespaces)
        switch form.purpose {
        case .add(let quote):
            let draft = ClaimDraft(id: id, kind: form.kind, quote: quote, subject: form.subject, factors: form.factors)
            guard commit([.addClaim(draft)], in: &state) else { return false }
            select(claim: id, in: &state)
        case .edit(let old):
            guard let claim = state.model.claim(old) else { return true }
            let before = claim.factors.compactMap { factor in factor.stance.map { FactorDraft(factor: factor.factor, stance: $0) } }
            var edits: [AnnotationEdit] = []
            if claim.kind != form.kind { edits.append(.setKind(id: old, kind: form.kind)) }
            if claim.subject != form.subject { edits.append(.setSubject(id: old, subject: form.subject)) }
            if before != form.factors { edits.append(.setFactors(id: old, factors: form.factors)) }
            if id != old { edits.append(.renameClaim(id: old, to: id)) }
            guard !edits.isEmpty else {
                state.message = "'\(old)' is unchanged"
                return true
            }
            guard commit(edits, in: &state) else { return false }
            select(claim: id, in: &state)
        }
        return true
    }

    // MARK: - Delete, relate, accept

    static func deleteClaim(in state: inout ExplorerState) {
        guard let id = Navigation.selectedClaim(state), let claim = state.model.claim(id), claim.isAnnotated else {
            state.message = "select a claim with { } or l, then d deletes it"
            return
        }
        guard openSession(in: &state) else { return }
        let incoming = RelationType.allCases.reduce(0) { $0 + state.model.incoming($1, to: id).count }
        state.annotating.dialog = .confirmDelete(id: id, relations: incoming + claim.relations.count)
    }

    static func relateClaim(in state: inout ExplorerState) {
        guard let id = Navigation.selectedClaim(state), let claim = state.model.claim(id), claim.isAnnotated else {
            state.message = "select a claim with { } or l, then R relates it to another"
            return
        }
        guard state.model.annotatedClaims.count > 1 else {
            state.message = "'\(id)' is the only claim: make another to relate it to"
            return
        }
        guard openSession(in: &state) else { return }
        state.annotating.dialog = .relate(RelationPicker(from: id))
    }

    /// Asks which relation of the selected claim to remove (its own, then those of other claims
    /// naming it), or at once whether to remove its only one.
    static func unrelateClaim(in state: inout ExplorerState) {
        guard let id = Navigation.selectedClaim(state), let claim = state.model.claim(id), claim.isAnnotated else {
            state.message = "select a claim with { } or l, then D removes one of its relations"
            return
        }
        var relations = claim.relations.map { RelationRemoval.Relation(from: id, type: $0.type, to: $0.target) }
        for type in RelationType.allCases {
            relations += state.model.incoming(type, to: id).map { RelationRemoval.Relation(from: $0, type: type, to: id) }
        }
        guard !relations.isEmpty else {
            state.message = "'\(id)' has no relations: R relates it to another"
            return
        }
        guard openSession(in: &state) else { return }
        var removal = RelationRemoval(claim: id, relations: relations)
        if relations.count == 1 { removal.confirming = true }
        state.annotating.dialog = .unrelate(removal)
    }

    /// The claims the picker offers for `query`, best first: every annotated claim but `from`.
    static func candidates(_ picker: RelationPicker, state: ExplorerState) -> [ExplorerModel.Claim] {
        let query = FuzzyMatch.fold(picker.query.text)
        let scored = state.model.annotatedClaims.filter { $0.id != picker.from }.compactMap { claim -> (ExplorerModel.Claim, Int)? in
            let idScore = FuzzyMatch.score(query, in: FuzzyMatch.fold(claim.id.replacingOccurrences(of: "-", with: " ")))
            let textScore = FuzzyMatch.score(query, in: FuzzyMatch.fold(claim.text))
            guard let best = [idScore.map { $0 + 500 }, textScore].compactMap({ $0 }).max() else { return nil }
            return (claim, best)
        }
        if query.isEmpty { return scored.map(\.0) }
        return scored.enumerated().sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }.map(\.element.0)
    }

    static func acceptSuggestion(in state: inout ExplorerState) {
        guard let id = Navigation.selectedClaim(state), let claim = state.model.claim(id), claim.isSuggested, let kind = claim.kind else {
            state.message = "select a suggested claim (marked ◌ in the outline) with { } or l, then A accepts it"
            return
        }
        guard let block = state.text.blockIndex[claim.block], let ref = state.blocks[block].ref else { return }
        guard openSession(in: &state), let session = state.annotating.session else { return }
        guard let quote = session.editor.quote(section: ref.section, block: ref.block, item: ref.item, span: claim.textRange) else {
            state.message = "this text cannot be quoted"
            return
        }
        let factors = claim.factors.compactMap { factor in factor.stance.map { FactorDraft(factor: factor.factor, stance: $0) } }
        let left = claim.factors.filter { $0.stance == nil }.map(\.factor)
        let newID = session.editor.newClaimID(for: quote.exact)
        let draft = ClaimDraft(id: newID, kind: kind, quote: quote, subject: claim.subject, factors: factors)
        if commit([.addClaim(draft)], in: &state) {
            select(claim: newID, in: &state)
            if !left.isEmpty { state.message = (state.message ?? "") + " · no stance suggested for \(left.joined(separator: ", ")): e adds one" }
        }
    }

    // MARK: - Undo and redo: u, Ctrl-R

    static func undo(in state: inout ExplorerState) {
        guard var session = state.annotating.session, let count = state.annotating.undoGroups.last else {
            state.message = "nothing to undo"
            return
        }
        var summaries: [String] = []
        do {
            for _ in 0..<count { if let change = try session.undo() { summaries.append(change.summary) } }
        } catch {
            state.message = "cannot undo: \(error.description)"
            return
        }
        state.annotating.undoGroups.removeLast()
        state.annotating.redoGroups.append(count)
        finish(session, said: "undone: " + summaries.joined(separator: "; "), in: &state)
    }

    static func redo(in state: inout ExplorerState) {
        guard var session = state.annotating.session, let count = state.annotating.redoGroups.last else {
            state.message = "nothing to redo"
            return
        }
        var summaries: [String] = []
        do {
            for _ in 0..<count { if let change = try session.redo() { summaries.append(change.summary) } }
        } catch {
            state.message = "cannot redo: \(error.description)"
            return
        }
        state.annotating.redoGroups.removeLast()
        state.annotating.undoGroups.append(count)
        finish(session, said: "redone: " + summaries.joined(separator: "; "), in: &state)
    }

    // MARK: - Quitting with edits not saved

    /// Whether `q` may quit: yes when every edit is on disk, or is once saving again succeeds; else
    /// the first `q` says what would be lost and the second quits.
    static func mayQuit(in state: inout ExplorerState) -> Bool {
        guard state.annotating.unsavedReason != nil, var session = state.annotating.session else { return true }
        if state.annotating.quitWarned { return true }
        do {
            try session.save()
            state.annotating.session = session
            state.annotating.unsavedReason = nil
            return true
        } catch {
            state.annotating.quitWarned = true
            state.message = "annotations NOT SAVED: \(error.description) · q again quits without them"
            return false
        }
    }

    // MARK: - Making, saving and showing edits

    /// Opens the annotation file at the first annotating key; false (with a message) when it cannot be.
    static func openSession(in state: inout ExplorerState) -> Bool {
        if state.annotating.session != nil { return true }
        if state.argumentPending || state.textPending {
            state.message = "the essay's argument is still being read: annotate in a moment"
            return false
        }
        let path = state.annotating.annotationsPath ?? ArgumentLoader.defaultAnnotationsPath(forEssay: state.model.path)
        do {
            state.annotating.session = try AnnotationSession.open(path: path, essay: state.model.essay, framework: state.model.framework)
            return true
        } catch {
            state.message = error.description
            return false
        }
    }

    /// Makes `edits` as one step that `u` takes back, saves, and shows the result; false when an
    /// edit is refused (nothing is then changed, and the message says why).
    @discardableResult
    static func commit(_ edits: [AnnotationEdit], in state: inout ExplorerState) -> Bool {
        guard var session = state.annotating.session else { return false }
        var summaries: [String] = []
        for edit in edits {
            do {
                summaries.append(try session.apply(edit).summary)
            } catch {
                state.message = error.description
                return false
            }
        }
        state.annotating.undoGroups.append(edits.count)
        state.annotating.redoGroups.removeAll()
        finish(session, said: summaries.joined(separator: "; "), in: &state)
        return true
    }

    /// Saves `session`, takes it and the argument it makes into the state, and says what was done.
    private static func finish(_ session: AnnotationSession, said summary: String, in state: inout ExplorerState) {
        var session = session
        var outcome = ""
        do {
            let saved = try session.save()
            state.annotating.unsavedReason = nil
            outcome = saved.merged ? "saved, merged with a change made to the file meanwhile" : "saved"
            if saved.merged {
                // The history's patches were made for the text before the merge.
                state.annotating.undoGroups.removeAll()
                state.annotating.redoGroups.removeAll()
            }
        } catch {
            state.annotating.unsavedReason = error.description
            outcome = "NOT SAVED (\(error.shortReason)), kept here; the next edit tries again: \(error.description)"
        }
        state.annotating.session = session
        state.annotating.quitWarned = false
        state.annotating.span = nil
        refresh(in: &state)
        if case .claim(let id)? = state.selection, state.model.claim(id) == nil { state.selection = nil }
        // A failure comes first: the status line cuts a long message at its end.
        state.message = state.annotating.unsavedReason == nil ? summary + " · " + outcome : outcome + " · " + summary
    }

    /// Rebuilds the argument from the annotations as they stand here, with the essay and framework as they are.
    static func refresh(in state: inout ExplorerState) {
        guard let session = state.annotating.session else { return }
        let files = ArgumentFiles(essayPath: state.model.essay.source.path, annotations: session.document.file, framework: state.model.framework,
                                  annotationsPath: session.document.path)
        let loaded = ArgumentLoader.load(essay: state.model.essay, files: files)
        state.adopt(ExplorerModel(loaded: loaded, path: state.model.path))
    }

    static func select(claim id: String, in state: inout ExplorerState) {
        guard state.model.claim(id) != nil else { return }
        let message = state.message
        Navigation.select(.claim(id), in: &state)
        state.message = message
    }
}
