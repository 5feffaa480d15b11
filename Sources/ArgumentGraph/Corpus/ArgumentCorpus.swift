import EssayKit
import Foundation
import LowLevel

/// Many essays ready to explore and search together: parsed, indexed, each essay's argument map
/// built only when it is needed.
///
/// Loading parses every essay on every core and indexes it for search on the same core right away.
/// Only essays with an annotation file beside them (`X.claims.yaml`) have their map built then,
/// because their claims are searched; an essay without one is indexed from its sentences, footnotes
/// and authorities directly, and its map (statements with suggested factors) is built when it is
/// opened. No YAML is read for an essay without annotations.
public struct ArgumentCorpus: Sendable {
    /// The files read, in file-name order, failures in their place.
    public let corpus: EssayCorpus
    /// The argument of each entry that has annotations, built while loading; nil for the others.
    private let loaded: [ArgumentLoadResult?]
    /// Search over every essay that was read; hits carry their entry's position.
    public let index: CorpusSearchIndex
    /// The framework every essay is read with, when one was given.
    public let frameworkPath: String?

    /// Reads `path`, a file or a folder of essays, and indexes it; throws only when nothing can be
    /// listed or a single file cannot be read.
    public static func load(path: String, frameworkPath: String? = nil, parser: EssayParser = EssayParser()) throws(EssayError) -> ArgumentCorpus {
        guard EssayFolder.isFolder(path) else {
            let entry = EssayCorpus.Entry(path: path, result: .success(try parser.parse(contentsOf: path)))
            return ArgumentCorpus(parsed: [prepare(entry, folder: nil, frameworkPath: frameworkPath)], problems: [], folder: nil,
                                  frameworkPath: frameworkPath)
        }
        let folder = try EssayFolder(path: path)
        try EssayCorpus.requireEssays(in: folder)
        let each = parser.oneCoreEach
        let results = Parallel.map(folder.essays.count) { index in
            let file = folder.essays[index]
            let entry = EssayCorpus.Entry(path: file, result: Result { () throws(EssayError) -> Essay in try each.parse(contentsOf: file) })
            return prepare(entry, folder: folder, frameworkPath: frameworkPath)
        }
        return ArgumentCorpus(parsed: results, problems: folder.problems, folder: folder, frameworkPath: frameworkPath)
    }

    /// The corpus of already parsed essays, indexed on every core.
    public init(corpus: EssayCorpus, frameworkPath: String? = nil) {
        let results = Parallel.map(corpus.entries.count) { index in
            ArgumentCorpus.prepare(corpus.entries[index], folder: corpus.folder, frameworkPath: frameworkPath)
        }
        self.init(parsed: results, problems: [], folder: corpus.folder, frameworkPath: frameworkPath)
    }

    /// One entry made ready: its map when it has annotations, and its search shard.
    private static func prepare(_ entry: EssayCorpus.Entry, folder: EssayFolder?, frameworkPath: String?) -> Prepared {
        guard let essay = entry.essay else { return (entry, nil, nil) }
        let annotated = folder?.hasAnnotations(entry.path)
            ?? SystemPath.exists(ArgumentLoader.defaultAnnotationsPath(forEssay: entry.path)).exists
        let loaded = annotated ? ArgumentLoader.load(essay: essay, frameworkPath: frameworkPath) : nil
        return (entry, loaded, SearchShard(essay: essay, map: loaded?.map))
    }

    private typealias Prepared = (EssayCorpus.Entry, ArgumentLoadResult?, SearchShard?)

    private init(parsed: [Prepared], problems: [EssayError], folder: EssayFolder?,
                 frameworkPath: String?) {
        var entries = parsed.map(\.0)
        var loaded = parsed.map(\.1)
        var shards = parsed.map(\.2)
        if !problems.isEmpty {
            let failed = problems.map { (EssayCorpus.Entry(path: $0.file, result: .failure($0)), ArgumentLoadResult?.none, SearchShard?.none) }
            let merged = (parsed + failed).sorted { EssayFolder.precedes(EssayCorpus.fileName($0.0.path), EssayCorpus.fileName($1.0.path)) }
            entries = merged.map(\.0)
            loaded = merged.map(\.1)
            shards = merged.map(\.2)
        }
        self.corpus = EssayCorpus(folder: folder, entries: entries)
        self.loaded = loaded
        self.frameworkPath = frameworkPath
        let present = shards.indices.filter { shards[$0] != nil }
        index = CorpusSearchIndex(shards: present.compactMap { shards[$0] }, paths: present.map { Optional(entries[$0].path) },
                                  numbers: present)
    }

    /// The entries, in file-name order.
    public var entries: [EssayCorpus.Entry] { corpus.entries }

    /// Whether entry `index` has annotations (and so a map built while loading).
    public func isAnnotated(_ index: Int) -> Bool {
        loaded.indices.contains(index) && loaded[index] != nil
    }

    /// The annotated claims of entry `index`, when its map was built while loading.
    public func claimCount(_ index: Int) -> Int? {
        loaded.indices.contains(index) ? loaded[index]?.map.claims.count : nil
    }

    /// The argument of entry `index`: the map built while loading, or built now; nil for a file
    /// that could not be read.
    public func argument(_ index: Int) -> ArgumentLoadResult? {
        guard corpus.entries.indices.contains(index) else { return nil }
        if let built = loaded[index] { return built }
        guard let essay = corpus.entries[index].essay else { return nil }
        return ArgumentLoader.load(essay: essay, frameworkPath: frameworkPath)
    }
}
