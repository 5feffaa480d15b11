import EssayKit
@testable import Explorer
import Foundation
import Testing

@Suite("Explorer on the bundled essay")
struct ExplorerBehaviourTests {
    @Test func resizeKeepsTheReadersPlace() {
        var state = ExplorerFixture.state(width: 140, height: 40)
        state = ExplorerReducer.reduce(state, keys: "]]")
        let before = state.anchor
        let section = state.currentSection
        #expect(section == 2)
        for (width, height) in [(80, 24), (60, 20), (200, 60), (100, 30)] {
            state = ExplorerReducer.reduce(state, .resize(width: width, height: height))
            #expect(state.currentSection == section, "at \(width)×\(height)")
            #expect(state.anchor.block == before.block)
        }
    }

    @Test func everyLayoutFitsItsGrid() {
        for (width, height) in [(40, 12), (79, 23), (80, 24), (119, 30), (120, 40), (250, 80)] {
            let state = ExplorerFixture.state(width: width, height: height)
            let lines = ExplorerView.render(state).lines
            #expect(lines.count == height)
            #expect(lines.allSatisfy { TerminalText.width(of: $0) <= width })
            #expect(lines.last?.hasSuffix("? help  q quit") == true, "at \(width)×\(height)")
        }
    }

    @Test func clickingAMarkerFollowsIt() throws {
        var state = ExplorerFixture.state(width: 100, height: 30)
        let content = state.readingContent
        let rowIndex = try #require(state.layout.rows.firstIndex { row in
            row.pieces.contains { if case .marker(_, "1", _, _) = $0 { true } else { false } }
        })
        state.scrollReading(toRow: rowIndex - 2)
        let row = state.layout.rows[rowIndex]
        let column = try #require(row.pieces.compactMap { piece -> Int? in
            if case .marker(_, "1", _, let column) = piece { column } else { nil }
        }.first)
        state = ExplorerReducer.reduce(state, .click(x: content.x + column, y: content.y + rowIndex - state.top))
        #expect(state.detail.subject == .footnote("1"))
        let top = state.top
        state = ExplorerReducer.reduce(state, .scroll(x: content.x + 2, y: content.y + 2, lines: 2))
        #expect(state.top == top + 6)
    }

    @Test func theReadingPaneShowsQuotesIndentedAndTheListAsAList() {
        var state = ExplorerFixture.state(width: 100, height: 40)
        let item = state.blocks.firstIndex { $0.kind == .item("1)") } ?? 0
        state.scrollReading(toRow: state.layout.blockRows[item])
        let text = ExplorerView.render(state).lines.joined(separator: "\n")
        #expect(text.contains("  1) the operation of the organization is entrusted to “persons who"), "\(text)")
        let first = ExplorerView.render(ExplorerFixture.state(width: 100, height: 40)).lines.joined(separator: "\n")
        #expect(first.contains("│ a basic challenge for international governance"))
    }

    @Test func readingPositionsAreSavedAndRestored() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-positions-\(UUID().uuidString)").path
        let store = ReadingPositionStore(folder: folder)
        #expect(store.load(for: "/a/essay.md") == nil)
        try store.save(ReadingAnchor(block: 12, offset: 340), for: "/a/essay.md")
        #expect(store.load(for: "/a/essay.md") == ReadingAnchor(block: 12, offset: 340))
        #expect(store.load(for: "/b/essay.md") == nil)
        try store.save(ReadingAnchor(block: 3, offset: 0), for: "/a/essay.md")
        #expect(store.load(for: "/a/essay.md") == ReadingAnchor(block: 3, offset: 0))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 1, "no temporary files are left behind: \(files)")
        let xdg = ReadingPositionStore(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/r"])
        #expect(xdg.folder == "/x/state/legit/positions")
        #expect(ReadingPositionStore(environment: ["HOME": "/home/r"]).folder == "/home/r/.local/state/legit/positions")
    }

    @Test func keyStringsParse() {
        #expect(Key.sequence("]]<Enter><C-o>") == [.character("]"), .character("]"), .enter, .control("o")])
        #expect(Key.sequence("<lt><Space><S-Tab><PgDn>x") == [.character("<"), .character(" "), .backTab, .pageDown, .character("x")])
        #expect(Key.sequence("<nope>") == Array("<nope>").map { .character($0) })
    }
}
