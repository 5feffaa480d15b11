import ArgumentParser
import EssayKit
import Foundation

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic essays in the converted format, for tests and benchmarks.",
        shouldDisplay: false)

    @Option(help: "The approximate size of each essay in bytes.")
    var bytes = 40_000

    @Option(help: "How many essays to write (into --output, a folder, when more than one).")
    var count = 1

    @Option(help: "The first seed; essay i uses seed + i.")
    var seed: UInt64 = 1

    @Option(help: "Where to write: a file for one essay, a folder for several (default: standard output).")
    var output: String?

    func run() throws {
        guard count > 0, bytes > 0 else { throw CommandFailure("legit generate: --count and --bytes must be positive") }
        guard let output else {
            for index in 0..<count { print(SyntheticEssay.ofSize(bytes, seed: seed + UInt64(index)), terminator: "") }
            return
        }
        if count == 1 {
            try SyntheticEssay.ofSize(bytes, seed: seed).write(toFile: output, atomically: true, encoding: .utf8)
            return
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for index in 0..<count {
            let text = SyntheticEssay.ofSize(bytes, seed: seed + UInt64(index))
            try text.write(toFile: "\(output)/synthetic-\(seed + UInt64(index)).md", atomically: true, encoding: .utf8)
        }
    }
}
