import ArgumentGraph
import EssayKit
import Foundation

/// The bundled essay, its annotations' framework and its argument graph, read once per fuzzer
/// process: the fixed ground the annotation and search fuzzers run their inputs against.
public enum BundledCorpus {
    /// The repository's `Corpus/` folder, or `$LEGIT_CORPUS` when set.
    public static let folder: String = {
        if let override = ProcessInfo.processInfo.environment["LEGIT_CORPUS"], !override.isEmpty { return override }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus").path
    }()

    /// The bundled essay, parsed.
    public static let essay: Essay = {
        let path = folder + "/kaye-2019-legitimacy.md"
        do {
            return try EssayParser().parse(contentsOf: path)
        } catch {
            fatalError("the fuzzer needs the bundled essay at \(path) (set LEGIT_CORPUS to the Corpus folder): \(error)")
        }
    }()

    /// Caron's framework, as the annotations name it.
    public static let framework: Framework = {
        let path = folder + "/frameworks/caron-1993.yaml"
        guard let framework = FrameworkLoader.load(path: path).framework else {
            fatalError("the fuzzer needs the bundled framework at \(path)")
        }
        return framework
    }()

    /// The bundled essay's argument graph with its own annotations.
    public static let map: ArgumentMap = ArgumentLoader.load(essay: essay).map

    /// A search index over `map`.
    public static let searchIndex = SearchIndex(map: map)
}
