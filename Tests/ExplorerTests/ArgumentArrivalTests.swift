import ArgumentGraph
import EssayKit
@testable import Explorer
import Testing

@Suite("The argument arrives after the text")
struct ArgumentArrivalTests {
    static let full = ExplorerFixture.fullModel

    static func pending() -> ExplorerState {
        var state = ExplorerFixture.state(width: 120, height: 40)
        state.argumentPending = true
        return state
    }

    @Test func theTextShowsWhileTheArgumentIsRead() {
        let state = Self.pending()
        let screen = ExplorerFixture.screen(state)
        #expect(screen.contains { $0.contains("Legitimacy, Collective Authority") })
        #expect(screen.last?.contains("reading the argument…") == true)
        #expect(state.outline.entries.allSatisfy { if case .section = $0.kind { true } else { false } })
    }

    @Test func adoptingKeepsThePlaceTheSearchAndTheOutlineSection() {
        var state = ExplorerReducer.reduce(Self.pending(), keys: "]]/veto<Enter>")
        state = ExplorerReducer.reduce(state, keys: "<Tab><Tab>")
        let anchor = state.anchor
        let section = state.currentSection
        let query = state.search.query
        #expect(state.search.waiting == "veto", "a search typed before the argument waits for it")
        #expect(state.search.found == nil)
        state.adopt(Self.full)
        #expect(!state.argumentPending)
        #expect(state.anchor == anchor)
        #expect(state.currentSection == section)
        #expect(state.search.query == query)
        #expect(state.search.waiting == nil)
        #expect(state.search.found?.count == 3)
        #expect(state.outline.entries.contains { $0.kind == .claim("council-limited-review") })
        #expect(state.claimsByBlock.values.contains { $0.contains { $0.id == "council-limited-review" } })
        #expect(ExplorerFixture.screen(state).last?.contains("reading the argument") == false)
        #expect(ExplorerFixture.screen(state).last?.contains("/veto 3/3") == true)
    }

    @Test func anAdoptedStateDrawsAsOneBuiltWholeDoes() {
        var adopted = Self.pending()
        adopted.adopt(Self.full)
        let whole = ExplorerFixture.state(width: 120, height: 40, model: Self.full)
        #expect(ExplorerFixture.screen(adopted) == ExplorerFixture.screen(whole))
        let keys = "]}l<Enter>"
        #expect(ExplorerFixture.screen(ExplorerReducer.reduce(adopted, keys: keys)) == ExplorerFixture.screen(ExplorerReducer.reduce(whole, keys: keys)))
    }

    @Test func theOutlineCursorStaysOnItsSection() {
        var state = Self.pending()
        state = ExplorerReducer.reduce(state, keys: "<Tab><Tab>jj")
        #expect(state.focus == .outline)
        let before = state.outline.entries[state.outline.cursor]
        #expect(before.kind == .section(2))
        state.adopt(Self.full)
        #expect(state.outline.entries[state.outline.cursor] == before)
    }
}
