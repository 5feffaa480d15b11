import ArgumentParser
import EssayKit

struct AuthoritiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authorities",
        abstract: "Print the table of authorities, each with the footnotes citing it (of each essay, for a folder).")

    @OptionGroup var options: EssayOptions

    func run() throws {
        let corpus = try options.loadCorpus()
        let essays = corpus.essays
        if options.json {
            try StandardOutput.json(try EssayGroups.jsonArrays(essays.map { essay in
                (essay.source.path, essay.authorities.map { EssayJSON.Authority($0, essay: essay) })
            }, many: corpus.isMany))
        } else {
            try StandardOutput.text(EssayGroups.text(essays.map { ($0.source.path, AuthorityReport.text($0)) }, many: corpus.isMany), terminator: "")
        }
    }
}
