import ArgumentParser
import EssayKit

/// The `legit` command: explore the argument of a law-review essay.
public struct Legit: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "legit",
        abstract: "Explore the argument of a law-review essay.",
        discussion: """
            Every command reads the bundled essay unless given a path. Without a command, legit \
            opens the explorer in a terminal, and prints the outline otherwise.
            """,
        subcommands: [
            OpenCommand.self, OutlineCommand.self, FootnoteCommand.self, AuthoritiesCommand.self, CheckCommand.self, DumpCommand.self,
            ClaimsCommand.self, ClaimCommand.self, ScorecardCommand.self, AuditCommand.self, SearchCommand.self, ExportCommand.self,
            GenerateCommand.self, KeysCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    public init() {}

    /// Runs the command line, printing user errors as one line on standard error.
    public static func runMain(_ arguments: [String]? = nil) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let failure as CommandFailure {
            printError(failure.description)
            return 1
        } catch {
            let code = exitCode(for: error)
            if code != .success { printError(fullMessage(for: error)) } else { print(fullMessage(for: error)) }
            return code.rawValue
        }
    }
}
