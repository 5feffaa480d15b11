/// Why `AtomicFile` could not write a file; the file is then as it was before.
public struct AtomicFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The step that failed.
    public enum Step: String, Sendable {
        case createFolder = "cannot create its folder"
        case createTemporary = "cannot create a temporary file beside it"
        case write = "cannot write a temporary file beside it"
        case flush = "cannot flush a temporary file beside it to the disk"
        case replace = "cannot replace it with the new contents"
        /// It is read-only, or a block device: legit will not write it.
        case refuse = "will not write it"
        /// A link on the way loops or cannot be read.
        case follow = "cannot follow it"
        /// The system cannot say what it is (a folder on the way is not readable).
        case lookUp = "cannot look it up"
        /// A FIFO, device or socket, written in place, could not be opened or written.
        case writeDirectly = "cannot write to it"
    }

    /// The file legit meant to write.
    public var path: String
    public var step: Step
    /// The system's reason (`strerror`), in lower case.
    public var reason: String
    /// What the user can do about it.
    public var hint: String

    public init(path: String, step: Step, reason: String, hint: String? = nil) {
        self.path = path
        self.step = step
        self.reason = reason
        self.hint = hint ?? Self.hint(for: reason)
    }

    /// The error as `path: error: step (reason); hint`, the form every legit message takes.
    public var description: String {
        "\(path): error: \(step.rawValue) (\(reason)); \(hint)"
    }

    private static func hint(for reason: String) -> String {
        if reason.contains("broken pipe") || reason.contains("connection reset") {
            return "its reader stopped reading before the end, so it got part of the contents"
        }
        if reason.contains("file too large") {
            return "the file size limit (ulimit -f) or the file system does not allow a file this large; "
                + "raise the limit or choose another path; the old file is untouched"
        }
        if reason.contains("space") || reason.contains("quota") { return "free some disk space and try again; the old file is untouched" }
        if reason.contains("permission") || reason.contains("read-only") {
            return "check that you may write to its folder, or choose another path; the old file is untouched"
        }
        return "check the path and its folder, or choose another path; the old file is untouched"
    }
}
