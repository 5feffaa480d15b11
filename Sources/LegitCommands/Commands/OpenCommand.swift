import ArgumentParser
import EssayKit
import Explorer
import Foundation
import TerminalBackend

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the explorer on the essay (the default when standard output is a terminal).")

    @OptionGroup var options: EssayOptions

    func run() throws {
        let essay = try options.loadEssay()
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            print(OutlineReport.text(essay), terminator: "")
            printError("legit: standard output is not a terminal, so this is the outline; run `legit open` in a terminal to explore")
            return
        }
        let model = ExplorerModelBuilder.model(for: essay, path: essay.source.path)
        do {
            try ExplorerApp.run(model)
        } catch let unavailable as Terminal.Unavailable {
            print(OutlineReport.text(essay), terminator: "")
            printError("legit: cannot open the explorer: \(unavailable); this is the outline instead")
        }
    }
}
