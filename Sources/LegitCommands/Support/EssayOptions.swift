import ArgumentParser
import EssayKit

/// The options every command shares: an optional essay path and `--json`.
public struct EssayOptions: ParsableArguments {
    @Argument(help: "The essay to read (default: the bundled essay).")
    public var essay: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    public var json = false

    public init() {}

    /// Reads and parses the chosen essay; errors become one-line messages and a non-zero exit.
    public func loadEssay() throws -> Essay {
        let path = try EssayLocator.path(for: essay)
        do {
            return try EssayParser().parse(contentsOf: path)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

/// A failure a command reports as one line on standard error, exiting with status 1.
public struct CommandFailure: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
