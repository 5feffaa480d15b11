import ArgumentGraph
import EssayKit
@testable import Explorer
import Foundation
import Testing

/// The rules of issue 14's architecture, checked on the sources and the types themselves.
@Suite("The explorer's architecture")
struct ArchitectureTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every Swift file under `folder`, with its path relative to `Sources/`.
    static func files(_ folder: String) throws -> [(path: String, text: String)] {
        let root = sources.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var files: [(String, String)] = []
        while let name = enumerator?.nextObject() as? String {
            guard name.hasSuffix(".swift") else { continue }
            files.append((folder + "/" + name, try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The types that draw: everything in `Views/`, and the library's view.
    static let views = ["ExplorerView", "ReadingPane", "OutlinePane", "DetailPane", "OverlayView", "StatusLine", "PaneChrome", "LibraryView"]

    @Test("reducers never call views: no file outside the views names a view type (count 0)")
    func reducersNeverCallViews() throws {
        var calls: [String] = []
        for (path, text) in try Self.files("Explorer") where !path.contains("/Views/") && !path.hasSuffix("LibraryView.swift") {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//").first.map(String.init) ?? ""
                for view in Self.views where code.contains(view + ".") || code.contains(view + "(") {
                    calls.append("\(path):\(number + 1): \(view)")
                }
            }
        }
        #expect(calls == [], "\(calls.joined(separator: "\n"))")
    }

    @Test("no claim kind, stance or relation is a string: none is compared, matched or stored as one (count 0)")
    func noStringKinds() throws {
        let names = (ClaimKind.allCases.map(\.rawValue) + Stance.allCases.map(\.rawValue) + RelationType.allCases.map(\.rawValue)
            + SearchHit.Kind.allCases.map(\.rawValue)).joined(separator: "|")
        let pattern = try Regex("(==|!=|case|kind:|stance:|type:|\\.kind\\(|\\.stance\\(|relations\\[)\\s*\"(\(names))\"")
        var found: [String] = []
        for folder in ["Explorer", "TerminalBackend"] {
            for (path, text) in try Self.files(folder) {
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains(pattern) {
                    found.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(found == [], "\(found.joined(separator: "\n"))")
        // And the model's claims carry the core's types.
        let claim = try #require(ExplorerFixture.fullModel.claim("council-limited-review"))
        let kinds = Mirror(reflecting: claim).children.reduce(into: [String: String]()) { $0[$1.label ?? ""] = "\(type(of: $1.value))" }
        #expect(kinds["kind"] == "Optional<ClaimKind>")
        #expect(kinds["factors"] == "Array<FactorAssessment>")
        #expect(kinds["relations"] == "Array<ClaimRelation>")
        #expect(claim.assessment(of: "oversight")?.stance == .partial)
    }

    @Test("nothing about Caron is compiled into the explorer: its factors are whatever framework is loaded")
    func noFrameworkCompiledIn() throws {
        for (path, text) in try Self.files("Explorer") {
            for word in ["independence", "accountability", "oversight", "participation", "Caron"] {
                #expect(!text.lowercased().contains("\"" + word.lowercased()), "\(path) names \(word)")
            }
        }
        // A framework of two factors: keys 1 and 2 choose them, 3 says there are only two.
        let framework = """
            id: two
            name: Two factors
            factors:
              - {id: clarity, name: Clarity, badge: C, summary: Clear., cues: [clear]}
              - {id: fairness, name: Fairness, badge: F, summary: Fair., cues: [fair]}
            """
        let files = ArgumentFiles(essayPath: "small.md", annotations: nil, framework: FrameworkLoader.load(yaml: framework, path: "two.yaml").framework)
        let model = ExplorerModel(loaded: ArgumentLoader.load(essay: SmallEssay.essay, files: files), path: "small.md")
        var state = ExplorerState(model: model, width: 80, height: 24)
        state = ExplorerReducer.reduce(state, keys: "2")
        #expect(state.filter.factors == ["fairness"])
        state = ExplorerReducer.reduce(state, keys: "1")
        #expect(state.filter.factors == ["clarity", "fairness"])
        state = ExplorerReducer.reduce(state, keys: "3")
        #expect(state.message == "the framework has only 2 factors (1 to 2)")
        #expect(Keymap.standard.command(for: .character("7")) == .filterFactor(7))
    }

    @Test("the keymap refuses a key bound twice, naming the key and both commands")
    func keymapRefusesAKeyBoundTwice() {
        #expect(throws: KeymapConflict(key: .character("x"), first: .quit, second: .help)) {
            try Keymap(bindings: [
                KeyBinding(keys: [.character("q"), .character("x")], command: .quit, summary: "", group: ""),
                KeyBinding(keys: [.character("x")], command: .help, summary: "", group: ""),
            ])
        }
        #expect(throws: Never.self) { try Keymap(bindings: Keymap.standardBindings) }
    }

    @Test("one line editor serves the search, the library's search and the : prompt, each with its history")
    func oneLineEditor() {
        var state = SmallEssay.state()
        state = ExplorerReducer.reduce(state, keys: "/court<Enter>/review<Enter>:sec 1<Enter>")
        #expect(state.searchHistory == ["court", "review"])
        #expect(state.commandHistory == ["sec 1"])
        state = ExplorerReducer.reduce(state, keys: "/<Up><Up>")
        #expect(state.prompt?.editor.text == "court")
        state = ExplorerReducer.reduce(state, keys: "<Esc>:<Up>")
        #expect(state.prompt?.editor.text == "sec 1")
        var library = LibraryReducer.reduce(SmallLibrary.state(), keys: "/veto<Enter><Esc>/<Up>")
        #expect(library.search.editor?.text == "veto")
        library = LibraryReducer.reduce(library, keys: "<Left><Left><C-w>")
        #expect(library.search.editor?.text == "to")
    }
}
