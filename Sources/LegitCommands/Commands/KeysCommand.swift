import ArgumentParser
import Explorer

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the explorer's keys as a Markdown table (the README's key table).",
        shouldDisplay: false)

    @Flag(help: "The keys of the library, the list of a folder's essays.") var library = false

    func run() throws {
        try StandardOutput.text(library ? Keymap.standard.libraryMarkdownTable : Keymap.standard.markdownTable)
    }
}
