import ArgumentGraph
import ArgumentParser
import EssayKit
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the argument graph as JSON, Graphviz DOT, AIF JSON or GraphML.",
        discussion: """
            legit export --format dot | dot -Tsvg > map.svg draws the map of claims. --json is the \
            same as --format json.
            """)

    @Option(help: "json, dot, aif or graphml.") var format = "json"
    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @OptionGroup var options: EssayOptions
    @OptionGroup var argument: ArgumentOptions

    func run() throws {
        guard let chosen = options.json ? .json : ExportFormat(rawValue: format.lowercased()) else {
            throw CommandFailure("unknown format '\(format)'; use one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let essay = try options.loadEssay()
        let map = argument.loadMap(for: essay)
        let text: String = switch chosen {
        case .json: try JSONOutput.string(ExportDocument(map: map))
        case .aif: try JSONOutput.string(AIFDocument(map: map))
        case .dot, .graphml: try Exporter.export(map, format: chosen)
        }
        if let output {
            do {
                try (text.hasSuffix("\n") ? text : text + "\n").write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw CommandFailure("\(output): error: cannot write the export (\(error.localizedDescription))")
            }
        } else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }
}
