import ArgumentGraph
import EssayKit
import Foundation

/// The bundled essay and its argument graph, loaded once for the suites that read them.
enum Bundled {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let essayPath = root.appendingPathComponent("Corpus/kaye-2019-legitimacy.md").path
    static let annotationsPath = root.appendingPathComponent("Corpus/kaye-2019-legitimacy.claims.yaml").path
    static let frameworkPath = root.appendingPathComponent("Corpus/frameworks/caron-1993.yaml").path

    static let essay: Essay = {
        do {
            return try EssayParser().parse(contentsOf: essayPath)
        } catch {
            fatalError("the bundled essay does not parse: \(error)")
        }
    }()

    static let loaded: ArgumentLoadResult = ArgumentLoader.load(essay: essay)
    static var map: ArgumentMap { loaded.map }
}

/// A temporary folder for fixture files, removed when the value goes away.
final class Scratch {
    let folder: URL

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-graph-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `text` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }
}

/// Loads annotation YAML written beside the bundled essay's name in a scratch folder.
struct AnnotationFixture {
    let scratch = Scratch()

    /// The path the fixture's annotations are written to.
    var annotationsPath: String { scratch.path("kaye-2019-legitimacy.claims.yaml") }

    /// Writes `yaml` as the annotation file and loads the bundled essay's argument with it.
    func load(_ yaml: String, frameworkPath: String? = Bundled.frameworkPath) -> ArgumentLoadResult {
        scratch.write("kaye-2019-legitimacy.claims.yaml", yaml)
        return ArgumentLoader.load(essay: Bundled.essay, annotationsPath: annotationsPath, frameworkPath: frameworkPath)
    }
}

extension ArgumentLoadResult {
    /// The errors, as `line:col: message`, without the file.
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

extension Diagnostic {
    /// `line:col` of the start.
    var place: String { "\(range.start.line):\(range.start.column)" }
}
