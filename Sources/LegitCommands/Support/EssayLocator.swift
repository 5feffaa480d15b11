import ArgumentParser
import EssayKit
import Foundation

/// Finds the bundled essay when no path is given, from a checkout or an installed binary.
///
/// The search order: `$LEGIT_CORPUS` (a folder or a file), `Corpus/` in the current folder,
/// `Corpus/` in any folder above the executable (a checkout's `.build/debug/legit`), and
/// `../share/legit/Corpus/` beside the executable (an installed binary).
public enum EssayLocator {
    /// The file name of the bundled essay.
    public static let bundledEssayName = "kaye-2019-legitimacy.md"

    /// The path to read: the one given, or the bundled essay's.
    public static func path(for given: String?) throws -> String {
        if let given { return given }
        if let found = bundledEssayPath() { return found }
        throw ValidationError("""
            cannot find the bundled essay (\(bundledEssayName)); give a path, run legit from its checkout, \
            or set LEGIT_CORPUS to the Corpus folder
            """)
    }

    /// The bundled essay's path, if it can be found.
    public static func bundledEssayPath() -> String? {
        let fileManager = FileManager.default
        var candidates: [String] = []
        if let corpus = ProcessInfo.processInfo.environment["LEGIT_CORPUS"], !corpus.isEmpty {
            candidates.append(corpus.hasSuffix(".md") ? corpus : corpus + "/" + bundledEssayName)
        }
        candidates.append("Corpus/" + bundledEssayName)
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("Corpus/" + bundledEssayName).path)
            candidates.append(folder.appendingPathComponent("share/legit/Corpus/" + bundledEssayName).path)
            folder = folder.deletingLastPathComponent()
        }
        return candidates.first { fileManager.isReadableFile(atPath: $0) }
    }
}
