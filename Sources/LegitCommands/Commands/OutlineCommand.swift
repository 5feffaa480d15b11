import ArgumentParser
import EssayKit

struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print the section tree with paragraph counts and footnote ranges (of each essay, for a folder).")

    @OptionGroup var options: EssayOptions

    func run() throws {
        let corpus = try options.loadCorpus()
        let essays = corpus.essays
        if options.json {
            try StandardOutput.json(try EssayGroups.json(essays.map { ($0.source.path, OutlineReport.outline($0)) }, many: corpus.isMany))
        } else {
            try StandardOutput.text(EssayGroups.text(essays.map { ($0.source.path, OutlineReport.text($0)) }, many: corpus.isMany), terminator: "")
        }
    }
}
