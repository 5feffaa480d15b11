import ArgumentGraph
import Benchmark
import EssayKit
import Explorer
import Foundation

/// The benchmark suite: parsing the bundled essay with every citation resolved, resolving citations
/// alone, a 10 MB generated essay, loading the argument graph, search, the explorer's first frame, a
/// frame and key presses, and folders of 1 to 1,000 generated essays loaded, indexed and searched.
/// Run with `swift package --disable-sandbox benchmark` in this folder.
let benchmarks: @Sendable () -> Void = {
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
    let essayPath = corpus.appendingPathComponent("kaye-2019-legitimacy.md").path
    guard let essayFile = try? EssayLoader.load(path: essayPath) else {
        fatalError("cannot read \(essayPath)")
    }

    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                                           timeUnits: .microseconds, maxDuration: .seconds(3), maxIterations: 10_000)

    Benchmark("Parse essay (full model, citations resolved)") { benchmark in
        Measure.keeping(benchmark) { try EssayParser().parse(essayFile) }
    }

    Benchmark("Parse 10 MB generated essay",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds,
                                   maxDuration: .seconds(20), maxIterations: 15)) { benchmark in
        let large = SourceFile(path: "synthetic-10mb.md", bytes: Array(SyntheticEssay.ofSize(10_000_000, seed: 1).utf8))
        Measure.keeping(benchmark) { try EssayParser().parse(large) }
    }

    let argumentEssay = try? EssayParser().parse(essayFile)

    Benchmark("Load framework and annotations, anchor quotes, build graph") { benchmark in
        guard let essay = argumentEssay else { return }
        Measure.keeping(benchmark) { ArgumentLoader.load(essay: essay) }
    }

    Benchmark("Search the essay (veto)") { benchmark in
        guard let essay = argumentEssay else { return }
        let index = SearchIndex(map: ArgumentLoader.load(essay: essay).map)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(index.search("veto"))
            blackHole(index.search("\"judicial review\" Caron's multistakeholder"))
        }
    }

    Benchmark("Resolve citations (the essay's 60 footnotes, already parsed)") { benchmark in
        guard let essay = argumentEssay else { return }
        let unresolved = essay.footnotes.map { footnote -> Footnote in
            var bare = footnote
            bare.citations = []
            bare.segments = []
            return bare
        }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var footnotes = unresolved
            blackHole(CitationResolver().resolve(footnotes: &footnotes, file: essay.source))
            blackHole(footnotes)
        }
    }

    Benchmark("Explorer: render a frame (120x40, claims and markers on screen)") { benchmark in
        guard let essay = argumentEssay else { return }
        let model = ExplorerModel(loaded: ArgumentLoader.load(essay: essay), path: essayPath)
        let state = ExplorerReducer.reduce(ExplorerState(model: model, width: 120, height: 40), keys: "]l")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(ExplorerView.render(state))
        }
    }

    Benchmark("Explorer: start to first frame (parse, graph, layout, render at 120x40)") { benchmark in
        Measure.keeping(benchmark) { () throws -> (ExplorerState, Grid) in
            let essay = try EssayParser().parse(essayFile)
            let state = ExplorerState(model: ExplorerModel(loaded: ArgumentLoader.load(essay: essay), path: essayPath), width: 120, height: 40)
            return (state, ExplorerView.render(state))
        }
    }

    Benchmark("Explorer: key press to next frame (j, l, Enter, n ...)") { benchmark in
        guard let essay = argumentEssay else { return }
        let model = ExplorerModel(loaded: ArgumentLoader.load(essay: essay), path: essayPath)
        var state = ExplorerState(model: model, width: 120, height: 40)
        state = ExplorerReducer.reduce(state, keys: "/veto<Enter>")
        let keys = Key.sequence("jjl}n]<Enter><C-o>[kG")
        benchmark.startMeasurement()
        for iteration in benchmark.scaledIterations {
            state = ExplorerReducer.reduce(state, .key(keys[iteration % keys.count]))
            blackHole(ExplorerView.render(state))
        }
    }

    Benchmark("Suggestions: every sentence of the essay read for suggested claims (no annotations)") { benchmark in
        guard let essay = argumentEssay else { return }
        let text = EssayText(essay: essay)
        let sentences = text.units.indices.flatMap { unit in text.units[unit].sentences.indices.map { (unit: unit, index: $0) } }
        let framework = BuiltInFramework.caron
        Measure.keeping(benchmark) {
            SuggestedClaims.make(sentences: sentences, text: text, essay: essay, framework: framework, subjects: [], taken: [])
        }
    }

    // An edit of the annotations and its save (read back, merged if changed, written whole with
    // fsync): the bundled 75 claims, and those with 9,925 more (quotes that need not anchor).
    for count in [75, 10_000] {
        Benchmark("Annotations: an edit and its save, \(count) claims",
                  configuration: .init(metrics: [.wallClock, .mallocCountTotal], timeUnits: .milliseconds, maxDuration: .seconds(5),
                                       maxIterations: 500)) { benchmark in
            guard let essay = argumentEssay, var session = AnnotationFixture.session(claims: count, corpus: corpus, essay: essay) else { return }
            benchmark.startMeasurement()
            for iteration in benchmark.scaledIterations {
                let edit: AnnotationEdit = iteration % 2 == 0 ? .link(from: "caron-measured", type: .supports, to: "thesis")
                    : .unlink(from: "caron-measured", type: .supports, to: "thesis")
                _ = try? session.apply(edit)
                blackHole(try? session.save())
            }
        }
        Benchmark("Annotations: a save alone (read back, compared, written whole with fsync), \(count) claims",
                  configuration: .init(metrics: [.wallClock], timeUnits: .milliseconds, maxDuration: .seconds(5), maxIterations: 500)) { benchmark in
            guard let essay = argumentEssay, var session = AnnotationFixture.session(claims: count, corpus: corpus, essay: essay) else { return }
            _ = try? session.apply(.setNote(id: "caron-measured", note: "Edited."))
            benchmark.startMeasurement()
            blackHole(try? session.save())
            benchmark.stopMeasurement()
        }
        Benchmark("Annotations: an edit alone (patched, read back, checked), \(count) claims",
                  configuration: .init(metrics: [.wallClock], timeUnits: .milliseconds, maxDuration: .seconds(5), maxIterations: 500)) { benchmark in
            guard let essay = argumentEssay, var session = AnnotationFixture.session(claims: count, corpus: corpus, essay: essay) else { return }
            benchmark.startMeasurement()
            for iteration in benchmark.scaledIterations {
                let edit: AnnotationEdit = iteration % 2 == 0 ? .link(from: "caron-measured", type: .supports, to: "thesis")
                    : .unlink(from: "caron-measured", type: .supports, to: "thesis")
                blackHole(try? session.apply(edit))
            }
        }
    }

    // Folders of generated essays of about 40 KB each, as `legit generate --count N` writes them.
    for count in [1, 10, 100, 1_000] {
        let folder = CorpusFolder.make(count: count)
        Benchmark("Corpus: load and index \(count) essays (\(count * 40) KB)",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], timeUnits: .milliseconds,
                                       maxDuration: .seconds(count >= 1_000 ? 30 : 10), maxIterations: count >= 1_000 ? 7 : 50)) { benchmark in
            Measure.keeping(benchmark) { try ArgumentCorpus.load(path: folder) }
        }
    }

    Benchmark("Corpus: search 1000 essays (veto; a phrase and folded terms)",
              configuration: .init(metrics: [.wallClock], timeUnits: .milliseconds, maxDuration: .seconds(5), maxIterations: 200)) { benchmark in
        // Loaded here, not when the suite is made, so no other benchmark's process holds it.
        guard let thousand = try? ArgumentCorpus.load(path: CorpusFolder.make(count: 1_000)) else { return }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(thousand.index.search("veto"))
            blackHole(thousand.index.search("\"judicial review\" Caron's multistakeholder"))
        }
        // Freeing a thousand essays takes longer than searching them; it is no part of a search.
        benchmark.stopMeasurement()
        withExtendedLifetime(thousand) {}
    }
}

