import Benchmark
import EssayKit
import Foundation

/// The benchmark suite: parsing the bundled essay with every citation resolved, and a 10 MB
/// generated essay. Run with `swift package --disable-sandbox benchmark` in this folder.
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
}
