import Foundation
import LowLevel

/// What a file was when legit last read or wrote it: its size, modification time and identity,
/// and a hash of its bytes, so that a save can tell whether someone changed it since without
/// reading it as YAML.
///
/// Size, time and identity unchanged, and the time older than `settled` before the fingerprint was
/// taken, mean unchanged: a later write would have moved the time. Otherwise the bytes are read and
/// hashed (a write within the same tick of the clock can keep the size and the time); only a
/// different hash means the file changed, and only then is it read as text and merged.
struct FileFingerprint: Equatable, Sendable {
    /// How long a file's time must lie before the fingerprint for it to be trusted alone.
    static let settled: TimeInterval = 2

    var size: Int
    var modified: Date?
    var identity: Int?
    var hash: UInt64
    /// When the fingerprint was taken.
    var taken: Date

    /// The fingerprint of `bytes`, just read from or written to `path`.
    init?(path: String, bytes: some Collection<UInt8>) {
        guard let status = Self.status(path) else { return nil }
        size = status.size
        modified = status.modified
        identity = status.identity
        hash = Self.hash(bytes)
        taken = Date()
    }

    /// What a look at the file says now.
    enum Look {
        /// The file is as it was.
        case unchanged
        /// The file is gone.
        case missing
        /// The file changed; here are its bytes.
        case changed([UInt8])
        /// The file cannot be read.
        case unreadable
    }

    /// Looks at the file at `path` again: by its size, time and identity alone when those can be
    /// trusted, else by the hash of its bytes.
    func look(at path: String) -> Look {
        guard let status = Self.status(path) else {
            return FileManager.default.fileExists(atPath: path) ? .unreadable : .missing
        }
        if status.size == size, status.identity == identity, let modified, status.modified == modified,
           taken.timeIntervalSince(modified) > Self.settled {
            return .unchanged
        }
        guard case .read(let bytes) = SystemFiles.read(path: path, expectedCount: status.size, limit: 1 << 28) else { return .unreadable }
        return bytes.count == size && Self.hash(bytes) == hash ? .unchanged : .changed(bytes)
    }

    private static func status(_ path: String) -> (size: Int, modified: Date?, identity: Int?)? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = (attributes[.size] as? NSNumber)?.intValue else { return nil }
        return (size, attributes[.modificationDate] as? Date, (attributes[.systemFileNumber] as? NSNumber)?.intValue)
    }

    /// FNV-1a over the bytes: fast, and a change that keeps the hash is one in 2^64.
    static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
