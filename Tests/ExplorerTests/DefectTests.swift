import ArgumentGraph
import EssayKit
@testable import Explorer
import Foundation
import Testing

/// Issue 14's reader defects, each as the reader met it.
@Suite("Issue 14: the reader's defects")
struct DefectTests {
    static func bundled(width: Int = 100, height: Int = 30) -> ExplorerState {
        ExplorerFixture.state(width: width, height: height, model: ExplorerFixture.fullModel)
    }

    /// Whether the selection is on the screen.
    static func selectionIsVisible(_ state: ExplorerState) -> Bool {
        guard let selection = state.selection else { return false }
        return Navigation.isVisible(selection, state)
    }

    // MARK: 1. The selection follows the screen

    @Test("1: l after scrolling selects on the screen, not back where the last selection was")
    func selectionFollowsTheScreen() throws {
        var state = ExplorerReducer.reduce(Self.bundled(), keys: "lll")
        #expect(state.selection == .marker(block: 3, label: "1", offset: 468))
        state = ExplorerReducer.reduce(state, keys: String(repeating: "<Space>", count: 8))
        let top = state.top
        state = ExplorerReducer.reduce(state, keys: "l")
        #expect(Self.selectionIsVisible(state), "l selects what is on the screen")
        #expect(state.top == top, "and the screen stays where it was")
        #expect(state.selection == .marker(block: 10, label: "20", offset: 1356))
    }

    @Test("1: } after ] and l after G start from what is visible; h from its bottom")
    func stepsStartFromTheScreen() {
        var state = ExplorerReducer.reduce(Self.bundled(), keys: "l]")
        state = ExplorerReducer.reduce(state, keys: "}")
        #expect(state.selection == .claim("perceptions-question"))
        #expect(Self.selectionIsVisible(state))
        state = ExplorerReducer.reduce(Self.bundled(), keys: "lG")
        let top = state.top
        state = ExplorerReducer.reduce(state, keys: "l")
        #expect(Self.selectionIsVisible(state) && state.top == top)
        state = ExplorerReducer.reduce(Self.bundled(), keys: "lG")
        state = ExplorerReducer.reduce(state, keys: "h")
        #expect(state.selection == .claim("build-confidence"), "h from the bottom of the screen")
        state = ExplorerReducer.reduce(state, keys: "{")
        #expect(state.selection == .claim("process-debate"))
    }

    @Test("1: with the selection on the screen, l and h step from it")
    func stepsFromAVisibleSelection() {
        var state = ExplorerReducer.reduce(Self.bundled(), keys: "lll")
        let third = state.selection
        state = ExplorerReducer.reduce(state, keys: "l")
        #expect(state.selection == .marker(block: 4, label: "2", offset: 391))
        state = ExplorerReducer.reduce(state, keys: "h")
        #expect(state.selection == third)
    }

    // MARK: 3. Ctrl-Z and Ctrl-L

    @Test("3: Ctrl-Z asks the terminal to suspend, Ctrl-L to redraw, in an essay, an overlay, a too small screen and the library")
    func suspendAndRedraw() {
        #expect(ExplorerReducer.reduce(Self.bundled(), keys: "<C-z>").request == .suspend)
        #expect(ExplorerReducer.reduce(Self.bundled(), keys: "<C-l>").request == .redraw)
        #expect(ExplorerReducer.reduce(Self.bundled(), keys: "s<C-z>").request == .suspend)
        #expect(ExplorerReducer.reduce(Self.bundled(width: 20, height: 5), keys: "<C-l>").request == .redraw)
        #expect(LibraryReducer.reduce(SmallLibrary.state(), keys: "<C-z>").request == .suspend)
        #expect(LibraryReducer.reduce(SmallLibrary.state(), keys: "<Enter><C-l>").request == .redraw)
    }

    // MARK: 4. Search

    @Test("4: / reaches a footnote: n lands on its marker and shows the note")
    func searchReachesFootnotes() throws {
        var state = ExplorerReducer.reduce(Self.bundled(), keys: "/ICANN<Enter>")
        let found = try #require(state.search.found)
        #expect(found.count(of: .footnote) > 0)
        var labels: [String] = []
        for _ in 0..<found.count {
            if case .footnote(let label)? = state.detail.subject, case .marker(_, label, _)? = state.selection { labels.append(label) }
            state = ExplorerReducer.reduce(state, keys: "n")
        }
        #expect(labels.count == found.count(of: .footnote))
    }

