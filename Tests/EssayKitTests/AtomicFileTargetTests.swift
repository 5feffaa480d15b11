#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
@testable import EssayKit
import Foundation
import Testing

/// `AtomicFile` respects what it writes to: a FIFO, device or socket is written, not replaced; a
/// link is followed; a read-only file is refused; a regular file is replaced whole.
@Suite("Writing files whole: the target's kind")
struct AtomicFileTargetTests {
    private static func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    private static func kind(_ path: String) -> mode_t {
        var info = stat()
        guard lstat(path, &info) == 0 else { return 0 }
        return info.st_mode & S_IFMT
    }

    private static func inode(_ path: String) -> ino_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_ino : 0
    }

    /// A megabyte of text, more than a pipe holds, so the writer must wait for the reader.
    private static let large = String(repeating: "0123456789abcdef", count: 65_536)

    @Test("a FIFO with a reader is written, not replaced: the reader gets every byte and the FIFO stays")
    func fifo() throws {
        let scratch = CorpusScratch()
        let fifo = scratch.folder + "/pipe"
        #expect(mkfifo(fifo, 0o644) == 0)
        // A second name for the FIFO, so a reader left waiting on it can always be released.
        #expect(link(fifo, scratch.folder + "/keep") == 0)
        let received = Received()
        let finished = DispatchSemaphore(value: 0)
        let reader = Thread {
            received.set(readAll(fifo))
            finished.signal()
        }
        reader.start()
        let result = Result { try AtomicFile.write(Self.large, to: fifo) }
        if finished.wait(timeout: .now() + 20) == .timedOut {
            // The writer did not open the FIFO the reader waits on: let the reader go.
            let release = open(scratch.folder + "/keep", O_WRONLY | O_NONBLOCK)
            if release >= 0 { close(release) }
            finished.wait()
        }
        #expect(throws: Never.self) { try result.get() }
        #expect(received.value == Data(Self.large.utf8))
        #expect(Self.kind(fifo) == S_IFIFO)
        #expect(Self.names(scratch.folder) == ["keep", "pipe"])
    }

    @Test("a socket is written through a connection, not replaced")
    func socketTarget() throws {
        let scratch = CorpusScratch()
        let path = scratch.folder + "/sock"
        let listener = try #require(UnixListener(path: path))
        let received = Received()
        let finished = DispatchSemaphore(value: 0)
        let reader = Thread {
            received.set(listener.acceptAndReadAll())
            finished.signal()
        }
        reader.start()
        try AtomicFile.write("through the socket", to: path)
        #expect(finished.wait(timeout: .now() + 20) == .success)
        #expect(received.value == Data("through the socket".utf8))
        #expect(Self.kind(path) == S_IFSOCK)
        listener.close()
    }

    @Test("a link is followed: its target is replaced whole in the target's folder, with its mode; the link stays a link")
    func symbolicLink() throws {
        let scratch = CorpusScratch()
        let target = scratch.write("elsewhere/real.dot", "old")
        #expect(chmod(target, 0o640) == 0)
        let before = Self.inode(target)
        #expect(symlink("elsewhere/real.dot", scratch.folder + "/first") == 0)
        // A chain of two links, the second relative to its own folder.
        #expect(symlink(scratch.folder + "/first", scratch.folder + "/link.dot") == 0)
        try AtomicFile.write("new contents", to: scratch.folder + "/link.dot")
        #expect(FileManager.default.contents(atPath: target) == Data("new contents".utf8))
        #expect(Self.kind(scratch.folder + "/link.dot") == S_IFLNK)
        #expect(Self.kind(scratch.folder + "/first") == S_IFLNK)
        #expect(Self.inode(target) != before, "replaced by a rename, not rewritten in place")
        var info = stat()
        #expect(stat(target, &info) == 0 && info.st_mode & 0o777 == 0o640)
        #expect(Self.names(scratch.folder) == ["elsewhere", "first", "link.dot"])
        #expect(Self.names(scratch.folder + "/elsewhere") == ["real.dot"])
    }

    @Test("a link to a file not there yet makes that file, as the shell's > does")
    func danglingLink() throws {
        let scratch = CorpusScratch()
        try FileManager.default.createDirectory(atPath: scratch.folder + "/out", withIntermediateDirectories: true)
        #expect(symlink("out/made.json", scratch.folder + "/link.json") == 0)
        try AtomicFile.write("{}", to: scratch.folder + "/link.json")
        #expect(FileManager.default.contents(atPath: scratch.folder + "/out/made.json") == Data("{}".utf8))
        #expect(Self.kind(scratch.folder + "/link.json") == S_IFLNK)
    }

    @Test("a read-only file is refused with an error naming it, even for root; it is untouched")
    func readOnly() throws {
        let scratch = CorpusScratch()
        let path = scratch.write("kept.json", "precious")
        #expect(chmod(path, 0o444) == 0)
        #expect {
            try AtomicFile.write("new", to: path)
        } throws: { error in
            (error as? AtomicFileError)?.description == "\(path): error: will not write it (it is read-only); "
                + "make it writable (chmod u+w) or choose another path; the old file is untouched"
        }
        #expect(FileManager.default.contents(atPath: path) == Data("precious".utf8))
        // Through a link too: the link's target is what is read-only.
        #expect(symlink(path, scratch.folder + "/link") == 0)
        #expect(throws: AtomicFileError.self) { try AtomicFile.write("new", to: scratch.folder + "/link") }
        #expect(FileManager.default.contents(atPath: path) == Data("precious".utf8))
        #expect(Self.names(scratch.folder) == ["kept.json", "link"])
    }

    @Test("a regular file is still replaced by a rename, keeping its mode")
    func regular() throws {
        let scratch = CorpusScratch()
        let path = scratch.write("plain.txt", "old")
        #expect(chmod(path, 0o604) == 0)
        let before = Self.inode(path)
        try AtomicFile.write("new", to: path)
        #expect(Self.inode(path) != before)
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o604)
    }

    @Test("a link that loops is an error naming the path, and nothing is written")
    func loopingLink() throws {
        let scratch = CorpusScratch()
        #expect(symlink(scratch.folder + "/b", scratch.folder + "/a") == 0)
        #expect(symlink(scratch.folder + "/a", scratch.folder + "/b") == 0)
        #expect {
            try AtomicFile.write("x", to: scratch.folder + "/a")
        } throws: { error in
            (error as? AtomicFileError)?.reason == "too many levels of symbolic links"
        }
        #expect(Self.names(scratch.folder) == ["a", "b"])
    }

    @Test("written a piece at a time: the pieces arrive in order; a failure in the middle leaves the old file")
    func streamed() throws {
        let scratch = CorpusScratch()
        let path = scratch.write("streamed.txt", "old")
        try AtomicFile.stream(to: path) { output in
            for piece in 0..<10_000 { try output.write("piece \(piece)\n") }
        }
        let expected = (0..<10_000).map { "piece \($0)\n" }.joined()
        #expect(FileManager.default.contents(atPath: path) == Data(expected.utf8))
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try AtomicFile.stream(to: path) { output in
                try output.write(String(repeating: "x", count: 200_000))
                throw Stop()
            }
        }
        #expect(FileManager.default.contents(atPath: path) == Data(expected.utf8))
        #expect(Self.names(scratch.folder) == ["streamed.txt"])
    }
}

