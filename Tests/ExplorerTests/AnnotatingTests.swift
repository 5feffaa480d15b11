import ArgumentGraph
import EssayKit
@testable import Explorer
import Foundation
import Testing

/// An essay copied to a fresh folder with no annotations, opened in the explorer as `legit open`
/// opens it: the annotating keys write `X.claims.yaml` beside it.
struct UnannotatedEssay {
    let folder: String
    let essayPath: String
    var annotationsPath: String { ArgumentLoader.defaultAnnotationsPath(forEssay: essayPath) }

    init(text: String = SmallEssay.text) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-annotui-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        essayPath = folder + "/small.md"
        try text.write(toFile: essayPath, atomically: true, encoding: .utf8)
    }

    /// The explorer on the essay as it is on disk now (annotations read again).
    func open(width: Int = 100, height: Int = 30) throws -> ExplorerState {
        let essay = try EssayParser().parse(contentsOf: essayPath)
        return ExplorerState(model: ExplorerModel(loaded: ArgumentLoader.load(essay: essay), path: essayPath), width: width, height: height)
    }

    var annotations: String? { try? String(contentsOfFile: annotationsPath, encoding: .utf8) }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

@Suite("Annotating in the explorer")
struct AnnotatingTests {
    /// Keys for the first sentence as a claim on independence, not met, about a new subject `council`.
    static let firstClaim = ")c3111<Enter>2council<Enter><Enter>"

