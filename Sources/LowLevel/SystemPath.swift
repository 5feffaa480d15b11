#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File names as the system keeps them (bytes) carried in Swift strings (Unicode), so a path
/// whose bytes are not UTF-8 can still be opened, and a file written beside it.
///
/// A byte that is not part of well-formed UTF-8 (0x80–0xFF) stands in the string as one
/// private-use character, U+10FF00 plus the byte (so 0xE9 is U+10FFE9), as Python's
/// `surrogateescape` does with surrogates, which Swift strings cannot hold. Every call that hands a
/// path to the system goes through `withCString`, which gives those bytes back; `shown` writes them
/// as `\xE9` for people. A real file name holding U+10FF80–U+10FFFF would be read as those bytes:
/// plane 16's private use is not used in file names.
package enum SystemPath {
    /// The first of the characters standing for bytes 0x00–0xFF (only 0x80–0xFF are used).
    private static let base: UInt32 = 0x10FF00

    /// The path the bytes name, each byte outside well-formed UTF-8 kept as its stand-in character.
    package static func decode(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length > 0, let text = String(validating: bytes[index..<(index + length)], as: UTF8.self) {
                scalars.append(contentsOf: text.unicodeScalars)
                index += length
            } else {
                scalars.append(Unicode.Scalar(base + UInt32(bytes[index])) ?? "\u{FFFD}")
                index += 1
            }
        }
        return String(scalars)
    }

    /// The length of the well-formed UTF-8 sequence starting at `index`, or 0.
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0..<0x80: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        return String(validating: bytes[index..<(index + length)], as: UTF8.self) == nil ? 0 : length
    }

    /// The byte a character stands for, when it is a stand-in.
    private static func byte(_ scalar: Unicode.Scalar) -> UInt8? {
        (base + 0x80...base + 0xFF).contains(scalar.value) ? UInt8(scalar.value - base) : nil
    }

    /// Whether `path` holds a stand-in for a byte that is not UTF-8.
    package static func holdsRawBytes(_ path: String) -> Bool {
        path.unicodeScalars.contains { byte($0) != nil }
    }

    /// The bytes the system knows `path` by.
    package static func bytes(_ path: String) -> [UInt8] {
        guard holdsRawBytes(path) else { return Array(path.utf8) }
        var bytes: [UInt8] = []
        for scalar in path.unicodeScalars {
            if let raw = byte(scalar) { bytes.append(raw) } else { bytes.append(contentsOf: String(scalar).utf8) }
        }
        return bytes
    }

    /// Calls `body` with `path` as the C string the system's file calls take: its own bytes.
    package static func withCString<Result>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        guard holdsRawBytes(path) else { return try path.withCString(body) }
        let terminated = bytes(path).map { CChar(bitPattern: $0) } + [0]
        return try terminated.withUnsafeBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return try "".withCString(body) }
            return try body(start)
        }
    }

    /// `path` for people: each byte that is not UTF-8 as `\xHH`.
    package static func shown(_ path: String) -> String {
        guard holdsRawBytes(path) else { return path }
        var shown = ""
        for scalar in path.unicodeScalars {
            if let raw = byte(scalar) {
                let hex = String(raw, radix: 16, uppercase: true)
                shown += "\\x" + hex
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    // MARK: The system's file calls, each given the path's own bytes

    /// `stat(2)` of `path`: 0, or -1 with `errno` set.
    package static func status(_ path: String, _ info: inout stat) -> Int32 {
        withCString(path) { stat($0, &info) }
    }

    /// `lstat(2)` of `path`: 0, or -1 with `errno` set.
    package static func linkStatus(_ path: String, _ info: inout stat) -> Int32 {
        withCString(path) { lstat($0, &info) }
    }

    /// `open(2)`: the descriptor, or -1 with `errno` set.
    package static func open(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
        withCString(path) { systemOpen($0, flags, mode) }
    }

    /// `mkdir(2)`: 0, or -1 with `errno` set.
    package static func makeFolder(_ path: String, _ mode: mode_t) -> Int32 {
        withCString(path) { mkdir($0, mode) }
    }

    /// `rename(2)`: 0, or -1 with `errno` set.
    package static func rename(_ from: String, _ to: String) -> Int32 {
        withCString(from) { source in withCString(to) { systemRename(source, $0) } }
    }

    /// `unlink(2)`: 0, or -1 with `errno` set.
    @discardableResult
    package static func unlink(_ path: String) -> Int32 {
        withCString(path) { systemUnlink($0) }
    }

    /// Whether this process may write `path` (`faccessat` with the effective ids); `errno` says why not.
    package static func mayWrite(_ path: String) -> Bool {
        withCString(path) { faccessat(AT_FDCWD, $0, W_OK, AT_EACCESS) == 0 }
    }

    /// The text of the symbolic link `path` (`readlink(2)`), its bytes read as `decode` reads
    /// them; nil with `errno` set when it cannot be read.
    package static func linkText(_ path: String) -> String? {
        var bytes = [CChar](repeating: 0, count: 4_097)
        let count = withCString(path) { readlink($0, &bytes, bytes.count - 1) }
        guard count >= 0 else { return nil }
        return decode(bytes[0..<count].map { UInt8(bitPattern: $0) })
    }

    /// Whether something is at `path`, and whether it is a folder (following links).
    package static func exists(_ path: String) -> (exists: Bool, isFolder: Bool) {
        var info = stat()
        guard status(path, &info) == 0 else { return (false, false) }
        return (true, (info.st_mode & S_IFMT) == S_IFDIR)
    }
}

private func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t) -> Int32 {
    #if canImport(Glibc)
    Glibc.open(path, flags, mode)
    #else
    Darwin.open(path, flags, mode)
    #endif
}

private func systemRename(_ from: UnsafePointer<CChar>, _ to: UnsafePointer<CChar>) -> Int32 {
    #if canImport(Glibc)
    Glibc.rename(from, to)
    #else
    Darwin.rename(from, to)
    #endif
}

private func systemUnlink(_ path: UnsafePointer<CChar>) -> Int32 {
    #if canImport(Glibc)
    Glibc.unlink(path)
    #else
    Darwin.unlink(path)
    #endif
}