    @Test("4: r lists every match grouped by kind with true counts; Enter goes to one, Backspace comes back to the list")
    func resultsGroupedByKind() throws {
        var state = ExplorerReducer.reduce(Self.bundled(width: 120, height: 40), keys: "/veto<Enter>r")
        let found = try #require(state.search.found)
        let text = ScreenSnapshot(state).grid.lines.joined(separator: "\n")
        #expect(text.contains("“veto” · \(found.count) matches · Enter goes there"))
        #expect(text.contains("In the text (\(found.textCount))"))
        #expect(text.contains("Footnotes (\(found.count(of: .footnote)))"))
        state = ExplorerReducer.reduce(state, keys: "j<Enter>")
        #expect(state.overlays.isEmpty)
        state = ExplorerReducer.reduce(state, keys: "<BS>")
        #expect(state.overlays.top?.overlay == .results)
    }

    @Test("4: an empty / repeats the last search on to its next match; Up recalls earlier ones; Esc keeps what was shown")
    func emptySearchRepeats() throws {
        var state = ExplorerReducer.reduce(Self.bundled(), keys: "/veto<Enter>")
        let first = try #require(state.search.current)
        state = ExplorerReducer.reduce(state, keys: "/<Enter>")
        #expect(state.search.found?.query == "veto")
        #expect(state.search.current != first)
        state = ExplorerReducer.reduce(state, keys: "/council<Enter>/<Up><Up>")
        #expect(state.prompt?.editor.text == "veto")
        state = ExplorerReducer.reduce(state, keys: "<Esc>")
        #expect(state.search.found?.query == "council")
        state = ExplorerReducer.reduce(state, keys: "<Esc>")
        #expect(state.search.found?.query == "council" && !state.search.highlights)
        #expect(state.message == "search marks hidden; n or N shows them again")
        state = ExplorerReducer.reduce(state, keys: "n")
        #expect(state.search.highlights)
    }

    @Test("4: the library says how many hits there are in all, and in how many essays")
    func libraryTotals() {
        var library = SmallLibrary.library
        let full = library.search
        library.search = { query in
            let results = full(query)
            return SearchResults(hits: Array(results.hits.prefix(1)), total: 3_790, essays: 50)
        }
        let state = LibraryReducer.reduce(LibraryState(library: library, width: 80, height: 24), keys: "/veto")
        #expect(LibraryView.render(state).lines[0] == " Search · “veto” · showing 1 of 3,790 hits in 50 essays")
        let small = LibraryReducer.reduce(SmallLibrary.state(), keys: "/veto")
        #expect(LibraryView.render(small).lines[0] == " Search · “veto” · 2 hits in 1 essay")
    }

    @Test("4: counts are in words that agree with them")
    func plurals() {
        #expect(Plural.count(1, "match", plural: "matches") == "1 match")
        #expect(Plural.count(2, "note") == "2 notes")
        #expect(Plural.count(0, "essay") == "0 essays")
        #expect(Plural.count(3_790, "hit") == "3,790 hits")
        #expect(Plural.count(2, "match", plural: "matches") == "2 matches")
        #expect(Plural.plural(of: "authority") == "authorities")
        var state = ExplorerReducer.reduce(SmallEssay.state(), keys: "/independent<Enter>")
        #expect(state.message == "1 match: 1 in the text · r lists them")
        state = ExplorerReducer.reduce(SmallEssay.state(), keys: "/councils<Enter>")
        #expect(state.message == "2 matches: 1 note, 1 work · r lists them")
    }

    // MARK: 5. Backing out

