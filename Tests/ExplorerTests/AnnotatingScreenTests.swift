import ArgumentGraph
@testable import Explorer
import Testing

/// The annotating dialogs drawn into the grid: the claim form's menus, the delete question and the
/// relation picker, with the chosen line in reverse video.
@Suite("Annotating dialogs on the screen")
struct AnnotatingScreenTests {
    static func open(_ keys: String, essay: UnannotatedEssay) throws -> ExplorerState {
        ExplorerReducer.reduce(try essay.open(width: 80, height: 24), keys: keys)
    }

    /// The rows of the box on `screen` whose text is reversed (the chosen line), by their text.
    static func chosen(_ state: ExplorerState) -> [String] {
        let grid = ExplorerView.render(state)
        return (0..<(grid.height - 1)).filter { row in (4..<70).allSatisfy { grid[$0, row].style.reverse } }.map { grid.lines[$0] }
    }

    @Test("the kind menu lists the kinds by number, the current one chosen")
    func kindMenu() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try Self.open(")c", essay: essay)
        #expect(ScreenSnapshot(state).text(1..<18) == [
            "▸ ┌─ New claim ──────────────────────────────────────────────────────────────┐",
            "  │ “The council is not independent.”                                        │",
            "  │ ▸ kind     claim                                                         │",
            "  │   factors  none                                                          │",
            "  │   subject  none                                                          │",
            "  │   id       council-not-independent                                       │",
            "  │                                                                          │",
            "  │ 1 thesis                                                                 │",
            "  │ 2 question                                                               │",
            "  │ 3 claim                                                                  │",
            "  │ 4 premise                                                                │",
            "  │ 5 counterclaim                                                           │",
            "  │ 6 rebuttal                                                               │",
            "  │ 7 evidence                                                               │──",
            "  │ 8 definition                                                             │",
            "  │ 9 conclusion                                                             │",
            "  └─ 1–9 or j k Enter choose · Tab skips · Esc cancels ──────────────────────┘",
        ])
        #expect(Self.chosen(state) == ["  │ 3 claim                                                                  │"])
        state = ExplorerReducer.reduce(state, keys: "jj")
        #expect(Self.chosen(state) == ["  │ 5 counterclaim                                                           │"])
    }

    @Test("the factors menu shows each factor's stance; digits cycle them")
    func factorsMenu() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        let state = try Self.open(")c3111j2", essay: essay)
        #expect(ScreenSnapshot(state).text(1..<13) == [
            "▸ ┌─ New claim ──────────────────────────────────────────────────────────────┐",
            "  │ “The council is not independent.”                                        │",
            "  │   kind     claim                                                         │",
            "  │ ▸ factors  Independence: not met, Accountability: met                    │",
            "  │   subject  none                                                          │",
            "  │   id       council-not-independent                                       │",
            "  │                                                                          │",
            "  │ 1 Independence                  not met                                  │",
            "  │ 2 Accountability                met                                      │",
            "  │ 3 Oversight                     ·                                        │",
            "  │ 4 Representative participation  ·                                        │",
            "  └─ digit or Space cycles a stance · m p u s set one · Enter next ──────────┘",
        ])
        #expect(Self.chosen(state) == ["  │ 2 Accountability                met                                      │"])
    }

    @Test("the subject menu offers no subject, the declared ones and a new one")
    func subjectMenu() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try Self.open(AnnotatingTests.firstClaim + "))c5<Enter>", essay: essay)
        #expect(ScreenSnapshot(state).text(7..<12) == [
            "  │                                                                          │",
            "  │ 1 no subject                                                             │",
            "  │ 2 Council                                                                │",
            "  │ 3 new subject…                                                           │",
            "  └─ digits or j k Enter choose · Backspace back · Esc cancels ──────────────┘",
        ])
        state = ExplorerReducer.reduce(state, keys: "3court")
        #expect(ScreenSnapshot(state).text(10..<12) == [
            "  │ new subject id: court▏                                                   │",
            "  └─ type the subject's id · Enter takes it · Esc cancels ───────────────────┘",
        ])
    }

    @Test("the relation picker narrows the claims as letters are typed")
    func relationPicker() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try Self.open(AnnotatingTests.firstClaim + "))c5<Enter>2<Enter>)c<Enter><Enter><Enter><Enter>R", essay: essay)
        #expect(ScreenSnapshot(state).text(1..<8) == [
            "▸ ┌─ Relate claim ───────────────────────────────────────────────────────────┐",
            "  │ 'say-review-exists' …                                                    │",
            "  │ 1 supports                                                               │",
            "  │ 2 attacks                                                                │",
            "  │ 3 rebuts                                                                 │",
            "  │ 4 qualifies                                                              │",
            "  └─ 1–4 or j k Enter choose · Esc cancels ──────────────────────────────────┘",
        ])
        state = ExplorerReducer.reduce(state, keys: "3")
        #expect(ScreenSnapshot(state).text(1..<7) == [
            "▸ ┌─ Relate claim: which claim? ─────────────────────────────────────────────┐",
            "  │ 'say-review-exists' rebuts …                                             │",
            "  │ > ▏                                                                      │",
            "  │ council-not-independent      The council is not independent.             │",
            "  │ no-court-reviews             No court reviews it.                        │",
            "  └─ type to narrow · ↑ ↓ choose · Enter relates · Esc cancels ──────────────┘",
        ])
        #expect(Self.chosen(state).first?.contains("council-not-independent") == true)
        state = ExplorerReducer.reduce(state, keys: "<Down>")
        #expect(Self.chosen(state).first?.contains("no-court-reviews") == true)
        state = ExplorerReducer.reduce(state, keys: "crt")
        #expect(ScreenSnapshot(state).text(3..<6) == [
            "  │ > crt▏                                                                   │",
            "  │ no-court-reviews             No court reviews it.                        │",
            "  └─ type to narrow · ↑ ↓ choose · Enter relates · Esc cancels ──────────────┘",
        ])
        state = ExplorerReducer.reduce(state, keys: "<Enter>")
        #expect(state.model.claim("say-review-exists")?.targets(.rebuts) == ["no-court-reviews"])
    }

    @Test("d asks before deleting")
    func deleteQuestion() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        let state = try Self.open(AnnotatingTests.firstClaim + "d", essay: essay)
        #expect(ScreenSnapshot(state).text(1..<5) == [
            "▸ ┌─ Delete claim ───────────────────────────────────────────────────────────┐",
            "  │ Delete the claim 'council-not-independent'?                              │",
            "  │ u undoes it afterwards.                                                  │",
            "  └─ y deletes · any other key keeps it ─────────────────────────────────────┘",
        ])
    }
}
