import ArgumentParser
import EssayKit
import LowLevel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the essay, its annotations and framework (each essay, for a folder): file:line:col: severity: message; "
            + "exit 1 on errors or unreadable files.")

    @OptionGroup var options: EssayOptions
    @OptionGroup var argument: ArgumentOptions

    func run() throws {
        let corpus = try options.loadCorpus()
        if corpus.isMany && argument.annotations != nil {
            throw CommandFailure("--annotations names the annotations of one essay; choose it with --essay NAME")
        }
        let essays = corpus.essays
        let annotations = argument.annotations
        let framework = argument.framework
        let found = Parallel.map(essays.count) { CheckReport.diagnostics(for: essays[$0], annotationsPath: annotations, frameworkPath: framework) }
        if options.json {
            try StandardOutput.json(try EssayGroups.jsonArrays(zip(essays, found).map { ($0.source.path, $1) }, many: corpus.isMany))
        } else {
            var out = EssayGroups.text(zip(essays, found).map { ($0.source.path, CheckReport.text($1, essay: $0)) }, many: corpus.isMany)
            if corpus.isMany { out += "\n" + CheckReport.total(found, essays: essays.count, unreadable: corpus.failures.count) }
            try StandardOutput.text(out, terminator: "")
        }
        if !corpus.failures.isEmpty || found.contains(where: { $0.contains { $0.severity == .error } }) { throw ExitCode(1) }
    }
}