    @Test("5: q and Backspace close one level: a cell's claims to the scorecard, a work's citing notes to the table")
    func backingOutOneLevel() {
        var state = ExplorerReducer.reduce(Self.bundled(), keys: "s<Enter>")
        #expect(state.overlays.frames.map(\.overlay) == [.scorecard, .cell(subject: "security-council", factor: "independence")])
        state = ExplorerReducer.reduce(state, keys: "q")
        #expect(state.overlays.frames.map(\.overlay) == [.scorecard])
        state = ExplorerReducer.reduce(state, keys: "q")
        #expect(state.overlays.isEmpty && !state.wantsQuit)
        state = ExplorerReducer.reduce(state, keys: "a<Enter>")
        #expect(state.overlays.frames.count == 2)
        state = ExplorerReducer.reduce(state, keys: "<BS>")
        #expect(state.overlays.frames.map(\.overlay) == [.authorities])
    }

    @Test("5: Backspace after following a link from the scorecard returns to it")
    func backToTheScorecard() {
        var state = ExplorerReducer.reduce(Self.bundled(), keys: "s<Enter><Enter>")
        #expect(state.overlays.isEmpty)
        #expect(state.selection == .claim("council-not-independent"))
        state = ExplorerReducer.reduce(state, keys: "<BS>")
        #expect(state.overlays.frames.map(\.overlay) == [.scorecard, .cell(subject: "security-council", factor: "independence")])
        state = ExplorerReducer.reduce(state, keys: "<BS>")
        #expect(state.overlays.frames.map(\.overlay) == [.scorecard])
    }

    // MARK: 6. Fitting the screen

    @Test("6: the scorecard fits 80 columns: every cell whole")
    func scorecardFits80() {
        let state = ExplorerReducer.reduce(Self.bundled(width: 80, height: 40), keys: "s")
        let lines = ScreenSnapshot(state).text(0..<40)
        #expect(lines[2] == " │ Independence      Accountability    Oversight         Representative p…    │")
        #expect(lines[5] == " │ not met (1)       not met (1)       partly met (1)    not met (2)*         │")
        #expect(lines[4] == " │ UN Security Council                                                        │")
        #expect(lines[12] == " │ met (4)           met (4)           met (4)           met (10)*            │")
    }

    @Test("6: at 120 columns the text has a readable measure; z leaves it alone, at most 76 columns, centred")
    func readableMeasure() {
        var state = Self.bundled(width: 120, height: 40)
        #expect(state.layout.width == 55)
        state = ExplorerReducer.reduce(state, keys: "z")
        #expect(state.layout.width == ScreenLayout.measure)
        #expect(state.readingContent.x == 1 + (120 - 3 - 76) / 2)
        #expect(ScreenSnapshot(state).text(0..<1) == [" Introduction"])
        state = ExplorerReducer.reduce(state, keys: "z")
        #expect(state.layout.width == 55)
    }

    @Test("6: ? scrolls, and says how far")
    func helpScrolls() {
        var state = ExplorerReducer.reduce(SmallEssay.state(), keys: "?")
        var lines = ScreenSnapshot(state).text(0..<24)
        #expect(lines[21].hasPrefix(" └─ 1–19 of "))
        state = ExplorerReducer.reduce(state, keys: "jjj")
        lines = ScreenSnapshot(state).text(0..<24)
        #expect(lines[21].hasPrefix(" └─ 4–22 of "))
        #expect(lines[2] == " │   <PgDn> <Space> <C-f>   page down                                         │")
        state = ExplorerReducer.reduce(state, keys: "G")
        #expect(ScreenSnapshot(state).text(21..<22)[0].contains(" ↑ "))
    }

    // MARK: 7. The factor lens

    @Test("7: the legend shows the badges, the stance marks and the claim kinds, in ? and with L")
    func legend() {
        let state = ExplorerReducer.reduce(SmallEssay.state(width: 80, height: 40), keys: "L")
        let lines = ScreenSnapshot(state).text(0..<40)
        #expect(lines.contains(" │ Badges                                                                     │"))
        #expect(lines.contains(" │   O  Oversight (key 3)                                                     │"))
        #expect(lines.contains(" │   X-  not met                                                              │"))
        #expect(lines.contains(" │   X?  suggested by the framework's cue words, not annotated                │"))
        #expect(lines.contains(" │   counterclaim                                                             │"))
        // ? ends with the same legend, and G scrolls down to it.
        let help = OverlayContent.help(state).document.lines.map(\.text)
        let legend = OverlayContent.legend(state).lines.map(\.text)
        #expect(legend.contains("  X-  not met") && legend.contains("  O  Oversight (key 3)"))
        #expect(Array(help.suffix(legend.count)) == legend)
        let end = ScreenSnapshot(ExplorerReducer.reduce(SmallEssay.state(width: 80, height: 40), keys: "?G")).text(0..<40)
        #expect(end.contains(" │   counterclaim                                                             │"))
    }

