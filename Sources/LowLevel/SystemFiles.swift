#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The C library's file calls that hand memory over: reading a file into an array, writing a
/// buffer whole, connecting to a Unix socket, and the names in a folder.
///
/// Callers keep their own error messages and policies (how large a file may be, what a failure
/// means); these functions only move bytes and report `errno`.
package enum SystemFiles {
    /// What reading a file gave.
    package enum ReadOutcome {
        /// The file's bytes.
        case read([UInt8])
        /// `fopen` failed with this `errno`.
        case cannotOpen(errno: Int32)
        /// The system reported an error while reading.
        case failed
        /// The file held more than the limit.
        case tooLarge
    }

    /// Reads the whole file at `path`, expecting `expectedCount` bytes (its size when it was
    /// `stat`ed) and reading no more than `limit`.
    ///
    /// The bytes go straight into the array, one more than expected so that a file grown since
    /// `stat` shows it; a zeroed buffer copied over cost more than the reading.
    package static func read(path: String, expectedCount: Int, limit: Int) -> ReadOutcome {
        guard let handle = SystemPath.withCString(path, { fopen($0, "rb") }) else { return .cannotOpen(errno: errno) }
        defer { fclose(handle) }
        var data = [UInt8](unsafeUninitializedCapacity: max(0, expectedCount) + 1) { bytes, count in
            guard let base = bytes.baseAddress else { return }
            count = fread(base, 1, bytes.count, handle)
        }
        if data.count <= expectedCount {
            return ferror(handle) != 0 ? .failed : .read(data)
        }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if count > 0 { data.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count {
                if ferror(handle) != 0 { return .failed }
                break
            }
            if data.count > limit { return .tooLarge }
        }
        return .read(data)
    }

    /// Writes all of `text`'s UTF-8 to `descriptor` (see `writeAll(_:_:using:)`).
    package static func writeAll(_ descriptor: Int32, _ text: String) -> Int32? {
        var text = text
        return text.withUTF8 { writeAll(descriptor, UnsafeRawBufferPointer($0), using: systemWrite) }
    }

    /// Writes all of `bytes` to `descriptor` (see `writeAll(_:_:using:)`).
    package static func writeAll(_ descriptor: Int32, _ bytes: some ContiguousBytes) -> Int32? {
        bytes.withUnsafeBytes { writeAll(descriptor, $0, using: systemWrite) }
    }

    /// Writes all of `buffer` to `descriptor` with `write`, continuing after partial writes and
    /// retrying interrupted ones; returns the `errno` of a failure, or nil.
    package static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer,
                                 using write: (Int32, UnsafeRawPointer, Int) -> Int) -> Int32? {
        guard let base = buffer.baseAddress else { return nil }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            offset += written
        }
        return nil
    }

    /// A stream connection to the Unix socket at `path`: the descriptor, or -1 and the `errno` of
    /// the failure (`ENAMETOOLONG` for a path longer than a socket address holds).
    package static func connect(toUnixSocket path: String) -> (descriptor: Int32, code: Int32) {
        #if canImport(Glibc)
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let descriptor = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return (-1, errno) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(descriptor)
            return (-1, ENAMETOOLONG)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { systemConnect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            let code = errno
            close(descriptor)
            return (-1, code)
        }
        return (descriptor, 0)
    }

    /// The names in the folder at `path`, `.` and `..` left out, in the order the system lists
    /// them; the `errno` of `opendir` when it cannot be listed.
    package static func names(inFolder path: String) -> Result<[String], FolderError> {
        guard let directory = SystemPath.withCString(path, { opendir($0) }) else { return .failure(FolderError(code: errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                SystemPath.decode(raw.prefix { $0 != 0 })
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names)
    }

    /// A folder that could not be listed: the `errno` of `opendir`.
    package struct FolderError: Error {
        package let code: Int32
    }
}

/// The system's `write`, named apart from `SystemFiles.writeAll`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}

/// The system's `connect`, named apart from `SystemFiles.connect`.
private func systemConnect(_ descriptor: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    #if canImport(Glibc)
    Glibc.connect(descriptor, address, length)
    #else
    Darwin.connect(descriptor, address, length)
    #endif
}
