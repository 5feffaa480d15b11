#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LowLevel

/// Reads essay files from disk with errors a reader can act on, and finds the bundled essay.
public enum EssayLoader {
    /// The largest file legit reads, so a wrong path cannot exhaust memory.
    public static let maximumSize = 256 * 1024 * 1024

    /// Reads the file at `path` and checks that it is UTF-8 text.
    public static func load(path: String) throws(EssayError) -> SourceFile {
        var info = stat()
        guard SystemPath.status(path, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            throw EssayError(file: path, message: "cannot open the file (\(reason.lowercased()))",
                             hint: "check the path, or run legit without a path to use the bundled essay")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw EssayError(file: path, message: "this is a folder, not an essay file", hint: "give the path of a .md file")
        }
        // Opening a FIFO blocks until a writer comes, and a device has no end: read regular files only.
        if (info.st_mode & S_IFMT) != S_IFREG {
            throw EssayError(file: path, message: "not a regular file (a FIFO, socket or device)",
                             hint: "save the essay to a file and give its path")
        }
        guard Int(info.st_size) <= maximumSize else {
            throw EssayError(file: path, message: "the file is \(info.st_size) bytes, more than legit reads (\(maximumSize))",
                             hint: "split the essay or check that this is the right file")
        }
        switch SystemFiles.read(path: path, expectedCount: Int(info.st_size), limit: maximumSize) {
        case .read(let data):
            return try SourceFile.decode(path: path, data: data)
        case .cannotOpen(let code):
            let reason = String(cString: strerror(code))
            throw EssayError(file: path, message: "cannot read the file (\(reason.lowercased()))", hint: "check its permissions")
        case .failed:
            throw EssayError(file: path, message: "reading the file failed", hint: "check that it is a regular, readable file")
        case .tooLarge:
            throw EssayError(file: path, message: "the file is larger than legit reads (\(maximumSize) bytes)")
        }
    }
}
