import ArgumentGraph
import EssayKit
import Foundation

// Instruction counts under callgrind, repeatable on a loaded machine: `Profile suggest N` runs the
// suggestions benchmark's work N times, `Profile parse N` the parse peer's. valgrind refuses the
// DWARF Swift 6.3 writes, so count a stripped copy; one run = (Ir at N=11 - Ir at N=1) / 10:
//   swift build -c release --product Profile && cp .build/release/Profile /tmp/p && strip --strip-debug /tmp/p
//   valgrind --tool=callgrind /tmp/p suggest 11
// `Profile large N` parses the 10 MB generated essay N times (N=0 only generates it); `Profile time N`
// prints the wall time of each of N parses of it, in milliseconds. `Profile split N` prints, for each parse, the
// parse's and then the freeing's wall time and the calling thread's CPU time (ms): under load, thread CPU time tracks
// the serial path better than wall time, and the freeing is what a program that keeps the essay never pays.
let arguments = CommandLine.arguments
let what = arguments.count > 1 ? arguments[1] : "suggest"
let count = arguments.count > 2 ? Int(arguments[2]) ?? 1 : 1
let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus/kaye-2019-legitimacy.md").path
let file = try EssayLoader.load(path: path)
let essay = try EssayParser().parse(file)
var kept = 0
switch what {
case "parse":
    for _ in 0..<count { kept &+= try EssayParser().parse(file).footnotes.count }
case "large", "time":
    let large = SourceFile(path: "synthetic-10mb.md", bytes: Array(SyntheticEssay.ofSize(10_000_000, seed: 1).utf8))
    for _ in 0..<count {
        let start = DispatchTime.now().uptimeNanoseconds
        kept &+= try EssayParser().parse(large).footnotes.count
        if what == "time" { print(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6) }
    }
case "write":
    // `Profile write PATH` writes the 10 MB generated essay to PATH, for `Profile file PATH N`.
    let text = SyntheticEssay.ofSize(10_000_000, seed: 1)
    FileManager.default.createFile(atPath: arguments.count > 2 ? arguments[2] : "synthetic-10mb.md", contents: Data(text.utf8))
case "file", "keep":
    // `Profile file PATH N` parses the essay at PATH N times; `keep` keeps each parse, as the
    // package benchmark does, so its freeing is not counted.
    let other = try EssayLoader.load(path: arguments.count > 2 ? arguments[2] : path)
    let times = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1
    var essays: [Essay] = []
    for _ in 0..<times {
        let parsed = try EssayParser().parse(other)
        kept &+= parsed.footnotes.count
        if what == "keep" { essays.append(parsed) }
    }
    kept &+= essays.count
case "json":
    // `Profile json PATH...` writes each essay's JSON, as `legit dump --json PATH` prints it, to a
    // file in the current folder named after the path (`/` made `_`, `.json` added): a release
    // build's results to compare with another's. `legit`'s terminal escapes (DEL, C1 controls,
    // bidirectional overrides) are left out.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    for path in arguments.dropFirst(2) {
        let parsed = try EssayParser().parse(contentsOf: path)
        let json = String(decoding: try encoder.encode(EssayJSON.Document(parsed)), as: UTF8.self)
        FileManager.default.createFile(atPath: path.replacingOccurrences(of: "/", with: "_") + ".json", contents: Data((json + "\n").utf8))
    }
case "cpu":
    // `Profile cpu bundled|large|BYTES N` parses N times, keeping each parse as the package benchmark does, and prints the
    // medians of each parse's wall time, calling thread's CPU time and process CPU time (ms): on a loaded machine the
    // CPU times tell whether work moved to other threads pays.
    let which = arguments.count > 2 ? arguments[2] : "bundled"
    let times = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1
    // `large` is the 10 MB generated essay; a number, a generated essay of that many bytes.
    let size = which == "large" ? 10_000_000 : Int(which) ?? 0
    let source = size > 0 ? SourceFile(path: "synthetic.md", bytes: Array(SyntheticEssay.ofSize(size, seed: 1).utf8)) : file
    func clock(_ id: clockid_t) -> Double {
        var now = timespec()
        clock_gettime(id, &now)
        return Double(now.tv_sec) * 1e3 + Double(now.tv_nsec) / 1e6
    }
    var walls: [Double] = [], threads: [Double] = [], processes: [Double] = []
    var essays: [Essay] = []
    essays.reserveCapacity(times)
    for _ in 0..<times {
        let (wall, cpu, process) = (clock(CLOCK_MONOTONIC), clock(CLOCK_THREAD_CPUTIME_ID), clock(CLOCK_PROCESS_CPUTIME_ID))
        essays.append(try EssayParser().parse(source))
        walls.append(clock(CLOCK_MONOTONIC) - wall)
        threads.append(clock(CLOCK_THREAD_CPUTIME_ID) - cpu)
        processes.append(clock(CLOCK_PROCESS_CPUTIME_ID) - process)
    }
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
    print(String(format: "wall p50 %.3f  thread-cpu p50 %.3f mean %.3f  process-cpu p50 %.3f mean %.3f (ms)",
                 median(walls), median(threads), mean(threads), median(processes), mean(processes)))
    kept &+= essays.count
case "split":
    let large = SourceFile(path: "synthetic-10mb.md", bytes: Array(SyntheticEssay.ofSize(10_000_000, seed: 1).utf8))
    func clock(_ id: clockid_t) -> Double {
        var now = timespec()
        clock_gettime(id, &now)
        return Double(now.tv_sec) * 1e3 + Double(now.tv_nsec) / 1e6
    }
    print("parse-wall parse-thread-cpu free-wall free-thread-cpu process-cpu (ms)")
    for _ in 0..<count {
        let (wall, cpu, process) = (clock(CLOCK_MONOTONIC), clock(CLOCK_THREAD_CPUTIME_ID), clock(CLOCK_PROCESS_CPUTIME_ID))
        var essay: Essay? = try EssayParser().parse(large)
        let (parsed, parsedCPU) = (clock(CLOCK_MONOTONIC), clock(CLOCK_THREAD_CPUTIME_ID))
        kept &+= essay?.footnotes.count ?? 0
        essay = nil
        let (freed, freedCPU, processEnd) = (clock(CLOCK_MONOTONIC), clock(CLOCK_THREAD_CPUTIME_ID), clock(CLOCK_PROCESS_CPUTIME_ID))
        print(String(format: "%.1f %.1f %.1f %.1f %.1f", parsed - wall, parsedCPU - cpu, freed - parsed, freedCPU - parsedCPU, processEnd - process))
    }
default:
    let text = EssayText(essay: essay)
    let sentences = text.units.indices.flatMap { unit in text.units[unit].sentences.indices.map { (unit: unit, index: $0) } }
    for _ in 0..<count {
        let made = SuggestedClaims.make(sentences: sentences, text: text, essay: essay, framework: BuiltInFramework.caron, subjects: [], taken: [])
        kept &+= made.claims.count
        if count == 1 { for claim in made.claims { print(claim.id, claim.kind, claim.factors.map { "\($0.factor):\(String(describing: $0.stance))" }, claim.quote.exact.prefix(40)) } }
    }
}
print(kept)
