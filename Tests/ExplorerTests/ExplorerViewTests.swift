import EssayKit
@testable import Explorer
import Testing

/// A small essay with two claims, drawn at fixed sizes so the screens can be read in the tests.
enum SmallEssay {
    static let text = """
        # A Small Essay

        Ann Author

        The council is not independent.<sup>1</sup> Its members judge themselves.

        ## I. REVIEW

        No court reviews it.<sup>2</sup> Some say review exists.

        ---

        1. Jo Writer, *Councils*, 1 J. L. 2 (2000).

        2. *Id.* at 5.
        """

    static let essay: Essay = {
        do { return try EssayParser().parse(SourceFile.decode(path: "small.md", data: Array(text.utf8))) } catch { fatalError("\\(error)") }
    }()

    static var model: ExplorerModel {
        let first = essay.sections[0].blocks[0].content.text
        let second = essay.sections[1].blocks[0].content.text
        let claimA = ExplorerModel.Claim(
            id: "not-independent", kind: "claim", text: "The council is not independent.", subject: "council",
            factors: [.init(factor: "independence", stance: "unmet", suggested: false)],
            block: ReadingBlockRef(section: 0, block: 0), textRange: range(of: "The council is not independent.", in: first),
            section: 0, footnotes: ["1"], relations: [:])
        let claimB = ExplorerModel.Claim(
            id: "no-review", kind: "counterclaim", text: "No court reviews it.", subject: "council",
            factors: [.init(factor: "oversight", stance: "unmet", suggested: false)],
            block: ReadingBlockRef(section: 1, block: 0), textRange: range(of: "No court reviews it.", in: second),
            section: 1, footnotes: ["2"], relations: ["attacks": ["not-independent"]])
        return ExplorerModel(
            essay: essay, path: "small.md", claims: [claimA, claimB],
            factors: [.init(id: "independence", name: "Independence", badge: "I"), .init(id: "accountability", name: "Accountability", badge: "A"),
                      .init(id: "oversight", name: "Oversight", badge: "O"), .init(id: "participation", name: "Participation", badge: "P")],
            subjects: [(id: "council", name: "Council")],
            scorecard: ["council": ["independence": .init(stance: "unmet", claims: ["not-independent"]), "oversight": .init(stance: "unmet", claims: ["no-review"])]])
    }

    static func range(of part: String, in text: String) -> Range<Int> {
        guard let found = text.range(of: part) else { return 0..<0 }
        let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
        return start..<(start + part.utf8.count)
    }

    static func state(width: Int = 80, height: Int = 24) -> ExplorerState {
        ExplorerState(model: model, width: width, height: height)
    }
}

