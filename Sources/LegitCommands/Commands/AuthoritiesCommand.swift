import ArgumentParser
import EssayKit

struct AuthoritiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authorities",
        abstract: "Print the table of authorities, each with the footnotes citing it.")

    @OptionGroup var options: EssayOptions

    func run() throws {
        let essay = try options.loadEssay()
        if options.json {
            print(try JSONOutput.string(essay.authorities.map { EssayJSON.Authority($0, essay: essay) }))
        } else {
            print(AuthorityReport.text(essay), terminator: "")
        }
    }
}
