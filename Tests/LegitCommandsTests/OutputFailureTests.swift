import Foundation
import Testing

/// Every write to standard output is checked: a full disk, a closed pipe or a file size limit is
/// an error (or, for a closed pipe, the quiet end other tools have), never a silent exit 0.
@Suite("Write errors are never swallowed")
struct OutputFailureTests {
    /// Runs the binary with standard output going to `output` (a path opened for writing).
    private static func run(_ arguments: [String], output: String) throws -> (status: Int32, errors: String) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("legit-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let errors = try FileHandle(forWritingTo: errURL)
        let out = try #require(FileHandle(forWritingAtPath: output))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: LegitBinary.path)
        process.arguments = arguments
        process.currentDirectoryURL = LegitBinary.root
        process.standardOutput = out
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try errors.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs a bash script with the binary as `$L`; returns its standard output.
    private static func bash(_ script: String, in folder: String) throws -> String {
        let outURL = URL(fileURLWithPath: folder).appendingPathComponent(".bash-out")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.environment = ProcessInfo.processInfo.environment.merging(["L": LegitBinary.path]) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        defer { try? FileManager.default.removeItem(at: outURL) }
        return String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
    }

    static let commands: [[String]] = [
        [], ["open"], ["outline"], ["outline", "--json"], ["dump"], ["dump", "--json"], ["check"], ["check", "--json"],
        ["search", "veto"], ["search", "veto", "--json"], ["footnote", "4"], ["footnote", "--json"], ["footnote"],
        ["authorities"], ["authorities", "--json"], ["claims"], ["claims", "--json"], ["claim", "thesis"], ["claim", "thesis", "--json"],
        ["scorecard"], ["scorecard", "--json"], ["audit"], ["audit", "--json"], ["export"], ["export", "--format", "dot"],
        ["export", "--format", "aif"], ["export", "--format", "graphml"], ["generate", "--bytes", "100000"], ["keys"], ["keys", "--library"],
        ["--help"], ["export", "--help"],
    ]

    @Test("every command writing to /dev/full: one line on standard error naming standard output, and a non-zero exit",
          arguments: commands)
    func fullDisk(_ arguments: [String]) throws {
        let result = try Self.run(arguments, output: "/dev/full")
        #expect(result.status == 1, "\(arguments)")
        #expect(result.errors.hasSuffix("legit: cannot write to standard output (no space left on device); the output is incomplete\n"),
                "\(arguments): \(result.errors)")
    }

    @Test("a pipe closed early ends legit quietly by SIGPIPE, as other tools end, even when SIGPIPE came ignored")
    func closedPipe() throws {
        let scratch = CorpusScratchFolder()
        for trap in ["", "trap '' PIPE; "] {
            let output = try Self.bash(trap + "\"$L\" dump --json 2>err | head -c 10 >/dev/null; echo \"${PIPESTATUS[0]}\"; wc -c <err",
                                       in: scratch.path)
            #expect(output == "141\n0\n", "\(trap): \(output)")
        }
    }

    @Test("export -o over the file size limit (ulimit -f): an error naming the file, no temporary file left, the old file kept")
    func fileSizeLimit() throws {
        let scratch = CorpusScratchFolder()
        let output = try Self.bash("echo old >out.json; (ulimit -f 20; \"$L\" export -o out.json 2>err); echo \"status $?\"; cat err; ls -A",
                                   in: scratch.path)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first == "status 1")
        #expect(lines.dropFirst().first?.hasPrefix("legit: out.json: error: cannot write a temporary file beside it (file too large)") == true,
                "\(output)")
        #expect(Array(lines.dropFirst(2)) == [".bash-out", "err", "out.json"])
        #expect(try String(contentsOfFile: scratch.path + "/out.json", encoding: .utf8) == "old\n")
    }

    @Test("standard error that cannot be written is no crash")
    func standardErrorFull() throws {
        let scratch = CorpusScratchFolder()
        let output = try Self.bash("\"$L\" claim no-such-claim 2>/dev/full; echo \"status $?\"; \"$L\" claim no-such-claim 2>&-; echo \"status $?\"",
                                   in: scratch.path)
        #expect(output == "status 1\nstatus 1\n")
    }

    @Test("commands print through one checked path: no print or FileHandle output outside StandardOutput")
    func onePath() throws {
        let sources = LegitBinary.root.appendingPathComponent("Sources")
        var offenders: [String] = []
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        for file in files where (file.hasPrefix("LegitCommands/") || file.hasPrefix("legit/"))
            && !file.hasSuffix("LegitCommands/Support/StandardOutput.swift") {
            let text = try String(contentsOfFile: sources.appendingPathComponent(file).path, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                for call in ["print(", "FileHandle.standardOutput", "FileHandle.standardError", "fputs(", "putchar(", "write(STDOUT_FILENO", "write(1,"]
                where code.contains(call) {
                    offenders.append("\(file): \(code)")
                }
            }
        }
        #expect(files.contains { $0.hasPrefix("LegitCommands/Commands/") })
        #expect(offenders.isEmpty)
    }
}

/// A temporary folder removed when the value goes.
final class CorpusScratchFolder {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("legit-out-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