@Suite("Explorer screens")
struct ExplorerViewTests {
    @Test func firstScreenAt80x24() {
        let lines = ExplorerView.render(SmallEssay.state()).lines
        #expect(Array(lines.prefix(8)) == [
            "─ Outline ──────────│ Introduction",
            "▸ Introduction      │ A Small Essay",
            "  I··· not-independe│",
            "  I. REVIEW         │ Ann Author",
            "  ··O· no-review    │",
            "                    │ The council is not independent.¹ Its members judge",
            "                    │ themselves.",
            "                    │",
        ])
        #expect(lines.last == " A Small Essay · Introduction · 0%                               ? help  q quit")
    }

    @Test func theSearchStaysInSightOnANarrowStatusLine() {
        var state = ExplorerFixture.state(width: 80, height: 24, model: ExplorerFixture.fullModel)
        state = ExplorerReducer.reduce(state, keys: "]]/veto<Enter>n3")
        let status = ExplorerView.render(state).lines.last ?? ""
        #expect(status.contains("/veto 1/2"), "\(status)")
        #expect(status.contains("filter: "), "\(status)")
        #expect(status.hasSuffix("? help  q quit"))
        let wide = ExplorerView.render(ExplorerReducer.reduce(state, .resize(width: 160, height: 40))).lines.last ?? ""
        #expect(wide.hasPrefix(" Legitimacy, Collective Auth… · "), "\(wide)")
    }

    @Test func followAMarkerToItsFootnoteAndBack() {
        var state = SmallEssay.state()
        state = ExplorerReducer.reduce(state, keys: "l")
        #expect(state.selection == .claim("not-independent"))
        state = ExplorerReducer.reduce(state, keys: "l")
        #expect(state.selection == .marker(block: 2, label: "1", offset: 31))
        state = ExplorerReducer.reduce(state, keys: "<Enter>")
        #expect(state.detail == .footnote("1"))
        #expect(state.focus == .detail)
        let screen = ExplorerView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Footnote 1 · line 13"))
        #expect(screen.contains("Jo Writer, Councils, 1 J. L. 2 (2000)."))
        state = ExplorerReducer.reduce(state, keys: "<C-o>")
        #expect(state.focus == .reading)
        #expect(state.detail == .footnote("1"))
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

    @Test func theFactorFilterLimitsClaimStepping() {
        var state = SmallEssay.state()
        state = ExplorerReducer.reduce(state, keys: "3")
        #expect(state.factorFilter == "oversight")
        state = ExplorerReducer.reduce(state, keys: "}")
        #expect(state.selection == .claim("no-review"))
        #expect(ExplorerView.render(state).lines.last?.contains("filter: Oversight") == true)
        state = ExplorerReducer.reduce(state, keys: "3")
        #expect(state.factorFilter == nil)
        state = ExplorerReducer.reduce(state, keys: "10")
        #expect(state.factorFilter == nil)
    }

    @Test func searchFindsFoldedTextAndCycles() {
        var state = SmallEssay.state()
        state = ExplorerReducer.reduce(state, keys: "/REVIEW")
        #expect(state.search.editing)
        #expect(state.search.matches.count == 3)
        #expect(ExplorerView.render(state).lines.last?.hasPrefix(" /REVIEW") == true)
        state = ExplorerReducer.reduce(state, keys: "<Enter>n")
        #expect(!state.search.editing)
        #expect(state.search.current == 1)
        state = ExplorerReducer.reduce(state, keys: "N")
        #expect(state.search.current == 0)
        #expect(ExplorerView.render(state).lines.last?.contains("/REVIEW 1/3") == true)
        state = ExplorerReducer.reduce(state, keys: "/zzz<Esc>")
        #expect(state.search.query.isEmpty && state.search.matches.isEmpty)
    }

    @Test func thePromptJumps() {
        var state = SmallEssay.state()
        state = ExplorerReducer.reduce(state, keys: ":fn 2<Enter>")
        #expect(state.detail == .footnote("2"))
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
        let screen = ExplorerView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Scorecard"))
        #expect(screen.contains("not met (1)"))
        state = ExplorerReducer.reduce(state, keys: "<Enter>")
        #expect(state.overlay == .picker(title: "Council · Independence", entries: [PickerEntry(text: "not-independent (claim): The council is not independent.", target: .claim("not-independent"))]))
        state = ExplorerReducer.reduce(state, keys: "<Enter>")
        #expect(state.overlay == nil)
        #expect(state.selection == .claim("not-independent"))
        state = ExplorerReducer.reduce(state, keys: "f")
        #expect(ExplorerView.render(state).lines.joined(separator: "\n").contains("no-review (counterclaim) ──✕ attacks"))
        state = ExplorerReducer.reduce(state, keys: "q")
        #expect(state.overlay == nil && !state.wantsQuit)
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

    @Test func helpIsGeneratedFromTheKeymap() {
        let state = ExplorerReducer.reduce(SmallEssay.state(width: 100, height: 50), keys: "?")
        let screen = ExplorerView.render(state).lines.joined(separator: "\n")
        for binding in Keymap.standard.bindings.prefix(20) {
            #expect(screen.contains(binding.keys.map(\.description).joined(separator: " ")))
        }
        #expect(screen.contains("only claims on oversight"))
    }

    @Test func noKeyIsBoundTwice() {
        var seen: [Key: ExplorerCommand] = [:]
        for binding in Keymap.standard.bindings {
            for key in binding.keys {
                #expect(seen[key] == nil, "\(key) is bound to \(seen[key].map { "\($0)" } ?? "") and \(binding.command)")
                seen[key] = binding.command
            }
        }
    }

    @Test func tooSmallSaysSo() {
        let lines = ExplorerView.render(SmallEssay.state(width: 30, height: 10)).lines
        #expect(lines.contains { $0.contains("Terminal too small") })
        #expect(lines.contains { $0.contains("legit needs 40×12") })
        let tiny = ExplorerView.render(SmallEssay.state(width: 5, height: 2)).lines
        #expect(tiny.count == 2)
    }

    @Test func narrowTerminalsShowOnePaneAtATime() {
        var state = SmallEssay.state(width: 60, height: 20)
        #expect(state.screen.mode == .narrow)
        #expect(ExplorerView.render(state).lines[1] == " A Small Essay")
        state = ExplorerReducer.reduce(state, keys: "<Tab>")
        #expect(ExplorerView.render(state).lines[0].hasPrefix(" Detail"))
    }

    @Test func controlCharactersNeverReachTheScreen() throws {
        let text = "# T\n\nAnn Author\n\nEvil \u{1B}[2J text \u{07} and \u{9B}31m here.\n"
        let essay = try EssayParser().parse(SourceFile.decode(path: "evil.md", data: Array(text.utf8)))
        let grid = ExplorerView.render(ExplorerState(model: ExplorerModel(essay: essay, path: "evil.md"), width: 80, height: 24))
        for cell in grid.cells {
            #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
        #expect(grid.lines.joined().contains("Evil ␛[2J text ␇ and �31m here."))
    }
}
