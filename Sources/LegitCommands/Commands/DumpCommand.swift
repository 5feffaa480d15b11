import ArgumentParser
import EssayKit

struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the whole parsed model as an indented tree with source ranges.")

    @OptionGroup var options: EssayOptions

    func run() throws {
        let essay = try options.loadEssay()
        if options.json {
            print(try JSONOutput.string(EssayJSON.Document(essay)))
        } else {
            print(EssayDumper().dump(essay), terminator: "")
        }
    }
}
