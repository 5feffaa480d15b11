#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LowLevel

extension AtomicFile {
    /// What a write goes to, chosen by what the path is, and opened: a temporary file to rename
    /// over a regular file (or a new one), or the target itself for a FIFO, device or socket.
    struct Destination {
        /// The path the caller gave, which every error names.
        let path: String
        let descriptor: Int32
        /// The temporary file to rename over `target`; nil when the target is written directly.
        let temporary: String?
        /// The file finally written: `path`, or what its links lead to.
        let target: String

        /// How a path is written.
        enum Plan: Equatable {
            /// A temporary file renamed over `target` (a regular file or nothing yet), given `mode`.
            case replace(target: String, mode: mode_t?)
            /// `target` opened and written in place: a FIFO, a character device, a socket, or a
            /// regular file reached through a link that names no path (`/dev/stdout` to a file).
            case direct(target: String, truncate: Bool, socket: Bool)
        }

        /// Chooses how to write `path` and opens what it writes to.
        static func open(_ path: String, createFolders: Bool) throws(AtomicFileError) -> Destination {
            switch try plan(for: path) {
            case .replace(let target, let mode):
                let folder = AtomicFile.folder(of: target)
                if createFolders { try AtomicFile.makeFolders(folder, for: path) }
                let (descriptor, temporary) = try AtomicFile.createTemporary(beside: target, in: folder, for: path)
                if let mode { _ = fchmod(descriptor, mode) }
                return Destination(path: path, descriptor: descriptor, temporary: temporary, target: target)
            case .direct(let target, let truncate, let socket):
                let (descriptor, code) = AtomicFile.openDirectly(target, truncate: truncate, socket: socket)
                guard descriptor >= 0 else { throw AtomicFileError(path: path, step: .writeDirectly, reason: AtomicFile.describe(code)) }
                return Destination(path: path, descriptor: descriptor, temporary: nil, target: target)
            }
        }

        /// How `path` is written, from what it is (following links).
        static func plan(for path: String) throws(AtomicFileError) -> Plan {
            var info = stat()
            guard SystemPath.status(path, &info) == 0 else {
                let code = errno
                // Nothing there (or a folder on the way is missing, which making folders reports):
                // a new file, at the end of the links when the path is a link to nothing yet.
                guard code == ENOENT || code == ENOTDIR else { throw AtomicFileError(path: path, step: .lookUp, reason: describe(code)) }
                return .replace(target: try end(ofLinks: path), mode: nil)
            }
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR { throw AtomicFileError(path: path, step: .replace, reason: describe(EISDIR)) }
            if kind == S_IFBLK {
                throw AtomicFileError(path: path, step: .refuse, reason: "it is a block device, a disk",
                                      hint: "choose a file; the device is untouched")
            }
            if let reason = readOnlyReason(path, mode: info.st_mode) {
                throw AtomicFileError(path: path, step: .refuse, reason: reason,
                                      hint: "make it writable (chmod u+w) or choose another path; the old file is untouched")
            }
            if kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK {
                return .direct(target: path, truncate: false, socket: kind == S_IFSOCK)
            }
            // A regular file: replaced where it is, which for a link is where the links lead. A
            // link whose end is not the same file names no real path (`/proc/self/fd/1` to a
            // deleted file): that file is written in place.
            let target = try end(ofLinks: path)
            var found = stat()
            guard target == path || (SystemPath.linkStatus(target, &found) == 0 && found.st_dev == info.st_dev && found.st_ino == info.st_ino) else {
                return .direct(target: path, truncate: true, socket: false)
            }
            return .replace(target: target, mode: info.st_mode & 0o7777)
        }

        /// Where the chain of symbolic links starting at `path` ends (`path` itself when it is no
        /// link); a link's text that is not UTF-8 is kept as `SystemPath` reads it.
        static func end(ofLinks path: String) throws(AtomicFileError) -> String {
            var current = path
            for _ in 0..<40 {
                var info = stat()
                guard SystemPath.linkStatus(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
                guard let text = SystemPath.linkText(current) else { throw AtomicFileError(path: path, step: .follow, reason: describe(errno)) }
                current = text.hasPrefix("/") ? text : AtomicFile.folder(of: current) + "/" + text
            }
            throw AtomicFileError(path: path, step: .follow, reason: describe(ELOOP))
        }

        /// Why `path` must not be written, when it is read-only: no write permission for anyone
        /// (which root, whom the system lets write anything, must respect too), none for this
        /// process, or a read-only file system.
        static func readOnlyReason(_ path: String, mode: mode_t) -> String? {
            if mode & 0o222 == 0 { return "it is read-only" }
            guard !SystemPath.mayWrite(path) else { return nil }
            switch errno {
            case EACCES, EPERM: return "it is read-only for you"
            case EROFS: return "it is on a read-only file system"
            default: return nil
            }
        }

        /// The error for a write that failed with `code`.
        func failure(_ code: Int32) -> AtomicFileError {
            AtomicFileError(path: path, step: temporary == nil ? .writeDirectly : .write, reason: AtomicFile.describe(code))
        }

        /// Finishes the write: a temporary file is flushed and renamed over the target; a target
        /// written directly is closed. On failure the temporary file is removed.
        func commit() throws(AtomicFileError) {
            guard let temporary else {
                if close(descriptor) != 0, errno != EINTR { throw failure(errno) }
                return
            }
            if let code = AtomicFile.retryingInterrupts({ fsync(descriptor) }) {
                abandon()
                throw AtomicFileError(path: path, step: .flush, reason: AtomicFile.describe(code))
            }
            if close(descriptor) != 0, errno != EINTR {
                let code = errno
                SystemPath.unlink(temporary)
                throw AtomicFileError(path: path, step: .flush, reason: AtomicFile.describe(code))
            }
            guard SystemPath.rename(temporary, target) == 0 else {
                let code = errno
                SystemPath.unlink(temporary)
                throw AtomicFileError(path: path, step: .replace, reason: AtomicFile.describe(code))
            }
            AtomicFile.syncFolder(AtomicFile.folder(of: target))
        }

        /// Gives the write up: closes the descriptor and removes the temporary file.
        func abandon() {
            close(descriptor)
            if let temporary { SystemPath.unlink(temporary) }
        }
    }
}
