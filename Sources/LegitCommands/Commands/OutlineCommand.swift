import ArgumentParser
import EssayKit

struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print the section tree with paragraph counts and footnote ranges.")

    @OptionGroup var options: EssayOptions

    func run() throws {
        let essay = try options.loadEssay()
        if options.json {
            print(try JSONOutput.string(OutlineReport.outline(essay)))
        } else {
            print(OutlineReport.text(essay), terminator: "")
        }
    }
}
