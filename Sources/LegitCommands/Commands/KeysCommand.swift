import ArgumentParser
import Explorer

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the explorer's keys as a Markdown table (the README's key table).",
        shouldDisplay: false)

    func run() {
        print(Keymap.standard.markdownTable)
    }
}
