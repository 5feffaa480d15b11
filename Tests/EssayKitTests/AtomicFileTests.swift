#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
@testable import EssayKit
import Foundation
import LowLevel
import Testing

@Suite("Writing files whole: AtomicFile")
struct AtomicFileTests {
    /// The names in `folder`, sorted.
    private static func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("writes the new contents whole over the old, creating missing folders and keeping the file's mode")
    func replaces() throws {
        let scratch = CorpusScratch()
        let path = scratch.folder + "/deep/er/notes.txt"
        try AtomicFile.write("first", to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("first".utf8))
        #expect(chmod(path, 0o600) == 0)
        try AtomicFile.write(Data("second, longer".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("second, longer".utf8))
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(Self.names(scratch.folder + "/deep/er") == ["notes.txt"])
    }

    @Test("partial writes are continued and interrupted ones retried, so every byte lands")
    func partialAndInterruptedWrites() throws {
        let scratch = CorpusScratch()
        let path = scratch.folder + "/out"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(descriptor >= 0)
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var calls = 0
        let failure = bytes.withUnsafeBytes { buffer in
            SystemFiles.writeAll(descriptor, buffer) { descriptor, pointer, count in
                calls += 1
                if calls % 3 == 0 {
                    errno = EINTR
                    return -1
                }
                return write(descriptor, pointer, min(count, 7))
            }
        }
        close(descriptor)
        #expect(failure == nil)
        // 1,429 writes of at most 7 bytes, and every third call interrupted: 714 more.
        #expect(calls == 2_143)
        #expect(FileManager.default.contents(atPath: path) == Data(bytes))
    }

    @Test("a write that fails reports its errno and stops")
    func failingWrite() {
        let failure = [UInt8](repeating: 1, count: 10).withUnsafeBytes { buffer in
            SystemFiles.writeAll(-1, buffer) { _, _, _ in
                errno = ENOSPC
                return -1
            }
        }
        #expect(failure == ENOSPC)
    }

    @Test("a target that cannot be replaced: a typed error naming it, the reason and what to do; no temporary file left")
    func cannotReplace() throws {
        let scratch = CorpusScratch()
        let target = scratch.folder + "/taken"
        try FileManager.default.createDirectory(atPath: target + "/inside", withIntermediateDirectories: true)
        #expect {
            try AtomicFile.write("text", to: target)
        } throws: { error in
            (error as? AtomicFileError)?.description == "\(target): error: cannot replace it with the new contents (is a directory); "
                + "check the path and its folder, or choose another path; the old file is untouched"
        }
        #expect(Self.names(scratch.folder) == ["taken"])
        let blocked = scratch.write("file", "x") + "/below/name.txt"
        #expect {
            try AtomicFile.write("text", to: blocked)
        } throws: { error in
            (error as? AtomicFileError)?.description == "\(blocked): error: cannot create its folder (\(scratch.folder)/file is not a folder); "
                + "check the path and its folder, or choose another path; the old file is untouched"
        }
        #expect {
            try AtomicFile.write("text", to: scratch.folder + "/missing/name.txt", createFolders: false)
        } throws: { error in
            (error as? AtomicFileError)?.step == .createTemporary && (error as? AtomicFileError)?.reason == "no such file or directory"
        }
    }

    @Test("writers racing on one file never share a temporary file: every write succeeds and the file is one of them, whole")
    func racingWriters() throws {
        let scratch = CorpusScratch()
        let path = scratch.folder + "/shared.txt"
        let contents = (0..<8).map { writer in String(repeating: "writer \(writer) ", count: 5_000 + writer) }
        let failures = LockedCount()
        DispatchQueue.concurrentPerform(iterations: 8) { writer in
            for _ in 0..<20 {
                do { try AtomicFile.write(contents[writer], to: path) } catch { failures.add() }
            }
        }
        #expect(failures.value == 0)
        let final = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
        #expect(contents.contains(final))
        #expect(Self.names(scratch.folder) == ["shared.txt"])
    }
}

/// A count several threads add to.
private final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