    @Test("7: without colour a mark tells met, partly met and not met apart")
    func noColourMarks() {
        var state = Self.bundled(width: 100, height: 40)
        state.colors = .none
        state = ExplorerReducer.reduce(state, keys: "]")
        let lines = ScreenSnapshot(state).text(0..<40)
        #expect(lines.contains { $0.hasPrefix("  I-· · ·  council-not-in│") })
        #expect(lines.contains { $0.hasPrefix("  · · O~·  council-limite│") })
        #expect(lines.contains { $0.hasPrefix("  I=· · ·  def-independen│") })
    }

    @Test("7: the lens hides what it leaves out, combines factors and filters by stance")
    func lens() {
        var state = ExplorerReducer.reduce(Self.bundled(), keys: "3x")
        let claims = state.outline.entries.compactMap { entry -> String? in if case .claim(let id) = entry.kind { id } else { nil } }
        #expect(claims.allSatisfy { state.model.claim($0)?.assessment(of: "oversight") != nil })
        #expect(claims.contains("council-limited-review"))
        state = ExplorerReducer.reduce(state, keys: "1")
        #expect(state.filter.factors == ["independence", "oversight"])
        let both = state.outline.entries.filter { if case .claim = $0.kind { true } else { false } }.count
        #expect(both > claims.count)
        state = ExplorerReducer.reduce(state, keys: "vv")
        #expect(state.filter.stance == .partial)
        let partial = state.outline.entries.compactMap { entry -> String? in if case .claim(let id) = entry.kind { id } else { nil } }
        #expect(partial == ["council-limited-review"])
        #expect(ExplorerView.render(state).lines.last?.contains("lens: Independence+Oversight partly met") == true)
        state = ExplorerReducer.reduce(state, keys: "0x")
        #expect(!state.filter.isActive && !state.filter.hidesOthers)
    }

    // MARK: 8. Small wrongs

    @Test("8: a suggested factor says what suggested it, once; a claim's quote is not quoted twice")
    func suggestedAndQuotes() throws {
        let state = ExplorerReducer.reduce(Self.bundled(), keys: ":claim def-oversight<Enter>")
        let lines = DetailContent.document(for: state.detail.subject, state: state).lines.map(\.text)
        #expect(lines.contains { $0.hasPrefix("“an institution may also be accountable") })
        #expect(!lines.contains { $0.hasPrefix("““") })
        let suggested = try #require(ExplorerFixture.fullModel.claims.first { claim in
            claim.isAnnotated && claim.factors.contains { $0.source == .suggested }
        })
        let text = DetailContent.document(for: .claim(suggested.id), state: state).lines.map(\.text)
        #expect(text.contains { $0.contains(": suggested by “") })
        #expect(!text.contains { $0.contains("suggested (suggested)") })
    }

    @Test("8: the table of authorities names every author")
    func coAuthors() {
        let state = ExplorerReducer.reduce(Self.bundled(width: 120, height: 80), keys: "a")
        let lines = ScreenSnapshot(state).grid.lines
        #expect(lines.contains { $0.contains("PETER SINGER & EMERSON BROOKING, LIKEWAR") })
        #expect(lines.contains { $0.contains("JACK GOLDSMITH & TIM WU, WHO CONTROLS THE INTERNET?") })
        #expect(lines.contains { $0.contains("  note 36") })
    }

    @Test("8: :claim no- and Tab completes as far as the claims agree, and names them")
    func claimCompletion() {
        var state = ExplorerReducer.reduce(Self.bundled(), keys: ":claim no-<Tab>")
        #expect(state.prompt?.editor.text == "claim no-")
        #expect(state.message == "3 choices: no-guarantee no-party-dictates no-single-actor")
        state = ExplorerReducer.reduce(state, keys: "s<Tab>")
        #expect(state.prompt?.editor.text == "claim no-single-actor")
        state = ExplorerReducer.reduce(state, keys: "<Enter>")
        #expect(state.selection == .claim("no-single-actor"))
        state = ExplorerReducer.reduce(state, keys: ":cl<Tab>")
        #expect(state.prompt?.editor.text == "claim ")
    }
}

