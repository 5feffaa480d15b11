#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EssayKit
import Foundation
import Testing

/// Every file legit writes goes through `AtomicFile`, so a `kill -9` at any moment leaves the old
/// file or the new one, whole.
@Suite("Nothing lost: files are written whole")
struct NothingLostTests {
    /// The hidden temporary files `AtomicFile` leaves when its writer is killed mid-write.
    static func temporaries(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
    }

    @Test("a writer killed with SIGKILL 100 times, mid-write: the file is absent before the first write, else one essay or the other, whole")
    func killedWriter() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-kill-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/essay.md"
        let bytes = 100_000
        // `--rewrite` writes the essays of seeds 11 and 12 in turn, until it is killed.
        let essays = [Data(SyntheticEssay.ofSize(bytes, seed: 11).utf8), Data(SyntheticEssay.ofSize(bytes, seed: 12).utf8)]
        var seen = [0, 0]
        var absent = 0
        var interrupted = 0
        var everWritten = false
        for round in 0..<100 {
            let writer = Process()
            writer.executableURL = URL(fileURLWithPath: LegitBinary.path)
            writer.arguments = ["generate", "--bytes", "\(bytes)", "--seed", "11", "--output", target, "--rewrite", "1000000",
                                 // The writer stops when this test's process is gone, killed mid-run.
                                 "--while-parent", "\(getpid())"]
            writer.standardOutput = FileHandle.nullDevice
            writer.standardError = FileHandle.nullDevice
            try writer.run()
            if round % 4 == 0 {
                // Any moment at all, start-up included.
                try await Task.sleep(nanoseconds: UInt64.random(in: 0...80_000_000))
            } else {
                // A moment while it writes: once its temporary file shows, then up to 25 ms on.
                // (Sleeping as a task leaves the thread to other tests meanwhile.)
                var waited = 0
                while Self.temporaries(in: folder).isEmpty, waited < 5_000, writer.isRunning {
                    try await Task.sleep(nanoseconds: 500_000)
                    waited += 1
                }
                try await Task.sleep(nanoseconds: UInt64.random(in: 0...25_000_000))
            }
            #expect(kill(writer.processIdentifier, SIGKILL) == 0)
            writer.waitUntilExit()
            #expect(writer.terminationReason == .uncaughtSignal, "kill \(round): the writer ended before it was killed")

            switch FileManager.default.contents(atPath: target) {
            case nil:
                #expect(!everWritten, "kill \(round): the file vanished")
                absent += 1
            case essays[0]?:
                seen[0] += 1
                everWritten = true
            case essays[1]?:
                seen[1] += 1
                everWritten = true
            case let torn?:
                Issue.record("kill \(round): the file is torn (\(torn.count) bytes, neither essay)")
            }
            let leftovers = Self.temporaries(in: folder)
            interrupted += leftovers.isEmpty ? 0 : 1
            for name in leftovers { try FileManager.default.removeItem(atPath: folder + "/" + name) }
        }
        #expect(absent + seen[0] + seen[1] == 100)
        // The kills did land mid-write, and between writes of either essay.
        #expect(interrupted > 0)
        #expect(seen[0] > 0 && seen[1] > 0, "seen \(seen), absent \(absent)")
    }

    @Test("a writer told its parent's pid stops rewriting once that parent is gone, as when a test is killed mid-run")
    func writerEndsWithItsParent() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-orphan-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A shell starts the writer in the background with the shell's own pid, says the writer's
        // pid, and exits at once, as a killed test would: the writer is left without its parent.
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "\"$0\" generate --bytes 20000 --seed 11 --output \"$1\" --rewrite 100000000 --while-parent $$ "
                                + ">/dev/null 2>&1 </dev/null & echo $!", LegitBinary.path, folder + "/essay.md"]
        let pipe = Pipe()
        shell.standardOutput = pipe
        try shell.run()
        shell.waitUntilExit()
        let said = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let writer = try #require(Int32(said.trimmingCharacters(in: .whitespacesAndNewlines)), "the shell said \(said)")
        // Ended, or a zombie its new parent has not reaped yet; a million rewrites would take minutes.
        func running() -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(writer)/stat", encoding: .utf8) else { return kill(writer, 0) == 0 }
            return !(stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") ?? false)
        }
        var waited = 0
        while running(), waited < 400 {
            try await Task.sleep(nanoseconds: 25_000_000)
            waited += 1
        }
        let stillRunning = running()
        if stillRunning { kill(writer, SIGKILL) }
        #expect(!stillRunning, "the writer went on rewriting for 10 s after its parent was gone")
    }

    @Test("no file is written but through AtomicFile")
    func onlyAtomicFileWrites() throws {
        let sources = LegitBinary.root.appendingPathComponent("Sources")
        let writes = ["write(toFile:", "write(to:", ".createFile(", "FileHandle(forWritingAtPath", "FileHandle(forWritingTo",
                      "FileHandle(forUpdating", "O_CREAT", "O_WRONLY", "O_RDWR"]
        var offenders: [String] = []
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 50)
        for file in files where !file.hasSuffix("Persistence/AtomicFile.swift") {
            let text = try String(contentsOfFile: sources.appendingPathComponent(file).path, encoding: .utf8)
            for call in writes where text.contains(call) { offenders.append("\(file): \(call)") }
            // `fopen` to read is fine; to write, append or update it is not.
            for line in text.split(separator: "\n") where line.contains("fopen(") {
                if ["\"w", "\"a", "+\""].contains(where: { line.contains($0) }) { offenders.append("\(file): \(line)") }
            }
        }
        #expect(offenders.isEmpty)
    }
}

