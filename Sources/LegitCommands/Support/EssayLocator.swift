import ArgumentParser
import EssayKit
import Foundation

/// Finds the bundled corpus when no path is given, from a checkout or an installed binary.
///
/// The search order: `$LEGIT_CORPUS` (a folder of essays or one essay file, taken as it is),
/// `Corpus/` in the current folder, `Corpus/` in any folder above the executable (a checkout's
/// `.build/debug/legit`), and `share/legit/Corpus/` beside or above the executable (an installed
/// binary). A `Corpus/` folder found on its own counts only when it holds the bundled essay.
public enum EssayLocator {
    /// The file name of the bundled essay.
    public static let bundledEssayName = "kaye-2019-legitimacy.md"

    /// The path to read: the one given, or the bundled corpus folder's.
    public static func path(for given: String?) throws -> String {
        if let given { return given }
        if let corpus = ProcessInfo.processInfo.environment["LEGIT_CORPUS"], !corpus.isEmpty, !FileManager.default.fileExists(atPath: corpus) {
            throw CommandFailure("""
                LEGIT_CORPUS is \(quoted: corpus), which does not exist; set it to a folder of essays or an essay file, \
                or unset it to read the bundled corpus
                """)
        }
        if let found = bundledCorpusPath() { return found }
        throw ValidationError("""
            cannot find the bundled corpus (the Corpus folder with \(bundledEssayName)); give a path, run legit from its \
            checkout, or set LEGIT_CORPUS to a folder of essays
            """)
    }

    /// The bundled corpus: `$LEGIT_CORPUS` as given, else the first `Corpus/` folder holding the
    /// bundled essay.
    public static func bundledCorpusPath() -> String? {
        if let corpus = ProcessInfo.processInfo.environment["LEGIT_CORPUS"], !corpus.isEmpty {
            return corpus
        }
        return candidateFolders().first { FileManager.default.isReadableFile(atPath: $0 + "/" + bundledEssayName) }
    }

    /// The bundled essay's path, if it can be found.
    public static func bundledEssayPath() -> String? {
        if let corpus = ProcessInfo.processInfo.environment["LEGIT_CORPUS"], !corpus.isEmpty {
            let path = corpus.hasSuffix(".md") ? corpus : corpus + "/" + bundledEssayName
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        return candidateFolders().map { $0 + "/" + bundledEssayName }.first { FileManager.default.isReadableFile(atPath: $0) }
    }

    /// `Corpus` here, then `Corpus` and `share/legit/Corpus` in the executable's folder and six above it.
    private static func candidateFolders() -> [String] {
        var candidates = ["Corpus"]
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("Corpus").path)
            candidates.append(folder.appendingPathComponent("share/legit/Corpus").path)
            folder = folder.deletingLastPathComponent()
        }
        return candidates
    }
}
