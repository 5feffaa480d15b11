#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LowLevel

/// The essays of a folder: every `*.md` file directly in it, sorted by file name.
///
/// Only the folder's top level is read: subfolders (such as `frameworks/`) are never entered, so a
/// symbolic link that loops back to the folder cannot make the listing run forever. Hidden files
/// (`.name.md`) are left out. Each entry is checked with `stat`, which follows links: a regular file
/// is an essay; a folder named `x.md` is skipped like any folder; a link that dangles or loops, a
/// FIFO, a socket or a device is a problem for that entry alone, reported and never opened (a FIFO
/// would block the read).
public struct EssayFolder: Sendable {
    /// The folder as given.
    public let path: String
    /// The essays' paths (`folder/name.md`), in file-name order (byte order of the UTF-8 names).
    public let essays: [String]
    /// Entries that look like essays but cannot be read as files, in file-name order.
    public let problems: [EssayError]
    /// The names of the annotation files (`X.claims.yaml`) beside the essays.
    public let annotationFiles: Set<String>
    /// How many subfolders were skipped.
    public let skippedFolders: Int

    /// Lists the folder at `path`; throws when it cannot be read at all.
    public init(path: String) throws(EssayError) {
        self.path = path
        let names = try EssayFolder.names(in: path)
        let prefix = path.hasSuffix("/") ? path : path + "/"
        var essays: [(name: String, path: String)] = []
        var problems: [(name: String, error: EssayError)] = []
        var annotations: Set<String> = []
        var folders = 0
        for name in names where !name.hasPrefix(".") {
            if name.hasSuffix(".claims.yaml") {
                annotations.insert(name)
                continue
            }
            let full = prefix + name
            let isEssayName = EssayFolder.isEssayName(name)
            var info = stat()
            guard SystemPath.status(full, &info) == 0 else {
                if isEssayName {
                    let reason = String(cString: strerror(errno)).lowercased()
                    problems.append((name, EssayError(file: full, message: "cannot open the file (\(reason))",
                                                      hint: "a link that dangles or loops is skipped; the other essays still load")))
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                folders += 1
            case S_IFREG where isEssayName:
                essays.append((name, full))
            default:
                if isEssayName {
                    problems.append((name, EssayError(file: full, message: "not a regular file (a FIFO, socket or device)",
                                                      hint: "it is skipped; the other essays still load")))
                }
            }
        }
        essays.sort { EssayFolder.precedes($0.name, $1.name) }
        problems.sort { EssayFolder.precedes($0.name, $1.name) }
        self.essays = essays.map(\.path)
        self.problems = problems.map(\.error)
        self.annotationFiles = annotations
        self.skippedFolders = folders
    }

    /// The names in the folder, `.` and `..` left out.
    private static func names(in path: String) throws(EssayError) -> [String] {
        switch SystemFiles.names(inFolder: path) {
        case .success(let names):
            return names
        case .failure(let failure):
            let reason = String(cString: strerror(failure.code)).lowercased()
            throw EssayError(file: path, message: "cannot list the folder (\(reason))", hint: "check the path and its permissions")
        }
    }

    /// Whether a file name is an essay's: it ends in `.md`.
    public static func isEssayName(_ name: String) -> Bool {
        name.utf8.count > 3 && name.hasSuffix(".md")
    }

    /// File-name order: the UTF-8 bytes compared in turn, as `LC_ALL=C ls` sorts.
    public static func precedes(_ first: String, _ second: String) -> Bool {
        first.utf8.lexicographicallyPrecedes(second.utf8)
    }

    /// Whether `path` names a folder (following links).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return SystemPath.status(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether the essay at `essayPath` has its annotation file (`X.claims.yaml`) in this folder.
    public func hasAnnotations(_ essayPath: String) -> Bool {
        let name = essayPath.split(separator: "/").last.map(String.init) ?? essayPath
        let stem = name.count > 3 ? String(name.dropLast(3)) : name
        return annotationFiles.contains(stem + ".claims.yaml")
    }
}
