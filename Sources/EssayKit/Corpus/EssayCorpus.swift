import LowLevel

/// The essays legit reads at once: one file, or every essay of a folder, parsed in parallel.
///
/// A file that cannot be read is kept as a failure in its place, so the others still load and
/// every problem can be reported as one line naming its file.
public struct EssayCorpus: Sendable {
    /// One file of the corpus: its path and the parsed essay, or why it could not be read.
    public struct Entry: Sendable {
        public var path: String
        public var result: Result<Essay, EssayError>

        public init(path: String, result: Result<Essay, EssayError>) {
            self.path = path
            self.result = result
        }

        /// The parsed essay, if the file could be read.
        public var essay: Essay? {
            if case .success(let essay) = result { return essay }
            return nil
        }

        /// Why the file could not be read, if it could not.
        public var failure: EssayError? {
            if case .failure(let error) = result { return error }
            return nil
        }

        /// The file's name without its folder (`kaye-2019-legitimacy.md`).
        public var name: String { EssayCorpus.fileName(path) }
    }

    /// The folder read, or nil when a single file was given.
    public let folder: EssayFolder?
    /// Every file, in file-name order; failures stay in their place.
    public let entries: [Entry]

    public init(folder: EssayFolder?, entries: [Entry]) {
        self.folder = folder
        self.entries = entries
    }

    /// Reads `path`: a file is parsed alone (and throws as `EssayParser` does); a folder is listed
    /// and its essays parsed on every core. Throws for a folder only when it cannot be listed or
    /// holds no essays at all.
    public static func load(path: String, parser: EssayParser = EssayParser()) throws(EssayError) -> EssayCorpus {
        guard EssayFolder.isFolder(path) else {
            let essay = try parser.parse(contentsOf: path)
            return EssayCorpus(folder: nil, entries: [Entry(path: path, result: .success(essay))])
        }
        let folder = try EssayFolder(path: path)
        try requireEssays(in: folder)
        let each = parser.oneCoreEach
        let parsed = Parallel.map(folder.essays.count) { index in
            let file = folder.essays[index]
            return Entry(path: file, result: Result { () throws(EssayError) -> Essay in try each.parse(contentsOf: file) })
        }
        return EssayCorpus(folder: folder, entries: merge(parsed, problems: folder.problems))
    }

    /// Throws when `folder` has no essay files, saying what it has instead.
    public static func requireEssays(in folder: EssayFolder) throws(EssayError) {
        guard folder.essays.isEmpty && folder.problems.isEmpty else { return }
        let subfolders = folder.skippedFolders > 0 ? " (subfolders are not read)" : ""
        throw EssayError(file: folder.path, message: "the folder holds no essays: no *.md files directly in it\(subfolders)",
                         hint: "give an essay file, or a folder of them")
    }

    /// The parsed entries and the listing's problems together, in file-name order.
    public static func merge(_ parsed: [Entry], problems: [EssayError]) -> [Entry] {
        guard !problems.isEmpty else { return parsed }
        let failed = problems.map { Entry(path: $0.file, result: .failure($0)) }
        return (parsed + failed).sorted { EssayFolder.precedes(fileName($0.path), fileName($1.path)) }
    }

    /// The essays that were read, in order.
    public var essays: [Essay] { entries.compactMap(\.essay) }

    /// Why each unreadable file could not be read, in order.
    public var failures: [EssayError] { entries.compactMap(\.failure) }

    /// Whether this is a folder of more than one essay file: then reports are grouped by essay,
    /// and JSON is one array with an `essay` field on each record.
    public var isMany: Bool { entries.count > 1 }

    /// The entry for `name`: a file name (`x.md`), a stem (`x`) or the path as listed.
    public func entry(named name: String) -> Entry? {
        EssayCorpus.match(name, in: entries.map(\.path)).map { entries[$0] }
    }

    /// Which of `paths` `name` means: the path itself, its file name, or its file name without
    /// `.md`; exact matches first, then ignoring case.
    public static func match(_ name: String, in paths: [String]) -> Int? {
        paths.firstIndex { $0 == name || fileName($0) == name }
            ?? paths.firstIndex { stem(fileName($0)) == name }
            ?? paths.firstIndex { fileName($0).lowercased() == name.lowercased() || stem(fileName($0)).lowercased() == name.lowercased() }
    }

    /// The last component of a path.
    public static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// A file name without its `.md`.
    public static func stem(_ name: String) -> String {
        EssayFolder.isEssayName(name) ? String(name.dropLast(3)) : name
    }
}
