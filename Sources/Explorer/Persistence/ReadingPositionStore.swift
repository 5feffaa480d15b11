import EssayKit
import Foundation

/// Remembers where a reader was in each essay, under `$XDG_STATE_HOME/legit`.
///
/// Each essay has its own small file, written to a temporary file, flushed and renamed, so a
/// crash at any moment leaves either the old position or the new one, never a torn file.
public struct ReadingPositionStore: Sendable {
    public let folder: String

    /// The store in `$XDG_STATE_HOME/legit/positions` (default `~/.local/state/legit/positions`).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = (environment["HOME"] ?? NSTemporaryDirectory()) + "/.local/state"
        }
        folder = base + "/legit/positions"
    }

    public init(folder: String) {
        self.folder = folder
    }

    struct Record: Codable {
        var path: String
        var block: Int
        var offset: Int
    }

    /// The file that holds the position for the essay at `path`.
    public func file(for path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in absolute.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let name = URL(fileURLWithPath: absolute).deletingPathExtension().lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        return folder + "/" + name.prefix(40) + "-" + String(hash, radix: 16) + ".json"
    }

    /// The largest positions file read: a record is under a kilobyte, so a bigger file is not one
    /// legit wrote, and is passed over rather than read whole.
    public static let maximumFileSize = 64 * 1024

    /// The saved position for the essay at `path`, if any: none when its file is missing, not a
    /// regular file, larger than `maximumFileSize` or not a record.
    public func load(for path: String) -> ReadingAnchor? {
        let target = file(for: path)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: target),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = attributes[.size] as? NSNumber, size.intValue <= Self.maximumFileSize,
              let handle = FileHandle(forReadingAtPath: target) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: Self.maximumFileSize + 1), data.count <= Self.maximumFileSize,
              let record = try? JSONDecoder().decode(Record.self, from: data) else { return nil }
        return ReadingAnchor(block: record.block, offset: record.offset)
    }

    /// Saves the position with `AtomicFile`, creating the folder if it is missing.
    public func save(_ anchor: ReadingAnchor, for path: String) throws(AtomicFileError) {
        let record = Record(path: URL(fileURLWithPath: path).standardizedFileURL.path, block: anchor.block, offset: anchor.offset)
        let target = file(for: path)
        guard let data = try? JSONEncoder().encode(record) else {
            throw AtomicFileError(path: target, step: .write, reason: "the position cannot be encoded as JSON")
        }
        try AtomicFile.write(data, to: target)
    }
}
