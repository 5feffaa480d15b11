import ArgumentParser
import EssayKit

struct FootnoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "footnote",
        abstract: "Show one footnote (or all) with each citation resolved to the work it names.",
        discussion: """
            NUMBER is a footnote's label as printed (4, 12a); 0 or * is the author's note. One footnote \
            needs one essay: in a folder of several, choose it with --essay NAME. Without NUMBER, every \
            footnote of every essay is shown.
            """)

    @Argument(help: "The footnote to show (default: all).")
    var number: String?

    @OptionGroup var options: EssayOptions

    /// What the listing says for an essay where no footnote was read, rather than nothing at all.
    static let noFootnotes = "no footnotes were read; `legit check` says what was seen\n"

    func run() throws {
        var options = options
        var number = number
        // `legit footnote some/folder` means the folder, not a footnote labelled with a path.
        if let given = number, options.essay == nil,
           given.contains("/") || given.hasSuffix(".md") || (Int(given) == nil && EssayFolder.isFolder(given)) {
            options.essay = given
            number = nil
        }
        guard let number else {
            let corpus = try options.loadCorpus()
            let essays = corpus.essays
            if options.json {
                try StandardOutput.json(try EssayGroups.jsonArrays(essays.map { essay in
                    (essay.source.path, essay.footnotes.map { EssayJSON.Footnote($0, essay: essay) })
                }, many: corpus.isMany))
            } else {
                try StandardOutput.text(EssayGroups.text(essays.map { essay in
                    (essay.source.path, essay.footnotes.isEmpty ? Self.noFootnotes
                        : essay.footnotes.map { FootnoteReport.text($0, essay: essay) }.joined(separator: "\n"))
                }, many: corpus.isMany), terminator: "")
            }
            return
        }
        let essay = try options.loadEssay()
        let label = number == "0" ? (essay.footnotes.first { $0.number == 0 }?.label ?? "*") : number
        guard let footnote = essay.footnote(label) else {
            let numbers = essay.footnotes.filter { $0.number > 0 }
            let span = numbers.first.flatMap { first in numbers.last.map { " (it has \(first.label)–\($0.label))" } } ?? " (it has none)"
            throw CommandFailure("\(essay.source.path): error: there is no footnote \(number)\(span)")
        }
        if options.json {
            try StandardOutput.json(try JSONOutput.string([EssayJSON.Footnote(footnote, essay: essay)]))
        } else {
            try StandardOutput.text(FootnoteReport.text(footnote, essay: essay), terminator: "")
        }
    }
}
