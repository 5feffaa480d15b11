import ArgumentGraph
import EssayKit
import Foundation
import Testing

@Suite("Search across many essays")
struct CorpusSearchTests {
    /// A folder with the bundled essay (annotations, framework and all) and three generated essays.
    static func folder() -> Scratch {
        let scratch = Scratch()
        for name in ["kaye-2019-legitimacy.md", "kaye-2019-legitimacy.claims.yaml", "frameworks/caron-1993.yaml"] {
            let text = (try? String(contentsOfFile: Bundled.root.appendingPathComponent("Corpus/" + name).path, encoding: .utf8)) ?? ""
            scratch.write(name, text)
        }
        for seed in 1...3 { scratch.write("synthetic-\(seed).md", SyntheticEssay.ofSize(8_000, seed: UInt64(seed))) }
        return scratch
    }

    static let queries = ["veto", "Caron's framework", "multistakeholder", "\"judicial review\"", "\"single actor\" veto", "legitim",
                          "the", "\"of the\"", "council review", "2019", "état", "internet governance forum"]

    @Test("an essay indexed without its map finds what the map of a plain essay finds, ranked the same")
    func withoutAMapAsWithOne() throws {
        let scratch = Scratch()
        let text = try String(contentsOfFile: Bundled.essayPath, encoding: .utf8)
        let path = scratch.write("plain.md", text)
        let essay = try EssayParser().parse(contentsOf: path)
        let loaded = ArgumentLoader.load(essay: essay)
        #expect(loaded.map.claims.isEmpty)
        let byMap = SearchIndex(map: loaded.map)
        let direct = CorpusSearchIndex(essays: [(essay, nil)])
        #expect(byMap.count == direct.count)
        for query in Self.queries {
            for kinds in [nil, Set([SearchHit.Kind.footnote]), Set([SearchHit.Kind.statement, .authority])] as [Set<SearchHit.Kind>?] {
                let expected = byMap.search(query, kinds: kinds, limit: 40)
                var found = direct.search(query, kinds: kinds, limit: 40).map(\.hit)
                for index in found.indices { found[index].essay = nil }
                #expect(found == expected, "\(query) \(String(describing: kinds))")
            }
        }
    }

    @Test("hits of every essay rank together, each naming its essay; annotated claims are searched")
    func acrossEssays() throws {
        let scratch = Self.folder()
        let corpus = try ArgumentCorpus.load(path: scratch.folder.path)
        #expect(corpus.entries.map(\.name) == ["kaye-2019-legitimacy.md", "synthetic-1.md", "synthetic-2.md", "synthetic-3.md"])
        #expect(corpus.claimCount(0) == Bundled.map.claims.count)
        #expect(corpus.claimCount(1) == nil)
        #expect(corpus.isAnnotated(0) && !corpus.isAnnotated(2))
        #expect(corpus.index.essayCount == 4)

        let veto = corpus.index.search("veto", limit: 10)
        #expect(veto.first?.hit.kind == .claim)
        #expect(veto.allSatisfy { $0.hit.essay == corpus.entries[$0.essay].path })
        #expect(veto.contains { $0.hit.id == "council-unrepresentative" && $0.essay == 0 })

        let council = corpus.index.search("council", limit: 60)
        #expect(Set(council.map(\.essay)).count == 4, "council is in every essay")
        let scores = council.map(\.hit.score)
        #expect(scores == scores.sorted(by: >))
        #expect(council.allSatisfy { !$0.hit.matchedText.isEmpty })
        let statement = try #require(council.first { $0.essay > 0 && $0.hit.kind == .statement })
        #expect(statement.hit.sentence != nil)
        #expect(corpus.entries[statement.essay].essay?.sentence(at: statement.hit.sentence ?? SentenceLocator(section: 0, block: 0, sentence: 0))
                .map { String($0.text) } == statement.hit.text)

        // A plain essay's argument is built when asked for: statements, no claims.
        let plain = try #require(corpus.argument(1))
        #expect(plain.map.claims.isEmpty)
        #expect(!plain.map.statements.isEmpty)
        #expect(corpus.argument(0)?.map.claims.count == Bundled.map.claims.count)
    }

    @Test("the same search over one essay alone and inside a folder: the folder's scores differ, the hits' texts do not")
    func sameTextsAcrossIndexes() throws {
        let scratch = Self.folder()
        let corpus = try ArgumentCorpus.load(path: scratch.folder.path)
        let alone = SearchIndex(map: Bundled.map).search("\"judicial review\"")
        let together = corpus.index.search("\"judicial review\"").filter { $0.essay == 0 }.map(\.hit)
        #expect(alone.map(\.id) == together.map(\.id))
        #expect(alone.map(\.matches) == together.map(\.matches))
    }
}