/// The annotation writer's saves, killed mid-write.
@Suite("Nothing lost: annotation saves are whole")
struct AnnotationSavesKilledTests {
    @Test("`legit annotate add` saving, undoing and redoing, killed with SIGKILL 100 times: the file is always one version or the other, whole")
    func killedSaves() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-kill-annotate-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A short essay, so each writer starts quickly, and 1,500 claims (their quotes need not
        // anchor), so a save writes about 250 KB and a kill can land in the middle of it.
        let sentences = (0..<40).map { "Sentence \($0) of the essay says something about the Council and its review." }
        let essay = "# A Short Essay\n\nAda Writer\n\n## I. THE ARGUMENT\n\n" + sentences.joined(separator: " ") + "\n\nIn the end, the review was limited.\n"
        try essay.write(toFile: folder + "/essay.md", atomically: true, encoding: .utf8)
        var original = "essay: essay.md\nsubjects:\n  - id: council\n    name: The Council\nclaims:\n"
        for index in 0..<1_500 {
            original += "  - id: claim-\(index)\n    kind: claim\n    quote: \"Sentence \(index % 40) of the essay says something about the Council and its review.\"\n"
                + "    note: \"A claim kept to make the file large, number \(index).\"\n"
        }
        let target = folder + "/essay.claims.yaml"
        try original.write(toFile: target, atomically: true, encoding: .utf8)
        var versions: [Data: Int] = [Data(original.utf8): 0]
        var withClaim: Data?
        var interrupted = 0
        let claimCount = { (text: String) in text.components(separatedBy: "\n  - id: ").count }
        for round in 0..<100 {
            // Each writer starts from the original, so its claim is new to the file.
            try original.write(toFile: target, atomically: true, encoding: .utf8)
            let writer = Process()
            writer.executableURL = URL(fileURLWithPath: LegitBinary.path)
            writer.arguments = ["annotate", "add", "essay.md", "--quote", "In the end, the review was limited.",
                                "--kind", "conclusion", "--id", "limited", "--subject", "council", "--factor", "oversight:partial",
                                "--rewrite", "100000", "--while-parent", "\(getpid())"]
            writer.currentDirectoryURL = URL(fileURLWithPath: folder)
            writer.standardOutput = FileHandle.nullDevice
            writer.standardError = FileHandle.nullDevice
            try writer.run()
            if round % 4 == 0 {
                try await Task.sleep(nanoseconds: UInt64.random(in: 0...300_000_000))
            } else {
                var waited = 0
                while NothingLostTests.temporaries(in: folder).isEmpty, waited < 10_000, writer.isRunning {
                    try await Task.sleep(nanoseconds: 500_000)
                    waited += 1
                }
                try await Task.sleep(nanoseconds: UInt64.random(in: 0...5_000_000))
            }
            #expect(kill(writer.processIdentifier, SIGKILL) == 0)
            writer.waitUntilExit()
            #expect(writer.terminationReason == .uncaughtSignal, "kill \(round): the writer ended before it was killed")
            let now = try #require(FileManager.default.contents(atPath: target), "kill \(round): the file vanished")
            if versions[now] == nil {
                // The one other version there may be: the original with the claim added, which reads back whole.
                let text = String(decoding: now, as: UTF8.self)
                #expect(withClaim == nil && text.contains("  - id: limited\n") && claimCount(text) == claimCount(original) + 1,
                        "kill \(round): the file is torn (\(now.count) bytes)")
                withClaim = now
            }
            versions[now, default: 0] += 1
            let leftovers = NothingLostTests.temporaries(in: folder)
            interrupted += leftovers.isEmpty ? 0 : 1
            for name in leftovers { try FileManager.default.removeItem(atPath: folder + "/" + name) }
        }
        #expect(versions.count == 2, "versions seen: \(versions.values)")
        #expect(versions.values.allSatisfy { $0 > 0 })
        #expect(interrupted > 0)
    }
}
