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

    func run() throws {
        if try options.isFolderOfMany() { return try openLibrary() }
        let essay = try options.loadEssay()
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            printText(OutlineReport.text(essay), terminator: "")
            printError("legit: standard output is not a terminal, so this is the outline; run `legit open` in a terminal to explore")
            return
        }
        let model = ExplorerModelBuilder.model(for: essay, path: essay.source.path)
        do {
            report(try ExplorerApp.run(model))
        } catch let unavailable as Terminal.Unavailable {
            printText(OutlineReport.text(essay), terminator: "")
            printError("legit: cannot open the explorer: \(unavailable); this is the outline instead")
        }
    }

    /// Says which reading places could not be saved, now that the terminal is back.
    private func report(_ failures: [AtomicFileError]) {
        for failure in failures { printError("legit: your place was not saved: \(failure)") }
    }

    /// The library of a folder of essays; every essay's outline when there is no terminal.
    private func openLibrary() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            let corpus = try options.loadCorpus()
            printText(EssayGroups.text(corpus.essays.map { ($0.source.path, OutlineReport.text($0)) }, many: true), terminator: "")
            printError("legit: standard output is not a terminal, so these are the outlines; run `legit open` in a terminal to explore")
            return
        }
        let corpus = try options.loadArguments(frameworkPath: nil)
        do {
            report(try ExplorerApp.run(Library(corpus: corpus, positions: ReadingPositionStore())))
        } catch let unavailable as Terminal.Unavailable {
            printText(EssayGroups.text(corpus.corpus.essays.map { ($0.source.path, OutlineReport.text($0)) }, many: true), terminator: "")
            printError("legit: cannot open the explorer: \(unavailable); these are the outlines instead")
        }
    }
}
