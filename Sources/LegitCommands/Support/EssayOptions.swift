import ArgumentGraph
import ArgumentParser
import EssayKit

/// The options every command shares: an essay file or a folder of essays, `--essay` to pick one
/// essay of a folder, and `--json`.
public struct EssayOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("An essay file, or a folder of essays: every *.md directly in it (default: the bundled Corpus folder).",
                                 valueName: "path"))
    public var essay: String?

    @Option(name: .customLong("essay"), help: ArgumentHelp("In a folder, only this essay: its file name or its name without .md.",
                                                           valueName: "name"))
    public var only: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    public var json = false

    public init() {}

    /// The path given, or the bundled corpus.
    public func path() throws -> String {
        try EssayLocator.path(for: essay)
    }

    /// Whether the path is a folder of more than one essay file and no `--essay` picks one: then
    /// commands group their reports by essay.
    public func isFolderOfMany() throws -> Bool {
        let path = try path()
        guard only == nil, EssayFolder.isFolder(path) else { return false }
        let folder = try Self.list(path)
        return folder.essays.count + folder.problems.count > 1
    }

    /// Reads every essay of the path (only the `--essay` one when given). Files that cannot be
    /// read are one-line errors on standard error while the others load; throws when none loads.
    public func loadCorpus() throws -> EssayCorpus {
        let path = try path()
        if let only { return try single(path: path, name: only) { try EssayCorpus.load(path: $0) } }
        let corpus: EssayCorpus
        do {
            corpus = try EssayCorpus.load(path: path)
        } catch {
            throw CommandFailure(error.description)
        }
        LoadedUntilExit.keep(corpus)
        return try Self.reportFailures(corpus.failures, loaded: corpus.essays.count, path: path, corpus: corpus)
    }

    /// Reads and indexes every essay of the path for search and the explorer, as `loadCorpus` does.
    public func loadArguments(frameworkPath: String?) throws -> ArgumentCorpus {
        let path = try path()
        if let only {
            return try single(path: path, name: only) { try ArgumentCorpus.load(path: $0, frameworkPath: frameworkPath) }
        }
        let arguments: ArgumentCorpus
        do {
            arguments = try ArgumentCorpus.load(path: path, frameworkPath: frameworkPath)
        } catch {
            throw CommandFailure(error.description)
        }
        LoadedUntilExit.keep(arguments)
        return try Self.reportFailures(arguments.corpus.failures, loaded: arguments.corpus.essays.count, path: path, corpus: arguments)
    }

    /// Reads exactly one essay: the file given, the one essay of a folder, or the folder's
    /// `--essay`; with several and no `--essay`, an error that lists them.
    public func loadEssay() throws -> Essay {
        try Self.parse(essayFile())
    }

    /// The path of the one essay `loadEssay` reads, chosen as it chooses, without reading it.
    public func essayFile() throws -> String {
        let path = try path()
        guard EssayFolder.isFolder(path) else {
            if let only, EssayCorpus.match(only, in: [path]) == nil {
                throw CommandFailure("\(path): error: --essay \(only) chooses among the essays of a folder, and this is one essay file")
            }
            return path
        }
        let folder = try Self.list(path)
        if let only { return try Self.choose(only, in: folder) }
        if folder.essays.isEmpty {
            for problem in folder.problems { printError(problem.description) }
            throw CommandFailure("\(path): error: none of its \(folder.problems.count) essays could be read")
        }
        guard folder.essays.count == 1, let file = folder.essays.first else {
            throw CommandFailure("\(path): error: this folder holds \(folder.essays.count) essays; choose one with --essay NAME: "
                                 + Self.names(folder.essays))
        }
        for problem in folder.problems { printError(problem.description) }
        return file
    }

    /// The essay file of `folder` named `name` (file name or stem), or an error listing them.
    static func choose(_ name: String, in folder: EssayFolder) throws -> String {
        guard let index = EssayCorpus.match(name, in: folder.essays) else {
            throw CommandFailure("\(folder.path): error: no essay '\(name)' in this folder; it holds \(Self.names(folder.essays))")
        }
        return folder.essays[index]
    }

    /// Up to eight file names, then how many more.
    static func names(_ paths: [String]) -> String {
        let shown = paths.prefix(8).map(EssayCorpus.fileName).joined(separator: ", ")
        return paths.count > 8 ? shown + ", … (\(paths.count - 8) more)" : shown
    }

    /// Loads only the essay `name` of the folder `path` (or `path` itself, when it is that essay's file).
    private func single<Loaded>(path: String, name: String, _ load: (String) throws -> Loaded) throws -> Loaded {
        let file: String
        if EssayFolder.isFolder(path) {
            file = try Self.choose(name, in: Self.list(path))
        } else {
            guard EssayCorpus.match(name, in: [path]) != nil else {
                throw CommandFailure("\(path): error: --essay \(name) chooses among the essays of a folder, and this is one essay file")
            }
            file = path
        }
        do {
            return try load(file)
        } catch let error as EssayError {
            throw CommandFailure(error.description)
        }
    }

    /// The folder's listing, with an error when it cannot be read or holds no essays.
    private static func list(_ path: String) throws -> EssayFolder {
        do {
            let folder = try EssayFolder(path: path)
            try EssayCorpus.requireEssays(in: folder)
            return folder
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// One essay file, its error as a command failure.
    static func parse(_ path: String) throws -> Essay {
        try parse(read(path))
    }

    /// Reads one essay file and checks it is text, its error as a command failure.
    static func read(_ path: String) throws -> SourceFile {
        do {
            return try EssayLoader.load(path: path)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Parses a file already read, its error as a command failure.
    static func parse(_ file: SourceFile) throws -> Essay {
        do {
            return try EssayParser().parse(file)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Prints each unreadable file as one line and returns what loaded; fails when nothing did.
    private static func reportFailures<Loaded>(_ failures: [EssayError], loaded: Int, path: String, corpus: Loaded) throws -> Loaded {
        guard loaded > 0 else {
            if failures.count == 1, let only = failures.first { throw CommandFailure(only.description) }
            for failure in failures { printError(failure.description) }
            throw CommandFailure("\(path): error: none of its \(failures.count) essays could be read")
        }
        for failure in failures { printError(failure.description) }
        return corpus
    }
}

/// A failure a command reports as one line on standard error, exiting with status 1.
public struct CommandFailure: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
