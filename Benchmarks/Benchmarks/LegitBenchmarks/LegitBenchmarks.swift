import ArgumentGraph
import Benchmark
import EssayKit
import Explorer
import Foundation

/// The benchmark suite: parsing the bundled essay with every citation resolved, a 10 MB generated
/// essay, loading the argument graph, search, and the explorer's first frame and key presses.
/// Run with `swift package --disable-sandbox benchmark` in this folder.
let benchmarks: @Sendable () -> Void = {
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
    let essayPath = corpus.appendingPathComponent("kaye-2019-legitimacy.md").path
    guard let essayFile = try? EssayLoader.load(path: essayPath) else {
        fatalError("cannot read \(essayPath)")
    }
    let large = SourceFile(path: "synthetic-10mb.md", bytes: Array(SyntheticEssay.ofSize(10_000_000, seed: 1).utf8))

    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                                           timeUnits: .microseconds, maxDuration: .seconds(3), maxIterations: 10_000)

    Benchmark("Parse essay (full model, citations resolved)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? EssayParser().parse(essayFile))
        }
    }

    Benchmark("Parse 10 MB generated essay",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds,
                                   maxDuration: .seconds(20), maxIterations: 15)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? EssayParser().parse(large))
        }
    }

    let argumentEssay = try? EssayParser().parse(essayFile)

    Benchmark("Load framework and annotations, anchor quotes, build graph") { benchmark in
        guard let essay = argumentEssay else { return }
        for _ in benchmark.scaledIterations {
            blackHole(ArgumentLoader.load(essay: essay))
        }
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

    Benchmark("Explorer: start to first frame (parse, graph, layout, render at 120x40)") { benchmark in
        for _ in benchmark.scaledIterations {
            guard let essay = try? EssayParser().parse(essayFile) else { continue }
            let model = ExplorerModel(loaded: ArgumentLoader.load(essay: essay), path: essayPath)
            blackHole(ExplorerView.render(ExplorerState(model: model, width: 120, height: 40)))
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
}
