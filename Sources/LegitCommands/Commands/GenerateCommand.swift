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

    /// A test aid: the kill test runs this and kills it with SIGKILL while it writes.
    @Option(help: ArgumentHelp("Rewrite the --output file this many times, alternating the essays of --seed and --seed + 1 (for the kill test).",
                               visibility: .private))
    var rewrite = 1

    /// A test aid: the pid of the test running the rewrites, which stop when it is gone (`ParentWatch`).
    @Option(help: ArgumentHelp("Stop the rewrites once the process with this pid is no longer the parent (for the kill test).",
                               visibility: .private))
    var whileParent: Int32?

    func run() throws {
        guard count > 0, bytes > 0, rewrite > 0 else { throw CommandFailure("generate: --count, --bytes and --rewrite must be positive") }
        guard let output else {
            for index in 0..<count { try StandardOutput.raw(SyntheticEssay.ofSize(bytes, seed: seed + UInt64(index))) }
            return
        }
        if count == 1 {
            guard rewrite > 1 else { return try write(SyntheticEssay.ofSize(bytes, seed: seed), to: output, createFolders: false) }
            let essays = [SyntheticEssay.ofSize(bytes, seed: seed), SyntheticEssay.ofSize(bytes, seed: seed + 1)]
            let watch = ParentWatch(parent: whileParent)
            for round in 0..<rewrite where !watch.parentIsGone { try write(essays[round % 2], to: output, createFolders: false) }
            return
        }
        // Numbers padded to one width, so a folder listed by name (the library, `ls`) is in seed order.
        let width = String(seed + UInt64(count - 1)).count
        for index in 0..<count {
            let number = String(seed + UInt64(index))
            let text = SyntheticEssay.ofSize(bytes, seed: seed + UInt64(index))
            try write(text, to: "\(output)/synthetic-\(String(repeating: "0", count: width - number.count) + number).md", createFolders: true)
        }
    }

    private func write(_ text: String, to path: String, createFolders: Bool) throws {
        do {
            try AtomicFile.write(text, to: path, createFolders: createFolders)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
