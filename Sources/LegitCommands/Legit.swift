#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import EssayKit
import LowLevel

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
            AnnotateCommand.self, GenerateCommand.self, KeysCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    public init() {}

    /// Every word that names a subcommand on the command line, `help` included.
    static var commandNames: Set<String> {
        var names: Set<String> = ["help"]
        for command in configuration.subcommands {
            names.insert(command._commandName)
            names.formUnion(command.configuration.aliases)
        }
        return names
    }

    /// Runs the command line, printing user errors as one line on standard error. Output that
    /// cannot be written is one such error too, for every command (`StandardOutput.report`).
    public static func runMain(_ arguments: [String]? = nil) -> Int32 {
        // A file over `ulimit -f` is then an error `AtomicFile` reports and cleans up after, and a
        // closed pipe an error each write sees (standard output's ends quietly, as other tools do).
        signal(SIGXFSZ, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        // Swift reads each argument as UTF-8, a byte that is not as U+FFFD: a file so named could
        // not be found. Such arguments are read again from their bytes (`SystemPath`).
        let arguments = arguments ?? (RawArguments.firstNotUTF8() == nil ? nil : RawArguments.decoded())
        do {
            if let open = OpenCommand.quickStart(arguments ?? Array(CommandLine.arguments.dropFirst())) {
                try open.run()
                return 0
            }
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let failure as StandardOutput.Failure {
            return StandardOutput.report(failure)
        } catch let failure as CommandFailure {
            printError(failure.description)
            return 1
        } catch {
            let code = exitCode(for: error)
            guard code == .success else {
                printError(fullMessage(for: error))
                return code.rawValue
            }
            // `--help` and `--version`.
            do {
                try StandardOutput.text(fullMessage(for: error))
            } catch {
                return StandardOutput.report(error)
            }
            return 0
        }
    }
}
