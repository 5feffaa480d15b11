import EssayKit

/// An annotation file on disk: reads it, and saves edits of it whole (through `AtomicFile`)
/// without ever overwriting a change someone else made there since it was read.
///
/// The store keeps the text it last read or wrote, and the file's fingerprint then (size, time,
/// identity, a hash of its bytes). At a save it looks at the file again by that fingerprint, and
/// reads it as text only when it changed: unchanged, the document is written; changed (another editor, a second explorer), the reader's edits and
/// the other change are merged by lines and the merge is written, unless both touch the same lines,
/// when the save is refused and nothing is written. A failed save leaves the store as it was, so
/// the caller keeps the edit in memory and can save again.
public struct AnnotationStore: Sendable {
    /// What a save did.
    public struct Saved: Sendable {
        /// The document as written: the one given, or its merge with the change found on disk.
        public var document: AnnotationDocument
        /// Whether a change made on disk since the last read was merged in.
        public var merged: Bool
    }

    public let path: String
    /// The file's text as last read or written here; nil when there was no file.
    public private(set) var base: String?

    /// What the file was when last read or written, to tell at a save whether it changed since.
    private var seen: FileFingerprint?

    /// Reads the annotation file at `path`; when there is none, `new()` is the document to start
    /// from (written at the first save).
    public static func open(path: String, new: () -> AnnotationDocument) throws(AnnotationStoreError)
        -> (store: AnnotationStore, document: AnnotationDocument) {
        guard let (text, bytes) = try read(path) else { return (AnnotationStore(path: path, base: nil), new()) }
        do {
            var store = AnnotationStore(path: path, base: text)
            store.seen = FileFingerprint(path: path, bytes: bytes)
            return (store, try AnnotationDocument(path: path, text: text))
        } catch {
            throw .unreadable(path: path, reason: error.description)
        }
    }

    public init(path: String, base: String?) {
        self.path = path
        self.base = base
    }

    /// The file's text now (nil: no file) when it is not what was last read or written here; nil
    /// when it is. The file is read as text only when its size, time or bytes changed.
    private func change() throws(AnnotationStoreError) -> String?? {
        if let seen, base != nil {
            switch seen.look(at: path) {
            case .unchanged: return nil
            case .missing: return .some(nil)
            case .unreadable, .changed: break
            }
        }
        let current = try Self.read(path)?.text
        switch (current, base) {
        case (nil, nil): return nil
        case let (current?, base?): return current.utf8.elementsEqual(base.utf8) ? nil : current
        default: return .some(current)
        }
    }

    /// Writes `document`, merged with whatever changed on disk since the last read or write.
    public mutating func save(_ document: AnnotationDocument) throws(AnnotationStoreError) -> Saved {
        var result = Saved(document: document, merged: false)
        if let changed = try change() {
            guard let current = changed else { throw .removed(path: path) }
            switch LineMerge.merge(base: base ?? "", ours: document.text, theirs: current) {
            case .conflict(let line):
                throw .conflict(path: path, line: line)
            case .merged(let text):
                let merged: AnnotationDocument
                do {
                    merged = try AnnotationDocument(path: path, text: text)
                } catch {
                    throw .conflict(path: path, line: 1)
                }
                // Two claims given one id, one here and one there, is a conflict too.
                let errors = Set(merged.diagnostics.filter { $0.severity == .error }.map(\.message))
                let before = Set(document.diagnostics.filter { $0.severity == .error }.map(\.message))
                    .union((try? AnnotationDocument(path: path, text: current))?.diagnostics.filter { $0.severity == .error }.map(\.message) ?? [])
                if let added = merged.diagnostics.first(where: { $0.severity == .error && !before.contains($0.message) && errors.contains($0.message) }) {
                    throw .conflict(path: path, line: added.range.start.line)
                }
                result = Saved(document: merged, merged: true)
            }
        }
        do {
            try AtomicFile.write(result.document.bytes, to: path, createFolders: false)
        } catch {
            throw .write(error)
        }
        base = result.document.text
        seen = FileFingerprint(path: path, bytes: result.document.bytes)
        return result
    }

    /// The file's text and bytes, nil when there is no file.
    private static func read(_ path: String) throws(AnnotationStoreError) -> (text: String, bytes: [UInt8])? {
        switch YAMLSource.read(path: path) {
        case .success(let source): return (source.text, Array(source.text.utf8))
        case .failure(.missing): return nil
        case .failure(let failure): throw .unreadable(path: path, reason: YAMLSource.describe(failure))
        }
    }
}

/// Why an annotation file could not be read or saved; a failed save writes nothing.
public enum AnnotationStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file cannot be read, or is not an annotation file legit can edit.
    case unreadable(path: String, reason: String)
    /// The file changed on disk since it was read, in the lines this edit changes.
    case conflict(path: String, line: Int)
    /// The file was removed from disk since it was read.
    case removed(path: String)
    /// The file changed on disk since it was read, and an edit made here no longer applies to it.
    case stale(path: String, reason: String)
    /// Writing failed; the file is as it was.
    case write(AtomicFileError)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            reason.hasPrefix(path) ? reason : "\(path): error: \(reason)"
        case let .conflict(path, line):
            "\(path):\(line): error: the file changed on disk since legit read it, in the lines this edit changes; nothing was written"
        case let .removed(path):
            "\(path): error: the file was removed since legit read it; nothing was written"
        case let .stale(path, reason):
            "\(path): error: the file changed on disk since legit read it, and the edit no longer applies (\(reason)); nothing was written"
        case let .write(error):
            error.description
        }
    }

    /// Why, in a few words and without the path, for a narrow status line that cuts the rest.
    public var shortReason: String {
        switch self {
        case .unreadable: "the annotation file cannot be read"
        case .conflict: "the file changed on disk in the lines this edit changes"
        case .removed: "the file was removed"
        case .stale: "the file changed on disk and the edit no longer applies"
        case .write: "writing the file failed"
        }
    }
}