/// How the benchmarks that make something keep it.
enum Measure {
    /// Runs `work` once per iteration and stops the clock before what it made is freed: a program
    /// that parses or loads keeps the result, so freeing it is no part of the time asked about
    /// (for a thousand essays it is a tenth of a second, and it was being counted).
    static func keeping<T>(_ benchmark: Benchmark, _ work: () throws -> T) {
        var kept: [T] = []
        kept.reserveCapacity(benchmark.scaledIterations.count)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            if let made = try? work() { kept.append(made) }
        }
        benchmark.stopMeasurement()
        blackHole(kept)
    }
}

/// A folder of generated essays for the corpus benchmarks, written once per size under the temporary folder.
enum CorpusFolder {
    static func make(count: Int) -> String {
        let folder = NSTemporaryDirectory() + "legit-benchmark-corpus-\(count)"
        if (try? FileManager.default.contentsOfDirectory(atPath: folder).count) == count { return folder }
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for index in 0..<count {
            let text = SyntheticEssay.ofSize(40_000, seed: UInt64(index + 1))
            FileManager.default.createFile(atPath: folder + "/synthetic-\(index + 1).md", contents: Data(text.utf8))
        }
        return folder
    }
}

/// Annotation files for the save benchmarks, written once under the temporary folder.
enum AnnotationFixture {
    /// A session on a copy of the bundled annotations padded to `claims` claims.
    static func session(claims: Int, corpus: URL, essay: Essay) -> AnnotationSession? {
        let path = NSTemporaryDirectory() + "legit-benchmark-annotations-\(claims).claims.yaml"
        guard var text = try? String(contentsOf: corpus.appendingPathComponent("kaye-2019-legitimacy.claims.yaml"), encoding: .utf8) else { return nil }
        text = text.replacingOccurrences(of: "framework: frameworks/caron-1993.yaml\n", with: "")
        for index in 0..<max(0, claims - 75) {
            text += "  - id: padding-\(index)\n    kind: claim\n    quote: \"A sentence kept to make the file large, number \(index).\"\n"
                + "    supports: [thesis]\n    note: \"Padding.\"\n"
        }
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return try? AnnotationSession.open(path: path, essay: essay, framework: BuiltInFramework.caron)
    }
}
