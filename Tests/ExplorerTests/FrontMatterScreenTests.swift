import ArgumentGraph
import EssayKit
@testable import Explorer
import Testing

/// The essay's front matter in the reading pane, under the title and byline. The text is invented.
@Suite("The front matter on screen")
struct FrontMatterScreenTests {
    static func state() throws -> ExplorerState {
        let text = "# The Quiet Ledger\n\nJane Q. Roe\n\nAbstract: Grant boards keep ledgers.\n\nKeywords: boards; ledgers\n\n"
            + "## Introduction\n\nBoards meet in small rooms.\n"
        let essay = try EssayParser().parse(SourceFile.decode(path: "ledger.md", data: Array(text.utf8)))
        return ExplorerState(model: ExplorerModel(essay: essay, path: "ledger.md"), width: 80, height: 24)
    }

    @Test("the abstract under its label and the keywords come after the byline, before the first section")
    func readingPaneShowsIt() throws {
        let state = try Self.state()
        let screen = ScreenSnapshot(state)
        #expect(screen.text(1..<13) == [
            "▸ Introduction      │ The Quiet Ledger",
            "                    │",
            "                    │ Jane Q. Roe",
            "                    │",
            "                    │ Abstract",
            "                    │",
            "                    │   Grant boards keep ledgers.",
            "                    │",
            "                    │   Keywords: boards; ledgers",
            "                    │",
            "                    │",
            "                    │ Introduction",
        ])
        let theme = Theme(colors: state.colors)
        #expect(screen.styles(row: 5, from: 22, count: 8, ["L": theme.style(.label)]) == "LLLLLLLL")
    }
}
