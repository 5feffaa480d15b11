import ArgumentGraph
import ArgumentParser
import EssayKit
import Explorer
import Foundation
import TerminalBackend

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the explorer on the essay, or on the list of a folder's essays (the default when standard output is a terminal).")

    @OptionGroup var options: EssayOptions
    @OptionGroup var argument: ArgumentOptions

    func run() throws {
        if try options.isFolderOfMany() { return try openLibrary() }
        let path = try options.essayFile()
        let file = try EssayOptions.read(path)
        if let missing = Self.missingTerminal {
            try StandardOutput.text(OutlineReport.text(try EssayOptions.parse(file)), terminator: "")
            printError("legit: \(missing), so this is the outline; run `legit open` in a terminal to explore")
            return
        }
        // Curses starts on this thread while the essay is parsed and laid out for the terminal on
        // another. The argument (annotations read, quotes anchored, graph built) comes after the
        // text is laid out, so it never competes with the first frame for a core; the explorer
        // shows the text without waiting for it.
        let size = Terminal.windowSize() ?? (width: 80, height: 24)
        let annotations = argument.annotations
        let framework = argument.framework
        let parsing = BackgroundWork { try EssayOptions.parse(file) }
        // A large essay shows its opening first, parsed on its own while the whole is parsed.
        let preview = EssayPreview.opening(of: file).flatMap { opening in try? EssayParser().parse(opening) }
        let opening = BackgroundWork { () throws -> ExplorerState in
            var state = ExplorerState(model: ExplorerModel(essay: try parsing.value(), path: path), width: size.width, height: size.height)
            state.argumentPending = true
            state.annotating = AnnotatingState(annotationsPath: annotations)
            return state
        }
        let arguing = BackgroundWork { () throws -> ExplorerModel in
            opening.wait()
            let files = ArgumentLoader.read(forEssay: path, annotationsPath: annotations, frameworkPath: framework)
            return ExplorerModel(loaded: ArgumentLoader.load(essay: try parsing.value(), files: files), path: path)
        }
        do {
            if let preview {
                report(try ExplorerApp.run(path: path, opening: { width, height in
                    var state = ExplorerState(model: ExplorerModel(essay: preview, path: path), width: width, height: height)
                    state.textPending = true
                    state.argumentPending = true
                    state.annotating = AnnotatingState(annotationsPath: annotations)
                    return state
                }, whole: { try? opening.valueIfFinished() }, argument: { try? arguing.valueIfFinished() }))
            } else {
                report(try ExplorerApp.run(path: path, opening: { _, _ in try opening.value() }, argument: { try? arguing.valueIfFinished() }))
            }
        } catch let unavailable as Terminal.Unavailable {
            try StandardOutput.text(OutlineReport.text(try parsing.value()), terminator: "")
            printError("legit: cannot open the explorer: \(unavailable); this is the outline instead")
        }
    }

    /// The command for the argument lists that only open an essay (none, a path, `open`, `open`
    /// and a path), made without ArgumentParser; nil for any other list, which ArgumentParser reads.
    ///
    /// ArgumentParser finds a command's arguments by reflection, and in a fresh process that costs
    /// about half the instructions of opening the essay; the README's `swift run legit` needs none of it.
    static func quickStart(_ arguments: [String]) -> OpenCommand? {
        var rest = arguments[...]
        let named = rest.first == OpenCommand._commandName
        if named { rest = rest.dropFirst() }
        guard rest.count <= 1 else { return nil }
        if let path = rest.first {
            guard !path.isEmpty, !path.hasPrefix("-") else { return nil }
            if !named, Legit.commandNames.contains(path) { return nil }
        }
        var options = EssayOptions()
        options.essay = rest.first
        options.only = nil
        options.json = false
        var argument = ArgumentOptions()
        argument.annotations = nil
        argument.framework = nil
        var command = OpenCommand()
        command.options = options
        command.argument = argument
        return command
    }

    /// Which of standard output and input is not a terminal, said for a message; nil when both are.
    /// The explorer draws on the one and reads keys from the other.
    static var missingTerminal: String? {
        if isatty(STDOUT_FILENO) != 1 { return "standard output is not a terminal" }
        if isatty(STDIN_FILENO) != 1 { return "standard input is not a terminal (the explorer reads keys from it)" }
        return nil
    }

    /// Says which reading places could not be saved, now that the terminal is back.
    private func report(_ failures: [AtomicFileError]) {
        for failure in failures { printError("legit: your place was not saved: \(failure)") }
    }

    /// The library of a folder of essays; every essay's outline when there is no terminal.
    private func openLibrary() throws {
        if let missing = Self.missingTerminal {
            let corpus = try options.loadCorpus()
            try StandardOutput.text(EssayGroups.text(corpus.essays.map { ($0.source.path, OutlineReport.text($0)) }, many: true), terminator: "")
            printError("legit: \(missing), so these are the outlines; run `legit open` in a terminal to explore")
            return
        }
        if argument.annotations != nil {
            throw CommandFailure("--annotations names the annotations of one essay; choose it with --essay NAME")
        }
        let corpus = try options.loadArguments(frameworkPath: argument.framework)
        do {
            report(try ExplorerApp.run(Library(corpus: corpus, positions: ReadingPositionStore())))
        } catch let unavailable as Terminal.Unavailable {
            try StandardOutput.text(EssayGroups.text(corpus.corpus.essays.map { ($0.source.path, OutlineReport.text($0)) }, many: true), terminator: "")
            printError("legit: cannot open the explorer: \(unavailable); these are the outlines instead")
        }
    }
}
