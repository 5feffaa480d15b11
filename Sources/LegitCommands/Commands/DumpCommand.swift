import ArgumentParser
import EssayKit

struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the whole parsed model as an indented tree with source ranges (of each essay, for a folder).")

    @OptionGroup var options: EssayOptions

    func run() throws {
        let corpus = try options.loadCorpus()
        let essays = corpus.essays
        if options.json {
            try StandardOutput.json(try EssayGroups.json(essays.map { ($0.source.path, EssayJSON.Document($0)) }, many: corpus.isMany))
        } else {
            try StandardOutput.text(EssayGroups.text(essays.map { ($0.source.path, EssayDumper().dump($0)) }, many: corpus.isMany), terminator: "")
        }
    }
}
