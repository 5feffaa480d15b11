import ArgumentGraph
import EssayKit
@testable import Explorer
import Foundation
import Testing

/// The explorer's cases of issue 5's list of bad input: files that vanish under it, a saved place
/// that no longer fits, terminals too small to show anything.
@Suite("A catalogue of bad input: the explorer")
struct ExplorerCatalogueTests {
    /// The repository's `Corpus/` folder.
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus").path

    @Test("a file deleted while the explorer is open: the library keeps what it loaded, opens, searches, and saves places again")
    func fileDeletedWhileOpen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-deleted-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/frameworks", withIntermediateDirectories: true)
        for name in ["kaye-2019-legitimacy.md", "kaye-2019-legitimacy.claims.yaml", "frameworks/caron-1993.yaml"] {
            try FileManager.default.copyItem(atPath: Self.corpus + "/" + name, toPath: folder + "/" + name)
        }
        try AtomicFile.write(SyntheticEssay.ofSize(20_000, seed: 7), to: folder + "/synthetic.md")
        let positions = ReadingPositionStore(folder: folder + "/state/positions")
        try positions.save(ReadingAnchor(block: 3, offset: 0), for: folder + "/synthetic.md")
        let library = Library(corpus: try ArgumentCorpus.load(path: folder), positions: positions)
        var state = LibraryState(library: library, width: 100, height: 30)

        // Everything on disk goes: essays, annotations, framework, the folder of saved places.
        for name in ["kaye-2019-legitimacy.md", "kaye-2019-legitimacy.claims.yaml", "frameworks", "synthetic.md", "state"] {
            try FileManager.default.removeItem(atPath: folder + "/" + name)
        }

        // The essay without annotations builds its argument only now, from what was loaded; its
        // saved place went with the folder, so it opens at its top.
        state = LibraryReducer.reduce(state, keys: "j<Enter>")
        let synthetic = try #require(state.reader)
        #expect(synthetic.model.essay.title == "Synthetic Essay 7: On Review and Review")
        #expect(synthetic.anchor == ReadingAnchor(block: 0, offset: 0))
        state = LibraryReducer.reduce(state, keys: "]]")
        #expect(LibraryView.render(state).lines.last?.contains("Synthetic Essay 7") == true, "the status line names the essay")
        state = LibraryReducer.reduce(state, keys: "q/council<Enter>")
        #expect(!state.search.hits.isEmpty)
        state = LibraryReducer.reduce(state, keys: "q<Home><Enter>:claim no-single-actor<Enter>")
        #expect(state.reader?.model.essay.title.hasPrefix("Legitimacy, Collective Authority") == true)
        #expect(LibraryView.render(state).lines.contains { $0.contains("no-single-actor") })
        state = LibraryReducer.reduce(state, keys: "]]q")

        // Saving places recreates the deleted folder; each essay's place reads back.
        for (path, reader) in state.readers { try positions.save(reader.anchor, for: path) }
        #expect(state.readers.count == 2)
        for (path, reader) in state.readers { #expect(positions.load(for: path) == reader.anchor) }
    }

    @Test("a place that cannot be saved is an error naming the file, the reason and what to do")
    func placeNotSaved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-unsaved-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write("not a folder", to: folder + "/state")
        let positions = ReadingPositionStore(folder: folder + "/state/positions")
        let file = positions.file(for: "/essays/a.md")
        #expect {
            try positions.save(ReadingAnchor(block: 1, offset: 2), for: "/essays/a.md")
        } throws: { error in
            (error as? AtomicFileError)?.description == "\(file): error: cannot create its folder (\(folder)/state is not a folder); "
                + "check the path and its folder, or choose another path; the old file is untouched"
        }
    }

    @Test("a saved place that is torn, garbage or out of range is ignored, and the essay opens at its top")
    func badSavedPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-places-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let positions = ReadingPositionStore(folder: folder)
        for contents in ["", "{\"path\":\"/a.md\",\"blo", "\u{0}\u{1}binary", "{\"path\":\"/a.md\",\"block\":\"x\",\"offset\":1}"] {
            try AtomicFile.write(contents, to: positions.file(for: "/a.md"))
            #expect(positions.load(for: "/a.md") == nil)
        }
        let model = SmallLibrary.models[0]
        for anchor in [ReadingAnchor(block: -3, offset: 0), ReadingAnchor(block: 1, offset: Int.max), ReadingAnchor(block: 0, offset: -9)] {
            var state = ExplorerState(model: model, width: 80, height: 24)
            state.restore(Location(anchor: anchor))
            #expect(state.top >= 0)
            #expect(ExplorerView.render(state).lines.count == 24)
        }
    }

    @Test("an essay whose text holds escape sequences: every screen shows them as symbols, none reaches the terminal raw")
    func escapeSequences() throws {
        let text = "# Title \u{1B}]0;PWNED\u{07}\n\nText \u{1B}[2J and \u{1B}]52;c;cHduZWQ=\u{07}, C1 \u{9B}31m, DEL \u{7F}.<sup>1</sup> "
            + "Bidi \u{202E}evil.\n\n---\n\n1. Note \u{1B}[31mred\u{1B}[0m.\n"
        let essay = try EssayParser().parse(SourceFile.decode(path: "escapes.md", data: Array(text.utf8)))
        var state = ExplorerState(model: ExplorerModel(essay: essay, path: "escapes.md"), width: 100, height: 30)
        var screens = [ExplorerView.render(state).lines]
        for keys in [":fn 1<Enter>", "?", "<Esc>a", "<Esc>/evil<Enter>"] {
            state = ExplorerReducer.reduce(state, keys: keys)
            screens.append(ExplorerView.render(state).lines)
        }
        for lines in screens {
            let raw = lines.joined().unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E }
            #expect(raw.isEmpty, "\(lines.joined(separator: "\n"))")
        }
        #expect(screens[0].contains { $0.contains("Title ␛]0;PWNED␇") })
        #expect(screens[0].contains { $0.contains("Text ␛[2J and ␛]52;c;cHduZWQ=␇, C1 �31m, DEL ␡.¹ Bidi �evil.") })
        #expect(screens[1].contains { $0.contains("Note ␛[31mred␛[0m.") })
        #expect(TerminalText.printable("a\u{1B}[2J\tb\nc\u{7F}\u{9B}\u{202E}\r") == "a␛[2J\tb\nc␡��␍")
    }

    @Test("a terminal of 10×5, or smaller, reads whole words: the longest message that fits")
    func tinyTerminals() {
        #expect(ExplorerView.tooSmall(width: 10, height: 5).lines == [
            "Too small",
            "need 40×12",
            " now 10×5",
            " q quits",
            "",
        ])
        #expect(ExplorerView.tooSmall(width: 39, height: 11).lines.filter { !$0.isEmpty }.map { $0.trimmingCharacters(in: .whitespaces) } == [
            "Terminal too small", "legit needs 40×12", "(now 39×11)", "q quits",
        ])
        for (width, height) in [(1, 1), (2, 1), (5, 2), (12, 3), (0, 0)] {
            let grid = ExplorerView.tooSmall(width: width, height: height)
            #expect(grid.lines.count == height)
            #expect(grid.lines.allSatisfy { TerminalText.width(of: $0) <= width })
        }
        let state = ExplorerReducer.reduce(ExplorerState(model: SmallLibrary.models[1], width: 100, height: 30), .resize(width: 10, height: 5))
        #expect(ExplorerView.render(state).lines == ExplorerView.tooSmall(width: 10, height: 5).lines)
        #expect(ExplorerReducer.reduce(state, keys: "q").wantsQuit)
    }
}