/// Issue 15 item 3 comes next: the explorer can select a sentence, and keeps its overlays in a
/// stack and its prompts in one line editor that menus and pickers can reuse.
@Suite("Ready for annotating: selecting a sentence")
struct SentenceSelectionTests {
    @Test(") and ( select sentences in reading order, Enter shows one, l goes on from it")
    func sentences() throws {
        var state = ExplorerReducer.reduce(SmallEssay.state(), keys: ")")
        #expect(state.selection == .sentence(SentenceLocator(section: 0, block: 0, sentence: 0)))
        state = ExplorerReducer.reduce(state, keys: "))")
        #expect(state.selection == .sentence(SentenceLocator(section: 1, block: 0, sentence: 0)))
        state = ExplorerReducer.reduce(state, keys: "(")
        #expect(state.selection == .sentence(SentenceLocator(section: 0, block: 0, sentence: 1)))
        #expect(state.detail.subject == .sentence(SentenceLocator(section: 0, block: 0, sentence: 1)))
        let screen = ScreenSnapshot(state)
        #expect(screen.text(5..<7) == ["  ··O·~say-review-ex│ The council is not independent.¹ Its members judge", "                    │ themselves."])
        #expect(screen.styles(row: 5, from: 54, count: 18, Styles.legend) == ".SSS.SSSSSSS.SSSSS")
        state = ExplorerReducer.reduce(state, keys: "<Enter>")
        #expect(state.focus == .detail)
        #expect(ScreenSnapshot(state).text(14..<17) == [
            "                    │ Sentence · line 5",
            "                    │ Its members judge themselves.",
            "                    │ Introduction",
        ])
        state = ExplorerReducer.reduce(state, keys: "<C-o>l")
        #expect(state.selection == .claim("no-review"))
        let last = ExplorerReducer.reduce(SmallEssay.state(), keys: ")))))")
        #expect(last.message == "this is the last sentence")
    }

    @Test("a click on text no claim covers selects its sentence")
    func clickSelectsASentence() {
        let state = SmallEssay.state()
        let content = state.readingContent
        let clicked = ExplorerReducer.reduce(state, .click(x: content.x + 40, y: content.y + 4))
        #expect(clicked.selection == .sentence(SentenceLocator(section: 0, block: 0, sentence: 1)))
    }
}

/// The suggested claims ArgumentGraph holds show as claims, marked as suggested, and can be selected.
@Suite("Suggested claims in the explorer")
struct SuggestedClaimTests {
    @Test("a suggested claim is in the outline with ~, selectable with }, and its detail says what suggested it")
    func suggestedClaims() throws {
        let model = SmallEssay.model
        let suggested = try #require(model.claim("say-review-exists"))
        #expect(suggested.isSuggested && suggested.isClaim && !suggested.isAnnotated)
        var state = SmallEssay.state()
        #expect(state.outline.entries.contains(OutlineEntry(kind: .claim("say-review-exists"), section: 1)))
        state = ExplorerReducer.reduce(state, keys: "}}}")
        #expect(state.selection == .claim("say-review-exists"))
        let lines = DetailContent.document(for: state.detail.subject, state: state).lines.map(\.text)
        #expect(lines.prefix(3) == ["say-review-exists", "claim (suggested) · about “say review”", "  Oversight: suggested by “review”"])
        #expect(ScreenSnapshot(state).text(5..<6) == ["  ··O·~say-review-ex│ The council is not independent.¹ Its members judge"])
    }
}

@Suite("Cue words in a suggestion's detail")
struct CueListTests {
    @Test("a cue that made both the factor and its stance is listed once, in the order found")
    func eachCueOnce() {
        #expect(DetailContent.cueList(["excluded from", "excluded from"]) == "excluded from")
        #expect(DetailContent.cueList(["review", "no", "review"]) == "review”, “no")
    }
}