/// A value one thread sets and another reads after waiting for it.
private final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    var value: Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}

/// A Unix stream socket listening at a path, accepting one connection.
private final class UnixListener: @unchecked Sendable {
    private let descriptor: Int32

    init?(path: String) {
        #if canImport(Glibc)
        descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
        descriptor = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, listen(descriptor, 1) == 0 else { return nil }
    }

    func acceptAndReadAll() -> Data {
        let connection = accept(descriptor, nil, nil)
        guard connection >= 0 else { return Data() }
        defer { closeDescriptor(connection) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(connection, &chunk, chunk.count)
            if count <= 0 { break }
            data.append(contentsOf: chunk[0..<count])
        }
        return data
    }

    func close() {
        closeDescriptor(descriptor)
    }
}

private func closeDescriptor(_ descriptor: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(descriptor)
    #else
    _ = Darwin.close(descriptor)
    #endif
}

/// Everything read from `path` until its end: for a FIFO, until its writer closes it.
private func readAll(_ path: String) -> Data {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return Data() }
    defer { closeDescriptor(descriptor) }
    var data = Data()
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = read(descriptor, &chunk, chunk.count)
        if count < 0, errno == EINTR { continue }
        if count <= 0 { break }
        data.append(contentsOf: chunk[0..<count])
    }
    return data
}
