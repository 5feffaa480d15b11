#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LowLevel

/// Writes files so that a reader, or a crash at any moment, sees either the old contents or the
/// new, whole: the only way legit writes a file. What it writes to decides how:
///
/// - A regular file, or a path where nothing is yet: the new contents go to a temporary file beside
///   it (`.NAME.PID-RANDOM.tmp`, created exclusively, so two writers never share one), written in
///   full (partial writes continued, interrupted ones retried), flushed to the disk with `fsync`,
///   given the old file's permissions and renamed over it, which the system does in one step. The
///   folder is then flushed too, so the rename itself survives a power cut. Any failure removes the
///   temporary file and leaves the old one as it was. Only a process killed between creating the
///   temporary file and renaming it can leave that hidden file behind; the target is whole either way.
/// - A symbolic link is followed (through a chain of them) and its target written by these rules,
///   so a link to a file has that file replaced in the file's own folder and stays a link. A link
///   to nothing yet makes its target, as the shell's `>` does.
/// - A character device, FIFO or socket is written directly, never replaced: `/dev/null` stays a
///   device and a reader of a FIFO or socket gets the contents. (A FIFO waits for its reader.)
/// - A read-only file (no write permission for anyone, or none for this process) is an error
///   naming it, checked by legit itself so that even root does not replace it; so is a block device.
///
/// A process using it should ignore `SIGXFSZ` (legit does), so that a file over the size limit
/// (`ulimit -f`) is an error reported and cleaned up rather than the end of the process, and
/// `SIGPIPE`, so that a FIFO whose reader goes away is an error rather than the end.
public enum AtomicFile {
    /// Writes `text` as UTF-8 to `path`, creating its folders when `createFolders` is set.
    public static func write(_ text: String, to path: String, createFolders: Bool = true) throws(AtomicFileError) {
        try write(to: path, createFolders: createFolders) { SystemFiles.writeAll($0, text) }
    }

    /// Writes `bytes` to `path`, creating its folders when `createFolders` is set.
    public static func write(_ bytes: some ContiguousBytes, to path: String, createFolders: Bool = true) throws(AtomicFileError) {
        try write(to: path, createFolders: createFolders) { SystemFiles.writeAll($0, bytes) }
    }

    /// Writes to `path` whatever `produce` writes to the sink it is given, a piece at a time, by the
    /// same rules as `write`: the old file stays until the last piece is on the disk.
    ///
    /// Throws `AtomicFileError` when the file cannot be written, or what `produce` throws; either
    /// way the temporary file is removed and the old file is untouched. (A FIFO, device or socket
    /// has then had part of the contents.)
    public static func stream(to path: String, createFolders: Bool = true, _ produce: (DescriptorSink) throws -> Void) throws {
        let destination = try Destination.open(path, createFolders: createFolders)
        let sink = DescriptorSink(descriptor: destination.descriptor)
        do {
            try produce(sink)
            try sink.flush()
        } catch {
            destination.abandon()
            if let failure = sink.failure { throw destination.failure(failure.code) }
            throw error
        }
        try destination.commit()
    }

    /// Writes to `path` what `writeContents` writes to the descriptor it is given; it returns the
    /// `errno` of a failure, or nil.
    static func write(to path: String, createFolders: Bool, contents writeContents: (Int32) -> Int32?) throws(AtomicFileError) {
        let destination = try Destination.open(path, createFolders: createFolders)
        if let code = writeContents(destination.descriptor) {
            destination.abandon()
            throw destination.failure(code)
        }
        try destination.commit()
    }

    /// Writes all of `bytes` to `descriptor`; returns the `errno` of a failure, or nil.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
        SystemFiles.writeAll(descriptor, bytes)
    }

    /// Runs `call` until it is not interrupted; returns the `errno` of a failure, or nil.
    static func retryingInterrupts(_ call: () -> Int32) -> Int32? {
        while true {
            if call() == 0 { return nil }
            if errno != EINTR { return errno }
        }
    }

    /// The folder holding `path` (`.` for a bare file name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// Creates `folder` and the folders above it that are missing.
    static func makeFolders(_ folder: String, for path: String) throws(AtomicFileError) {
        var info = stat()
        if SystemPath.status(folder, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw AtomicFileError(path: path, step: .createFolder, reason: "\(folder) is not a folder")
            }
            return
        }
        var current = folder.hasPrefix("/") ? "" : "."
        for part in folder.split(separator: "/", omittingEmptySubsequences: true) {
            current += "/" + part
            if SystemPath.makeFolder(current, 0o755) == 0 || errno == EEXIST {
                if SystemPath.status(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { continue }
                throw AtomicFileError(path: path, step: .createFolder, reason: "\(current) is not a folder")
            }
            throw AtomicFileError(path: path, step: .createFolder, reason: describe(errno))
        }
    }

    /// Creates a new, empty temporary file beside `target`, open for writing; errors name `path`.
    static func createTemporary(beside target: String, in folder: String, for path: String) throws(AtomicFileError) -> (Int32, String) {
        let name = target.split(separator: "/").last.map(String.init) ?? target
        // Keep the temporary name within the 255 bytes a file name may have.
        let stem = String(decoding: name.utf8.prefix(100), as: UTF8.self)
        var failure: Int32 = EEXIST
        for _ in 0..<8 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = folder + "/." + stem + ".\(getpid())-\(suffix).tmp"
            let descriptor = SystemPath.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 { return (descriptor, temporary) }
            failure = errno
            if failure != EEXIST && failure != EINTR { break }
        }
        throw AtomicFileError(path: path, step: .createTemporary, reason: describe(failure))
    }

    /// Opens a FIFO, character device or regular file to write it in place, waiting for a FIFO's
    /// reader; a socket is connected to. Returns the descriptor, or -1 and the `errno` of a failure.
    static func openDirectly(_ path: String, truncate: Bool, socket isSocket: Bool) -> (descriptor: Int32, code: Int32) {
        if isSocket { return connect(toSocket: path) }
        while true {
            let descriptor = SystemPath.open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC | (truncate ? O_TRUNC : 0))
            if descriptor >= 0 { return (descriptor, 0) }
            if errno != EINTR { return (-1, errno) }
        }
    }

    /// A stream connection to the Unix socket at `path`.
    private static func connect(toSocket path: String) -> (descriptor: Int32, code: Int32) {
        SystemFiles.connect(toUnixSocket: path)
    }

    /// Flushes the folder's entries, so the rename is on the disk. The new contents are already in
    /// place when this runs, so a folder that cannot be flushed (some file systems refuse) is not an
    /// error worth undoing the write for.
    static func syncFolder(_ folder: String) {
        let descriptor = SystemPath.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = retryingInterrupts { fsync(descriptor) }
        close(descriptor)
    }

    /// The system's reason for `code`, in lower case.
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
