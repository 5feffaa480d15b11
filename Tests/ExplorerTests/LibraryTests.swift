import ArgumentGraph
import EssayKit
@testable import Explorer
import Foundation
import Testing

/// Three small essays in a library: the two-claim essay of the screen tests and two plain ones.
enum SmallLibrary {
    static func plain(_ title: String, author: String, _ body: String, path: String) -> ExplorerModel {
        let text = "# \(title)\n\n\(author)\n\n\(body)\n\n---\n\n1. Jo Writer, *Councils*, 1 J. L. 2 (2000).\n"
        do {
            let essay = try EssayParser().parse(SourceFile.decode(path: path, data: Array(text.utf8)))
            return ExplorerModel(loaded: ArgumentLoader.load(essay: essay), path: path)
        } catch {
            fatalError("\(error)")
        }
    }

    static let models: [ExplorerModel] = [
        SmallEssay.model,
        plain("Another Essay on Vetoes", author: "Bo Writer", "The veto is old.<sup>1</sup> Councils use the veto often.", path: "b.md"),
        plain("Third Thoughts", author: "Cy Writer", "Nothing here mentions it.<sup>1</sup>", path: "c.md"),
    ]

    /// Search that finds a word in each essay's sentences, naming the essay of every hit.
    static func search(_ query: String) -> [Library.Hit] {
        let word = query.lowercased()
        var hits: [Library.Hit] = []
        for (index, model) in models.enumerated() {
            for entry in model.essay.bodySentences where entry.sentence.text.lowercased().contains(word) {
                let locator = entry.locator
                hits.append(Library.Hit(essay: index, kind: .statement, text: String(entry.sentence.text),
                                        target: .sentence(ReadingBlockRef(section: locator.section, block: locator.block, item: locator.item),
                                                          entry.sentence.textRange)))
            }
        }
        return hits
    }

    static var library: Library {
        Library(folder: "/essays", entries: [
            Library.Entry(path: "/essays/a.md", title: "A Small Essay", author: "Ann Author", footnotes: 2, claims: 2),
            Library.Entry(path: "/essays/b.md", title: "Another Essay on Vetoes", author: "Bo Writer", footnotes: 1, claims: nil),
            Library.Entry(path: "/essays/broken.md", title: "broken.md", author: nil, footnotes: 0, claims: nil,
                          problem: "the file is empty; give legit an essay converted to Markdown"),
            Library.Entry(path: "/essays/c.md", title: "Third Thoughts", author: "Cy Writer", footnotes: 1, claims: nil),
        ], open: { index in
            [0: models[0], 1: models[1], 3: models[2]][index]
        }, search: { query in
            let hits = search(query).map { hit in
                var hit = hit
                hit.essay = hit.essay == 2 ? 3 : hit.essay
                return hit
            }
            return SearchResults(hits: hits, total: hits.count, essays: Set(hits.map(\.essay)).count)
        })
    }

    static func state(width: Int = 80, height: Int = 24) -> LibraryState {
        LibraryState(library: library, width: width, height: height)
    }
}

