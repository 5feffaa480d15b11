import ArgumentParser
import EssayKit

struct FootnoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "footnote",
        abstract: "Show one footnote (or all) with each citation resolved to the work it names.",
        discussion: "NUMBER is a footnote's label as printed (4, 12a); 0 or * is the author's note.")

    @Argument(help: "The footnote to show (default: all).")
    var number: String?

    @OptionGroup var options: EssayOptions

    func run() throws {
        let essay = try options.loadEssay()
        var chosen = essay.footnotes
        if let number {
            let label = number == "0" ? (essay.footnotes.first { $0.number == 0 }?.label ?? "*") : number
            guard let footnote = essay.footnote(label) else {
                let numbers = essay.footnotes.filter { $0.number > 0 }
                let span = numbers.first.flatMap { first in numbers.last.map { " (it has \(first.label)–\($0.label))" } } ?? " (it has none)"
                throw CommandFailure("\(essay.source.path): error: there is no footnote \(number)\(span)")
            }
            chosen = [footnote]
        }
        if options.json {
            print(try JSONOutput.string(chosen.map { EssayJSON.Footnote($0, essay: essay) }))
        } else {
            print(chosen.map { FootnoteReport.text($0, essay: essay) }.joined(separator: "\n"), terminator: "")
        }
    }
}
