import ArgumentParser
import EssayKit

/// The `legit` command: explore the argument of a law-review essay.
public struct Legit: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "legit",
        abstract: "Explore the argument of a law-review essay.",
        subcommands: [DumpCommand.self]
    )

    public init() {}
}

struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dump")
    @Argument var path: String
    func run() throws {
        let essay = try EssayParser().parse(contentsOf: path)
        print(EssayDumper().dump(essay), terminator: "")
    }
}
