import ArgumentGraph
import EssayKit
@testable import Explorer
import Foundation
import Testing

/// `/` in an essay, `/` in the library and `legit search` are one search: the same folding, the
/// same query parser, the same index, so the same hits.
@Suite("One search for / and legit search")
struct SearchAgreementTests {
    static let queries = ["veto", "Caron's", "multistakeholder", "\"collective authority\"", "review council", "Jürgen", "ICANN", "zzz", "the"]

    /// The hits `legit search` gives for `query` on the bundled essay, every one of them.
    static func cliHits(_ query: String) -> [SearchHit] {
        let loaded = ArgumentLoader.load(essay: ExplorerFixture.essay)
        return SearchIndex(map: loaded.map).search(query, limit: 1_000_000)
    }

    @Test("/ in an essay finds exactly the documents legit search finds, and counts them the same")
    func essaySearchAgreesWithTheCommandLine() throws {
        for query in Self.queries {
            let state = ExplorerReducer.reduce(ExplorerFixture.state(model: ExplorerFixture.fullModel), keys: "/" + query + "<Enter>")
            let found = try #require(state.search.found, "\(query)")
            let cli = Self.cliHits(query)
            #expect(found.count == cli.count, "\(query)")
            let explorer = Set(found.points.indices.compactMap { found.hit($0) }.map { "\($0.kind) \($0.id)" })
            #expect(explorer == Set(cli.map { "\($0.kind) \($0.id)" }), "\(query)")
            for kind in SearchHit.Kind.allCases {
                #expect(found.count(of: kind) == cli.filter { $0.kind == kind }.count, "\(query) \(kind)")
            }
        }
    }

    @Test("/veto reaches the claims, the sentences and the footnotes that legit search veto finds, n stepping through all of them")
    func vetoReachesEveryKind() throws {
        var state = ExplorerReducer.reduce(ExplorerFixture.state(model: ExplorerFixture.fullModel), keys: "/veto<Enter>")
        let found = try #require(state.search.found)
        #expect(found.count == Self.cliHits("veto").count)
        var seen: Set<Int> = []
        for _ in 0..<found.count {
            if let current = state.search.current { seen.insert(current) }
            state = ExplorerReducer.reduce(state, keys: "n")
        }
        #expect(seen.count == found.count, "n visits every match once before it wraps")
    }

    @Test("the library's / ranks, counts and names the same hits as legit search over the folder")
    func librarySearchAgreesWithTheCommandLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-agree-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/frameworks", withIntermediateDirectories: true)
        let corpus = URL(fileURLWithPath: ExplorerFixture.essayPath).deletingLastPathComponent().path
        for name in ["kaye-2019-legitimacy.md", "kaye-2019-legitimacy.claims.yaml", "frameworks/caron-1993.yaml"] {
            try FileManager.default.copyItem(atPath: corpus + "/" + name, toPath: folder + "/" + name)
        }
        try SyntheticEssay.ofSize(8_000, seed: 3).write(toFile: folder + "/synthetic.md", atomically: true, encoding: .utf8)
        let loaded = try ArgumentCorpus.load(path: folder)
        let library = Library(corpus: loaded)
        for query in Self.queries {
            let cli = loaded.index.search(SearchQuery(parsing: query), limit: Library.hitLimit)
            let results = library.search(query)
            #expect(results.hits.map(\.kind) == cli.map(\.hit.kind), "\(query)")
            #expect(results.total == loaded.index.search(SearchQuery(parsing: query), limit: 1_000_000).count, "\(query)")
        }
    }
}