@Suite("The library: a folder's essays")
struct LibraryTests {
    @Test func theListAt80x24() {
        let lines = LibraryView.render(SmallLibrary.state()).lines
        #expect(Array(lines.prefix(7)) == [
            " Library · /essays · 4 essays",
            "  Essay                                            Author           Notes Claims",
            "▸ A Small Essay                                    Ann Author           2      2",
            "  Another Essay on Vetoes                          Bo Writer            1      —",
            "  broken.md                                        cannot be read: the file is …",
            "  Third Thoughts                                   Cy Writer            1      —",
            "",
        ])
        #expect(lines.count == 24)
        #expect(lines.last == " a.md · 1/4 · Enter opens · / searches all                       ? help  q quit")
    }

    @Test func openAnEssayAndComeBack() {
        var state = SmallLibrary.state()
        state = LibraryReducer.reduce(state, keys: "j")
        #expect(state.cursor == 1)
        state = LibraryReducer.reduce(state, keys: "<Enter>")
        #expect(state.readerIndex == 1)
        let reading = LibraryView.render(state).lines
        #expect(reading.contains { $0.contains("Another Essay on Vetoes") })
        #expect(reading.last?.hasSuffix("? help  q list") == true)
        state = LibraryReducer.reduce(state, keys: "q")
        #expect(state.reader == nil && !state.wantsQuit)
        #expect(state.cursor == 1)
        #expect(LibraryView.render(state).lines[0] == " Library · /essays · 4 essays")

        // Backspace comes back too, once the essay's jump list is used up.
        state = LibraryReducer.reduce(state, keys: "k<Enter>ll<Enter>")
        #expect(state.reader?.detail.subject == .footnote("1"))
        state = LibraryReducer.reduce(state, keys: "<BS>")
        #expect(state.reader != nil, "the first Backspace goes back along the jump list")
        state = LibraryReducer.reduce(state, keys: "<BS>")
        #expect(state.reader == nil)
        state = LibraryReducer.reduce(state, keys: "q")
        #expect(state.wantsQuit)
    }

    @Test func anEssayReopensWhereItWasLeft() {
        var state = LibraryReducer.reduce(SmallLibrary.state(), keys: "<Enter>]")
        let section = state.reader?.currentSection
        #expect(section == 1)
        state = LibraryReducer.reduce(state, keys: "qj<Enter>qk<Enter>")
        #expect(state.readerIndex == 0)
        #expect(state.reader?.currentSection == section)
        #expect(state.readers.map(\.path) == ["/essays/a.md", "/essays/b.md"])
    }

    @Test func aBrokenEssaySaysWhyInsteadOfOpening() {
        let state = LibraryReducer.reduce(SmallLibrary.state(), keys: "jj<Enter>")
        #expect(state.reader == nil)
        #expect(LibraryView.render(state).lines.last?.contains("broken.md cannot be read: the file is empty") == true)
    }

    @Test func searchSpansEveryEssayAndOpensAtTheHit() {
        var state = LibraryReducer.reduce(SmallLibrary.state(), keys: "/veto")
        #expect(state.search.editing)
        #expect(state.search.hits.map(\.essay) == [1, 1])
        var lines = LibraryView.render(state).lines
        #expect(lines[0] == " Search · “veto” · 2 hits in 1 essay")
        #expect(lines[2] == "▸ b                     The veto is old.")
        #expect(lines[3] == "  b                     Councils use the veto often.")
        #expect(lines.last?.hasPrefix(" /veto") == true)
        state = LibraryReducer.reduce(state, keys: "<Enter>j")
        #expect(!state.search.editing && state.search.cursor == 1)
        state = LibraryReducer.reduce(state, keys: "<Enter>")
        #expect(state.readerIndex == 1)
        #expect(state.reader?.search.query == "veto")
        #expect(state.reader?.search.found?.count == 2)
        lines = LibraryView.render(state).lines
        #expect(lines.last?.contains("/veto") == true)
        // q comes back to the hits, q again to the essays, and q once more quits.
        state = LibraryReducer.reduce(state, keys: "q")
        #expect(state.reader == nil && state.search.isShowingHits)
        state = LibraryReducer.reduce(state, keys: "q")
        #expect(!state.search.isShowingHits && !state.wantsQuit)
        state = LibraryReducer.reduce(state, keys: "/council<Enter>")
        #expect(Set(state.search.hits.map(\.essay)) == [0, 1])
        state = LibraryReducer.reduce(state, keys: "<Esc>")
        #expect(!state.search.isShowingHits)
        state = LibraryReducer.reduce(state, keys: "/zzz<Enter>")
        #expect(LibraryView.render(state).lines[2] == "  No essay has “zzz”.")
    }

    @Test func helpListsTheLibraryKeysFromTheKeymap() {
        let state = LibraryReducer.reduce(SmallLibrary.state(width: 100, height: 30), keys: "?")
        let screen = LibraryView.render(state).lines.joined(separator: "\n")
        for binding in Keymap.standard.bindings {
            guard let library = binding.library else { continue }
            #expect(screen.contains(library))
        }
        #expect(!LibraryReducer.reduce(state, keys: "<Esc>").showsHelp)
    }

    @Test func everySizeFitsAndTooSmallSaysSo() {
        for (width, height) in [(40, 12), (80, 24), (120, 40), (200, 60)] {
            let lines = LibraryView.render(SmallLibrary.state(width: width, height: height)).lines
            #expect(lines.count == height)
            #expect(lines.allSatisfy { TerminalText.width(of: $0) <= width })
        }
        let small = SmallLibrary.state(width: 30, height: 10)
        #expect(LibraryView.render(small).lines.contains { $0.contains("Terminal too small") })
        #expect(LibraryReducer.reduce(small, keys: "q").wantsQuit)
    }
}

@Suite("The library of a real folder")
struct LibraryCorpusTests {
    @Test func aFolderOpensOnItsEssaysAndSearchOpensAtTheHit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-library-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let corpus = URL(fileURLWithPath: ExplorerFixture.essayPath).deletingLastPathComponent().path
        for name in ["kaye-2019-legitimacy.md", "kaye-2019-legitimacy.claims.yaml", "frameworks/caron-1993.yaml"] {
            try FileManager.default.createDirectory(atPath: folder + "/frameworks", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: corpus + "/" + name, toPath: folder + "/" + name)
        }
        for seed in 1...2 {
            try SyntheticEssay.ofSize(5_000, seed: UInt64(seed)).write(toFile: folder + "/synthetic-\(seed).md", atomically: true, encoding: .utf8)
        }
        let library = Library(corpus: try ArgumentCorpus.load(path: folder))
        #expect(library.entries.map(\.name) == ["kaye-2019-legitimacy.md", "synthetic-1.md", "synthetic-2.md"])
        #expect(library.entries.map(\.claims) == [75, nil, nil])
        #expect(library.entries[0].footnotes == 60)

        var state = LibraryState(library: library, width: 100, height: 30)
        state = LibraryReducer.reduce(state, keys: "/veto<Enter>")
        let first = try #require(state.search.hits.first)
        #expect(first.essay == 0 && first.kind == .claim)
        state = LibraryReducer.reduce(state, keys: "<Enter>")
        guard case .claim(let id) = first.target else { Issue.record("a claim hit opens at its claim"); return }
        #expect(state.reader?.selection == .claim(id))

        state = LibraryReducer.reduce(state, keys: "qq/council<Enter>")
        let index = try #require(state.search.hits.firstIndex { $0.essay == 2 && $0.kind == .statement })
        state.search.cursor = index
        state = LibraryReducer.reduce(state, keys: "<Enter>")
        #expect(state.readerIndex == 2)
        let screen = LibraryView.render(state).lines.joined(separator: "\n")
        #expect(state.reader?.model.essay.title.hasPrefix("Synthetic Essay 2") == true)
        #expect(screen.contains("Synthetic Essay 2"), "the status line names the essay opened")
        #expect(state.reader?.search.query == "council")
    }
}
