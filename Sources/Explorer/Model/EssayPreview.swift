import EssayKit
import Foundation

/// The first part of a large essay, to show its first screen while the whole is read.
///
/// `less` shows a file's first page before reading it all; so does the explorer: it parses the
/// opening of the file, cut at a blank line so no paragraph is split, shows that, and takes in the
/// whole essay when it is parsed. The blocks of the opening are the whole essay's first blocks, so
/// the reader's place carries over.
public enum EssayPreview {
    /// Files larger than this show their opening first.
    public static let threshold = 1 << 18
    /// About how much of the file the opening holds: several screens of text.
    public static let length = 1 << 15

    /// The opening of the file at `path`, read alone (the rest of a large file is not read for the
    /// first screen), checked as text and cut at its last blank line; nil when the file is small,
    /// cannot be read this way, or its opening is not clean text (then the whole is read and its
    /// error reported as usual).
    public static func readOpening(path: String, length: Int = length) -> SourceFile? {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > threshold,
              let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: length), data.count == length else { return nil }
        var bytes = [UInt8](data)
        guard var cut = bytes.lastIndex(of: 0x0A) else { return nil }
        while cut > 1, !(bytes[cut] == 0x0A && bytes[cut - 1] == 0x0A) { cut -= 1 }
        guard cut > 1 else { return nil }
        bytes.removeSubrange(cut...)
        return try? SourceFile.decode(path: path, data: bytes)
    }

    /// The opening of `file`, cut at the last blank line within `length` bytes; nil when the file
    /// is small enough to parse whole at once, or has no blank line to cut at.
    public static func opening(of file: SourceFile, length: Int = length) -> SourceFile? {
        let bytes = file.bytes
        guard bytes.count > threshold else { return nil }
        var cut = min(length, bytes.count - 1)
        while cut > 1, !(bytes[cut] == 0x0A && bytes[cut - 1] == 0x0A) { cut -= 1 }
        guard cut > 1 else { return nil }
        return SourceFile(path: file.path, bytes: Array(bytes[..<cut]), droppedPrefix: file.droppedPrefix)
    }
}