    @Test("a sentence becomes a claim with a kind from the menu, saved beside the essay")
    func addClaimFromSentence() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try essay.open()
        #expect(essay.annotations == nil)
        state = ExplorerReducer.reduce(state, keys: ")c")
        guard case .claim(let form)? = state.annotating.dialog else {
            Issue.record("no claim form: \(state.message ?? "")")
            return
        }
        #expect(form.text == "The council is not independent.")
        #expect(form.id.text == "council-not-independent")
        state = ExplorerReducer.reduce(state, keys: "3<Enter><Enter><Enter>")
        #expect(state.annotating.dialog == nil)
        let text = try #require(essay.annotations)
        #expect(text.contains("  - id: council-not-independent\n    kind: claim\n    quote: \"The council is not independent.\"\n"))
        #expect(state.model.claim("council-not-independent")?.kind == .claim)
        #expect(state.selection == .claim("council-not-independent"))
        #expect(state.message == "added claim 'council-not-independent' (claim) · saved")
    }

    @Test("key scripts annotate an essay from nothing to a scorecard, and it reads back from disk")
    func fromNothingToScorecard() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try essay.open()
        #expect(state.model.scorecard?.subjects.isEmpty ?? true)
        // A claim on independence, not met, about a new subject.
        state = ExplorerReducer.reduce(state, keys: Self.firstClaim)
        // Two sentences on: a counterclaim on oversight, not met, about the subject now declared.
        state = ExplorerReducer.reduce(state, keys: "))c5333<Enter>2<Enter>")
        #expect(state.model.claim("no-court-reviews")?.kind == .counterclaim, "\(state.message ?? "")")
        // It attacks the first claim, picked by a few of its letters.
        state = ExplorerReducer.reduce(state, keys: "R2indep<Enter>")
        #expect(state.model.claim("no-court-reviews")?.targets(.attacks) == ["council-not-independent"], "\(state.message ?? "")")
        // A third: the last sentence, a claim on oversight, partly met.
        state = ExplorerReducer.reduce(state, keys: ")c333<Enter>2<Enter><Enter>")
        #expect(state.model.annotatedClaims.map(\.id) == ["council-not-independent", "no-court-reviews", "say-review-exists"],
                "\(state.message ?? "")")
        #expect(state.model.claim("say-review-exists")?.factors.map(\.stance) == [.partial])

        let card = try #require(state.model.scorecard)
        #expect(card.subjects.map(\.id) == ["council"])
        #expect(card.cell(subject: "council", factor: "independence")?.verdict == .unmet)
        #expect(card.cell(subject: "council", factor: "oversight")?.entries.map(\.stance).contains(.partial) == true)
        state = ExplorerReducer.reduce(state, keys: "s")
        #expect(state.overlays.top?.overlay == .scorecard)
        #expect(ExplorerView.render(state).lines.contains { $0.contains("Council") })

        // Opened again from disk, the argument is the same.
        let reopened = try essay.open()
        #expect(reopened.model.annotatedClaims.map(\.id) == state.model.annotatedClaims.map(\.id))
        #expect(reopened.model.claim("no-court-reviews")?.targets(.attacks) == ["council-not-independent"])
        #expect(reopened.model.scorecard?.cell(subject: "council", factor: "independence")?.verdict == .unmet)
    }

    @Test("u undoes what one key did and saves; Ctrl-R makes it again")
    func undoAndRedo() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try essay.open()
        state = ExplorerReducer.reduce(state, keys: Self.firstClaim)
        let saved = try #require(essay.annotations)
        state = ExplorerReducer.reduce(state, keys: "u")
        #expect(state.model.claim("council-not-independent") == nil)
        #expect(essay.annotations?.contains("council-not-independent") == false)
        #expect(state.message?.hasPrefix("undone: added claim 'council-not-independent'") == true)
        state = ExplorerReducer.reduce(state, keys: "<C-r>")
        #expect(state.model.claim("council-not-independent")?.kind == .claim)
        #expect(essay.annotations == saved)
        state = ExplorerReducer.reduce(state, keys: "<C-r>")
        #expect(state.message == "nothing to redo")

        // An edit that changes kind and id at once is one step back.
        state = ExplorerReducer.reduce(state, keys: "e4<Enter><Enter><C-u>not-independent<Enter>")
        #expect(state.model.claim("not-independent")?.kind == .premise, "\(state.message ?? "")")
        state = ExplorerReducer.reduce(state, keys: "u")
        #expect(state.model.claim("council-not-independent")?.kind == .claim)
        #expect(essay.annotations == saved)
    }

    @Test("d asks first; y deletes the claim and the relations naming it")
    func deleteWithConfirmation() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try essay.open()
        state = ExplorerReducer.reduce(state, keys: Self.firstClaim + "))c5<Enter>2<Enter>R1<Enter>")
        #expect(state.model.claim("no-court-reviews")?.targets(.supports) == ["council-not-independent"], "\(state.message ?? "")")
        state = ExplorerReducer.reduce(state, keys: "{")
        #expect(state.selection == .claim("council-not-independent"))
        state = ExplorerReducer.reduce(state, keys: "d")
        #expect(state.annotating.dialog == .confirmDelete(id: "council-not-independent", relations: 1))
        state = ExplorerReducer.reduce(state, keys: "n")
        #expect(state.annotating.dialog == nil)
        #expect(state.model.claim("council-not-independent") != nil)
        state = ExplorerReducer.reduce(state, keys: "dy")
        #expect(state.model.claim("council-not-independent") == nil)
        #expect(state.model.claim("no-court-reviews")?.relations.isEmpty == true)
        let text = try #require(essay.annotations)
        #expect(!text.contains("council-not-independent"))
    }

    @Test("D removes one relation to or from the selected claim: picked from several, asked first, undone and redone")
    func removeRelation() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try essay.open()
        // Three claims: the second attacks the first, the third supports it.
        state = ExplorerReducer.reduce(state, keys: Self.firstClaim + "))c5333<Enter>2<Enter>R2indep<Enter>)c333<Enter>2<Enter><Enter>R1indep<Enter>")
        #expect(state.model.claim("no-court-reviews")?.targets(.attacks) == ["council-not-independent"], "\(state.message ?? "")")
        #expect(state.model.claim("say-review-exists")?.targets(.supports) == ["council-not-independent"], "\(state.message ?? "")")
        let related = try #require(essay.annotations)

        // The third has one relation: D asks at once, and any key but y keeps it.
        #expect(state.selection == .claim("say-review-exists"))
        state = ExplorerReducer.reduce(state, keys: "D")
        let only = RelationRemoval.Relation(from: "say-review-exists", type: .supports, to: "council-not-independent")
        #expect(state.annotating.dialog == .unrelate({ var removal = RelationRemoval(claim: "say-review-exists", relations: [only])
            removal.confirming = true
            return removal }()))
        #expect(AnnotationDialogView.content(try #require(state.annotating.dialog), state: state).lines.first?.runs.first?.text
                == "Remove the relation 'say-review-exists' supports 'council-not-independent'?")
        state = ExplorerReducer.reduce(state, keys: "n")
        #expect(state.annotating.dialog == nil)
        #expect(state.message == "'say-review-exists' supports 'council-not-independent' is kept")
        #expect(essay.annotations == related)

        // The first is named by both: D lists them, the claim's own first, then by relation; 2 picks the attack.
        state = ExplorerReducer.reduce(state, keys: ":claim council-not-independent<Enter>")
        #expect(state.selection == .claim("council-not-independent"))
        state = ExplorerReducer.reduce(state, keys: "D")
        guard case .unrelate(let removal)? = state.annotating.dialog else {
            Issue.record("no relation list: \(state.message ?? "")")
            return
        }
        #expect(removal.relations == [only, .init(from: "no-court-reviews", type: .attacks, to: "council-not-independent")])
        #expect(!removal.confirming)
        state = ExplorerReducer.reduce(state, keys: "<Esc>")
        #expect(state.annotating.dialog == nil)
        #expect(essay.annotations == related)
        state = ExplorerReducer.reduce(state, keys: "D2y")
        #expect(state.annotating.dialog == nil)
        #expect(state.message == "claim 'no-court-reviews' no longer attacks 'council-not-independent' · saved")
        #expect(state.model.claim("no-court-reviews")?.relations.isEmpty == true)
        #expect(state.model.claim("say-review-exists")?.targets(.supports) == ["council-not-independent"])
        #expect(state.model.claim("no-court-reviews") != nil)
        let unrelated = try #require(essay.annotations)
        #expect(!unrelated.contains("attacks:"))
        #expect(unrelated.contains("supports: [council-not-independent]"))

        // u puts it back as it was, byte for byte; Ctrl-R takes it away again.
        state = ExplorerReducer.reduce(state, keys: "u")
        #expect(state.model.claim("no-court-reviews")?.targets(.attacks) == ["council-not-independent"])
        #expect(essay.annotations == related)
        state = ExplorerReducer.reduce(state, keys: "<C-r>")
        #expect(state.model.claim("no-court-reviews")?.relations.isEmpty == true)
        #expect(essay.annotations == unrelated)

        // A claim with no relation left says so.
        state = ExplorerReducer.reduce(state, keys: ":claim no-court-reviews<Enter>D")
        #expect(state.annotating.dialog == nil)
        #expect(state.message == "'no-court-reviews' has no relations: R relates it to another")
    }

    @Test("e edits kind, factors, subject and id; Esc leaves the claim as it was")
    func editClaim() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try essay.open()
        state = ExplorerReducer.reduce(state, keys: Self.firstClaim)
        let saved = essay.annotations
        state = ExplorerReducer.reduce(state, keys: "e1<Esc>")
        #expect(state.model.claim("council-not-independent")?.kind == .claim)
        #expect(essay.annotations == saved)
        // Thesis; independence cycles from not met to states, accountability met; no subject.
        state = ExplorerReducer.reduce(state, keys: "e1" + "1" + "j" + "m" + "<Enter>" + "1" + "<Enter>")
        let claim = try #require(state.model.claim("council-not-independent"))
        #expect(claim.kind == .thesis)
        #expect(claim.factors.map(\.factor) == ["independence", "accountability"])
        #expect(claim.factors.map(\.stance) == [.states, .met])
        #expect(claim.subject == nil)
    }

    @Test("w, W and b make a span from the selected sentence; c quotes the span")
    func spanByWordAndSentence() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try essay.open()
        state = ExplorerReducer.reduce(state, keys: ")ww")
        #expect(state.message == "span: 7 words · c makes it a claim")
        state = ExplorerReducer.reduce(state, keys: "b")
        #expect(state.message == "span: 6 words · c makes it a claim")
        state = ExplorerReducer.reduce(state, keys: "bW")
        #expect(state.message == "span: 9 words · c makes it a claim")
        state = ExplorerReducer.reduce(state, keys: "W")
        #expect(state.message == "the span is at the end of its paragraph: a claim quotes one paragraph")
        state = ExplorerReducer.reduce(state, keys: "c")
        guard case .claim(let form)? = state.annotating.dialog else {
            Issue.record("no claim form: \(state.message ?? "")")
            return
        }
        #expect(form.text.hasPrefix("The council is not independent."))
        #expect(form.text.hasSuffix("Its members judge themselves."))
        state = ExplorerReducer.reduce(state, keys: "<Enter><Enter><Enter><Enter>")
        #expect(state.model.annotatedClaims.first?.text == form.text, "\(state.message ?? "")")
        // Moving the selection ends the span.
        state = ExplorerReducer.reduce(state, keys: ")w)")
        #expect(Annotating.span(state) == nil)
    }

    @Test("A accepts a suggested claim with its kind, subject and stances")
    func acceptSuggestion() throws {
        let essay = try UnannotatedEssay(text: SmallEssay.text.replacingOccurrences(
            of: "No court reviews it.", with: "Some argue that the council cannot be said to be held to account."))
        defer { essay.remove() }
        var state = try essay.open()
        let suggested = try #require(state.model.claims.first { $0.isSuggested })
        #expect(suggested.kind == .counterclaim)
        #expect(suggested.factors.map(\.stance) == [.unmet])
        Navigation.select(.claim(suggested.id), in: &state)
        state = ExplorerReducer.reduce(state, keys: "A")
        let accepted = try #require(state.model.annotatedClaims.first, "\(state.message ?? "")")
        #expect(accepted.text == suggested.text)
        #expect(accepted.kind == suggested.kind)
        #expect(accepted.factors.map(\.stance) == suggested.factors.compactMap(\.stance))
        #expect(essay.annotations?.contains(accepted.id) == true)
        #expect(state.selection == .claim(accepted.id))
        #expect(state.message == "added claim '\(accepted.id)' (counterclaim) · saved")
        state = ExplorerReducer.reduce(state, keys: "A")
        #expect(state.message?.hasPrefix("select a suggested claim") == true)
    }

    @Test("a save that fails keeps the edit here and says why; the next edit saves both")
    func failedSaveKeepsTheEdit() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try essay.open()
        state = ExplorerReducer.reduce(state, keys: Self.firstClaim)
        try FileManager.default.removeItem(atPath: essay.annotationsPath)
        state = ExplorerReducer.reduce(state, keys: "))c5<Enter><Enter><Enter>")
        #expect(state.model.claim("no-court-reviews") != nil)
        #expect(state.annotating.unsavedReason?.contains("was removed") == true)
        // The reason comes before the long path, so a status line of 80 columns still shows it.
        #expect(state.message?.hasPrefix("NOT SAVED (the file was removed), kept here") == true, "\(state.message ?? "")")
        state = ExplorerReducer.reduce(state, keys: "j")
        #expect(ExplorerView.render(state).lines.last?.contains("annotations NOT SAVED") == true)
        // q says what would be lost; a second q quits without it.
        var quitting = ExplorerReducer.reduce(state, keys: "q")
        #expect(!quitting.wantsQuit)
        #expect(quitting.message?.hasSuffix("q again quits without them") == true)
        quitting = ExplorerReducer.reduce(quitting, keys: "q")
        #expect(quitting.wantsQuit)
    }

    @Test("q saves again before quitting, and quits when that works")
    func quitSavesWhatFailed() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try essay.open()
        state = ExplorerReducer.reduce(state, keys: Self.firstClaim)
        let first = try #require(essay.annotations)
        try FileManager.default.removeItem(atPath: essay.annotationsPath)
        state = ExplorerReducer.reduce(state, keys: "))c5<Enter><Enter><Enter>")
        #expect(state.annotating.unsavedReason != nil)
        try first.write(toFile: essay.annotationsPath, atomically: true, encoding: .utf8)
        state = ExplorerReducer.reduce(state, keys: "q")
        #expect(state.wantsQuit)
        #expect(essay.annotations?.contains("id: no-court-reviews") == true)
        #expect(essay.annotations?.contains("id: council-not-independent") == true)
    }

    @Test("c on a suggested claim fills the form with what its words suggest")
    func formFromSuggestion() throws {
        let essay = try UnannotatedEssay(text: SmallEssay.text.replacingOccurrences(
            of: "No court reviews it.", with: "Some argue that the council cannot be said to be held to account."))
        defer { essay.remove() }
        var state = try essay.open()
        let suggested = try #require(state.model.claims.first { $0.isSuggested })
        Navigation.select(.claim(suggested.id), in: &state)
        state = ExplorerReducer.reduce(state, keys: "c")
        guard case .claim(let form)? = state.annotating.dialog else {
            Issue.record("no claim form: \(state.message ?? "")")
            return
        }
        #expect(form.kind == .counterclaim)
        #expect(form.factors == [FactorDraft(factor: "accountability", stance: .unmet)])
        #expect(form.text == suggested.text)
    }

    @Test("a change made on disk between two edits is kept")
    func changeOnDiskIsMerged() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try essay.open()
        state = ExplorerReducer.reduce(state, keys: Self.firstClaim)
        let text = try #require(essay.annotations)
        try ("# a note written by hand\n" + text).write(toFile: essay.annotationsPath, atomically: true, encoding: .utf8)
        state = ExplorerReducer.reduce(state, keys: "))c5<Enter><Enter><Enter>")
        let merged = try #require(essay.annotations)
        #expect(merged.hasPrefix("# a note written by hand\n"))
        #expect(merged.contains("id: no-court-reviews"))
        #expect(state.message?.contains("merged") == true)
    }

    @Test("the annotating keys are in the keymap, the ? screen and the README")
    func keysAreDocumented() throws {
        let keys = Keymap.standard.bindings.filter(\.command.isAnnotating)
        #expect(keys.count == 11)
        let help = OverlayContent.help(try UnannotatedEssay().open()).document.parts.count
        #expect(help > 0)
        let readme = try String(contentsOfFile: ExplorerFixture.essayPath.replacingOccurrences(of: "Corpus/kaye-2019-legitimacy.md", with: "README.md"),
                                encoding: .utf8)
        #expect(readme.contains(Keymap.standard.annotatingMarkdownTable), "paste Keymap.standard.annotatingMarkdownTable into the README")
    }
}
