import ArgumentParser
import EssayKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the essay, its annotations and framework: file:line:col: severity: message; exit 1 on errors.")

    @OptionGroup var options: EssayOptions
    @OptionGroup var argument: ArgumentOptions

    func run() throws {
        let essay = try options.loadEssay()
        let diagnostics = CheckReport.diagnostics(for: essay, annotationsPath: argument.annotations, frameworkPath: argument.framework)
        if options.json {
            print(try JSONOutput.string(diagnostics))
        } else {
            print(CheckReport.text(diagnostics, essay: essay), terminator: "")
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
