import ArgumentGraph
import EssayKit
@testable import Explorer
import Testing

/// The styles the screen tests name, one letter each.
enum Styles {
    static let legend: [Character: CellStyle] = [
        "-": CellStyle(dim: true),
        "H": CellStyle(foreground: .cyan, bold: true),
        "B": CellStyle(bold: true),
        "R": CellStyle(foreground: .red, bold: true),
        "C": CellStyle(foreground: .cyan),
        "I": CellStyle(italic: true),
        "M": CellStyle(foreground: .magenta, bold: true),
        "S": CellStyle(reverse: true),
        "m": CellStyle(foreground: .magenta, bold: true, reverse: true),
        "r": CellStyle(foreground: .red, bold: true, reverse: true),
        "Y": CellStyle(foreground: .black, background: .yellow),
        "y": CellStyle(foreground: .red, background: .yellow, bold: true),
        "*": CellStyle(bold: true, reverse: true),
        "U": CellStyle(bold: true, underline: true),
        "u": CellStyle(underline: true),
        "~": CellStyle(dim: true, underline: true),
        "s": CellStyle(foreground: .cyan, dim: true),
        "z": CellStyle(foreground: .black, background: .yellow, dim: true, underline: true),
    ]
}

@Suite("Explorer screens")
struct ExplorerViewTests {
    @Test("the first screen at 80×24: text and style of every cell")
    func firstScreenAt80x24() {
        let screen = ScreenSnapshot(SmallEssay.state())
        #expect(screen.text(0..<16) == [
            "─ Outline ──────────│ Introduction",
            "▸ Introduction      │ A Small Essay",
            "  I··· not-independe│",
            "  I. REVIEW         │ Ann Author",
            "  ··O· no-review    │",
            "  ··O·~say-review-ex│ The council is not independent.¹ Its members judge",
            "                    │ themselves.",
            "                    │",
            "                    │",
            "                    │ I. REVIEW",
            "                    │",
            "                    │ No court reviews it.² Some say review exists.",
            "                    │",
            "                    │",
            "                    │─ Detail ──────────────────────────────────────────────────",
            "                    │ Nothing selected",
        ])
        #expect(screen.styles(0..<16, Styles.legend) == [
            "---------------------HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH",
            "HHHHHHHHHHHHHH......-.B.BBBBB.BBBBB",
            "..R---CCCCCCCCCCCCCC-",
            "BBBBBBBBBBB.........-.III.IIIIII",
            "..--R-RRRRRRRRRR....-",
            "..--s-~~~~~~~~~~~~~~-.CCC.CCCCCCC.CC.CCC.CCCCCCCCCCCCM",
            "....................-",
            "....................-",
            "....................-",
            "....................-.HH.HHHHHH",
            "....................-",
            "....................-.RR.RRRRR.RRRRRRR.RRRM.~~~~.~~~.~~~~~~.~~~~~~~",
            "....................-",
            "....................-",
            "....................------------------------------------------------------------",
            "....................-.HHHHHHHHHHHHHHHH",
        ])
        #expect(screen.text(23..<24) == [" A Small Essay · Introduction · 0%                               ? help  q quit"])
        #expect(screen.styles(23..<24, Styles.legend) == [String(repeating: "S", count: 80)])
    }

    @Test("the status line: the section and search stay in sight at 80 columns; the title takes what is left at 160")
    func theSearchStaysInSightOnANarrowStatusLine() {
        var state = ExplorerFixture.state(width: 80, height: 24, model: ExplorerFixture.fullModel)
        state = ExplorerReducer.reduce(state, keys: "]]/veto<Enter>n3")
        #expect(ExplorerView.render(state).lines.last == " Introduction · 9% · lens: Oversight · /veto 1/3 · 7 claims spea ? help  q quit")
        let wide = ExplorerView.render(ExplorerReducer.reduce(state, .resize(width: 160, height: 40))).lines.last
        #expect(wide == " Legitimacy, Collective Authorit… · Introduction · 9% · lens: Oversight · /veto 1/3 · 7 claims speak to oversight; "
            + "1 other sentence suggests it  ? help  q quit")
        let plain = ExplorerReducer.reduce(ExplorerFixture.state(width: 200, height: 40, model: ExplorerFixture.fullModel), keys: "]]")
        #expect(ExplorerView.render(plain).lines.last == " Legitimacy, Collective Authority and Internet Governance · II. INTERNET GOVERNANCE AND THE "
            + "LEGITIMACY FRAMEWORK · 40%" + String(repeating: " ", count: 67) + "? help  q quit")
    }

    @Test func followAMarkerToItsFootnoteAndBack() {
        var state = SmallEssay.state()
        state = ExplorerReducer.reduce(state, keys: "l")
        #expect(state.selection == .claim("not-independent"))
        state = ExplorerReducer.reduce(state, keys: "l")
        #expect(state.selection == .marker(block: 2, label: "1", offset: 31))
        state = ExplorerReducer.reduce(state, keys: "<Enter>")
        #expect(state.detail.subject == .footnote("1"))
        #expect(state.focus == .detail)
        #expect(ScreenSnapshot(state).text(14..<20) == [
            "                    │ Footnote 1 · line 13",
            "                    │ Jo Writer & Al Other, Councils, 1 J. L. 2 (2000).",
            "                    │",
            "                    │ Cites",
            "                    │   [full] Jo Writer & Al Other, Councils (2000)",
            "                    │",
        ])
        state = ExplorerReducer.reduce(state, keys: "<C-o>")
        #expect(state.focus == .reading)
        #expect(state.detail.subject == .footnote("1"))
        state = ExplorerReducer.reduce(state, keys: "<Tab>")
        #expect(state.focus == .detail, "Tab right after a jump back goes forward, as Ctrl-I")
    }

    @Test func sectionsAndClaimsStepping() {
        var state = SmallEssay.state()
        state = ExplorerReducer.reduce(state, keys: "]")
        #expect(state.currentSection == 1)
        state = ExplorerReducer.reduce(state, keys: "[")
        #expect(state.currentSection == 0)
        state = ExplorerReducer.reduce(state, keys: "}}")
        #expect(state.selection == .claim("no-review"))
        state = ExplorerReducer.reduce(state, keys: "{")
        #expect(state.selection == .claim("not-independent"))
    }

    @Test func theFactorLensLimitsClaimStepping() {
        var state = SmallEssay.state()
        state = ExplorerReducer.reduce(state, keys: "3")
        #expect(state.filter.factors == ["oversight"])
        state = ExplorerReducer.reduce(state, keys: "}")
        #expect(state.selection == .claim("no-review"))
        #expect(ExplorerView.render(state).lines.last == " A Small Essay · Introduction · 0% · lens: Oversight             ? help  q quit")
        state = ExplorerReducer.reduce(state, keys: "3")
        #expect(!state.filter.isActive)
        state = ExplorerReducer.reduce(state, keys: "10")
        #expect(!state.filter.isActive)
    }

    @Test("search: folded, counted as legit search counts, stepped with n and N, Esc going back to the search before")
    func searchFindsFoldedTextAndCycles() throws {
        var state = SmallEssay.state()
        state = ExplorerReducer.reduce(state, keys: "/REVIEW")
        #expect(state.prompt?.kind == .search)
        let found = try #require(state.search.found)
        #expect(found.count == 2)
        #expect(ExplorerView.render(state).lines.last == " /REVIEW                                  2 matches · Enter keeps · Esc cancels")
        state = ExplorerReducer.reduce(state, keys: "<Enter>")
        #expect(state.prompt == nil)
        #expect(state.search.current.map(found.ordinal) == 1)
        state = ExplorerReducer.reduce(state, keys: "n")
        #expect(state.search.current.map(found.ordinal) == 2)
        #expect(ExplorerView.render(state).lines.last == " A Small Essay · Introduction · 0% · /REVIEW 2/2                 ? help  q quit")
        state = ExplorerReducer.reduce(state, keys: "n")
        #expect(state.search.current.map(found.ordinal) == 1)
        #expect(state.message == "search wrapped to the top")
        // Both matches marked, the current one apart.
        let screen = ScreenSnapshot(state)
        #expect(screen.text(11..<12) == ["                    │ No court reviews it.² Some say review exists."])
        #expect(screen.styles(11..<12, Styles.legend) == ["....................-.RR.RRRRR.*******.RRRM.~~~~.~~~.zzzzzz.~~~~~~~"])
        state = ExplorerReducer.reduce(state, keys: "/zzz<Esc>")
        #expect(state.search.found?.query == "REVIEW", "Esc keeps the search there was")
    }

    @Test func thePromptJumps() {
        var state = SmallEssay.state()
        state = ExplorerReducer.reduce(state, keys: ":fn 2<Enter>")
        #expect(state.detail.subject == .footnote("2"))
        state = ExplorerReducer.reduce(state, keys: ":claim no-review<Enter>")
        #expect(state.selection == .claim("no-review"))
        state = ExplorerReducer.reduce(state, keys: ":sec 0<Enter>")
        #expect(state.currentSection == 0)
        state = ExplorerReducer.reduce(state, keys: ":fn 99<Enter>")
        #expect(state.message == "no footnote 99")
    }

    @Test func scorecardOverlayListsACellsClaims() {
        var state = SmallEssay.state()
        state = ExplorerReducer.reduce(state, keys: "s")
        #expect(ScreenSnapshot(state).text(1..<7) == [
            "▸┌─ Scorecard · Enter lists a cell's claims ──────────────────────────────────┐",
            " │          Independence    Accountability  Oversight       Participation     │",
            " │                                                                            │",
            " │ Council  not met (1)     —               not met (1)     —                 │",
            " │     Independence: not-independent                                          │",
            " │     Oversight: no-review                                                   │",
        ])
        state = ExplorerReducer.reduce(state, keys: "<Enter>")
        #expect(state.overlays.frames.map(\.overlay) == [.scorecard, .cell(subject: "council", factor: "independence")])
        state = ExplorerReducer.reduce(state, keys: "<Enter>")
        #expect(state.overlays.isEmpty)
        #expect(state.selection == .claim("not-independent"))
        state = ExplorerReducer.reduce(state, keys: "f")
        #expect(ScreenSnapshot(state).text(2..<3) == [" │   no-review (counterclaim) ──✕ attacks                                     │"])
        state = ExplorerReducer.reduce(state, keys: "q")
        #expect(state.overlays.isEmpty && !state.wantsQuit)
        state = ExplorerReducer.reduce(state, keys: "q")
        #expect(state.wantsQuit)
    }

    @Test("a scorecard line too long for the box ends in an ellipsis, not at the border")
    func scorecardCutLineEndsInEllipsis() throws {
        let state = ExplorerReducer.reduce(ExplorerFixture.state(width: 80, height: 40, model: ExplorerFixture.fullModel), keys: "s")
        let lines = ExplorerFixture.screen(state)
        let participation = try #require(lines.first { $0.contains("Representative participation: wsis-governing-principle") })
        #expect(participation.hasSuffix("…│"))
        let short = try #require(lines.first { $0.contains("Independence: council-not-independent") })
        #expect(!short.contains("…"))
    }

    @Test("at 40×12 the scorecard lists each cell on a line of its own inside its box, and says how far it is scrolled")
    func scorecardAtTheSmallestSize() {
        var state = ExplorerReducer.reduce(ExplorerFixture.state(width: 40, height: 12, model: ExplorerFixture.fullModel), keys: "s")
        #expect(ScreenSnapshot(state).text(1..<10) == [
            " ┌─ Scorecard · Enter lists claims ───┐",
            " │ UN Security Council                │",
            " │   Independence: not met (1)        │",
            " │   Accountability: not met (1)      │",
            " │   Oversight: partly met (1)        │",
            " │   Representative participation: no…│",
            " │                                    │",
            " │ Multi-stakeholder model            │",
            " └─ 1–7 of 19 ↓ ──── q or Esc closes ─┘",
        ])
        state = ExplorerReducer.reduce(state, keys: "jjjjjjjj")
        let lines = ScreenSnapshot(state).text(1..<10)
        #expect(lines.last == " └─ 13–19 of 19 ↑ ── q or Esc closes ─┘")
        #expect(ExplorerView.render(state).lines.allSatisfy { TerminalText.width(of: $0) <= 40 })
    }

    @Test func helpIsGeneratedFromTheKeymap() {
        var state = ExplorerReducer.reduce(SmallEssay.state(width: 120, height: 120), keys: "?")
        let screen = ExplorerView.render(state).lines.joined(separator: "\n")
        for binding in Keymap.standard.bindings {
            #expect(screen.contains(binding.keyNotation.joined(separator: " ")), "\(binding.command)")
        }
        #expect(screen.contains("only claims on: 1 Independence, 2 Accountability, 3 Oversight, 4"))
        state = ExplorerReducer.reduce(state, keys: "?")
        #expect(state.overlays.isEmpty)
    }

    @Test func tooSmallSaysSo() {
        let lines = ExplorerView.render(SmallEssay.state(width: 30, height: 10)).lines
        #expect(lines.filter { !$0.isEmpty }.map { $0.trimmingCharacters(in: " ") } == [
            "Terminal too small", "legit needs 40×12", "(now 30×10)", "q quits",
        ])
        let tiny = ExplorerView.render(SmallEssay.state(width: 5, height: 2)).lines
        #expect(tiny.count == 2)
    }

    @Test func narrowTerminalsShowOnePaneAtATime() {
        var state = SmallEssay.state(width: 60, height: 20)
        #expect(state.screen.mode == .narrow)
        #expect(ExplorerView.render(state).lines[1] == " A Small Essay")
        state = ExplorerReducer.reduce(state, keys: "<Tab>")
        #expect(ExplorerView.render(state).lines[0] == " Detail")
    }

    @Test func controlCharactersNeverReachTheScreen() throws {
        let text = "# T\n\nAnn Author\n\nEvil \u{1B}[2J text \u{07} and \u{9B}31m here.\n"
        let essay = try EssayParser().parse(SourceFile.decode(path: "evil.md", data: Array(text.utf8)))
        let grid = ExplorerView.render(ExplorerState(model: ExplorerModel(essay: essay, path: "evil.md"), width: 80, height: 24))
        for cell in grid.cells {
            #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
        #expect(grid.lines.contains("                    │ Evil ␛[2J text ␇ and �31m here."))
    }
}
