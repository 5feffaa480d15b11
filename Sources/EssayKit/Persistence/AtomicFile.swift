#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LowLevel

/// Writes files so that a reader, or a crash at any moment, sees either the old contents or the
/// new, whole: the only way legit writes a file.
///
/// The new contents go to a temporary file beside the target (`.NAME.PID-RANDOM.tmp`, created
/// exclusively, so two writers never share one), written in full (partial writes continued,
/// interrupted ones retried), flushed to the disk with `fsync`, and renamed over the target, which
/// the system does in one step. The folder is then flushed too, so the rename itself survives a
/// power cut. Any failure removes the temporary file and leaves the target as it was. Only a
/// process killed between creating the temporary file and renaming it can leave that hidden
/// temporary file behind; the target is whole either way.
public enum AtomicFile {
    /// Writes `text` as UTF-8 to `path`, creating its folders when `createFolders` is set.
    public static func write(_ text: String, to path: String, createFolders: Bool = true) throws(AtomicFileError) {
        try write(to: path, createFolders: createFolders) { SystemFiles.writeAll($0, text) }
    }

    /// Writes `bytes` to `path`, creating its folders when `createFolders` is set.
    public static func write(_ bytes: some ContiguousBytes, to path: String, createFolders: Bool = true) throws(AtomicFileError) {
        try write(to: path, createFolders: createFolders) { SystemFiles.writeAll($0, bytes) }
    }

    /// Writes to `path` what `writeContents` writes to the descriptor it is given; it returns the
    /// `errno` of a failure, or nil.
    static func write(to path: String, createFolders: Bool, contents writeContents: (Int32) -> Int32?) throws(AtomicFileError) {
        let folder = folder(of: path)
        if createFolders { try makeFolders(folder, for: path) }
        let (descriptor, temporary) = try createTemporary(beside: path, in: folder)
        var finished = false
        defer {
            if !finished { unlink(temporary) }
        }
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            _ = fchmod(descriptor, info.st_mode & 0o7777)
        }
        if let failure = writeContents(descriptor) {
            close(descriptor)
            throw AtomicFileError(path: path, step: .write, reason: describe(failure))
        }
        if let failure = retryingInterrupts({ fsync(descriptor) }) {
            close(descriptor)
            throw AtomicFileError(path: path, step: .flush, reason: describe(failure))
        }
        if close(descriptor) != 0, errno != EINTR {
            throw AtomicFileError(path: path, step: .flush, reason: describe(errno))
        }
        guard rename(temporary, path) == 0 else {
            throw AtomicFileError(path: path, step: .replace, reason: describe(errno))
        }
        finished = true
        syncFolder(folder)
    }

    /// Runs `call` until it is not interrupted; returns the `errno` of a failure, or nil.
    private static func retryingInterrupts(_ call: () -> Int32) -> Int32? {
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
    private static func makeFolders(_ folder: String, for path: String) throws(AtomicFileError) {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw AtomicFileError(path: path, step: .createFolder, reason: "\(folder) is not a folder")
            }
            return
        }
        var current = folder.hasPrefix("/") ? "" : "."
        for part in folder.split(separator: "/", omittingEmptySubsequences: true) {
            current += "/" + part
            if mkdir(current, 0o755) == 0 || errno == EEXIST {
                if stat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { continue }
                throw AtomicFileError(path: path, step: .createFolder, reason: "\(current) is not a folder")
            }
            throw AtomicFileError(path: path, step: .createFolder, reason: describe(errno))
        }
    }

    /// Creates a new, empty temporary file beside `path`, open for writing.
    private static func createTemporary(beside path: String, in folder: String) throws(AtomicFileError) -> (Int32, String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        // Keep the temporary name within the 255 bytes a file name may have.
        let stem = String(decoding: name.utf8.prefix(100), as: UTF8.self)
        var failure: Int32 = EEXIST
        for _ in 0..<8 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = folder + "/." + stem + ".\(getpid())-\(suffix).tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 { return (descriptor, temporary) }
            failure = errno
            if failure != EEXIST && failure != EINTR { break }
        }
        throw AtomicFileError(path: path, step: .createTemporary, reason: describe(failure))
    }

    /// Flushes the folder's entries, so the rename is on the disk. The new contents are already in
    /// place when this runs, so a folder that cannot be flushed (some file systems refuse) is not an
    /// error worth undoing the write for.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = retryingInterrupts { fsync(descriptor) }
        close(descriptor)
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
