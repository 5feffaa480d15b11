import ArgumentGraph
import ArgumentParser
import EssayKit
import Explorer
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the argument graph as JSON, Graphviz DOT, AIF JSON or GraphML, or the reading notes as Markdown or W3C Web Annotations.",
        discussion: """
            legit export --format dot | dot -Tsvg > map.svg draws the map of claims. --json is the \
            same as --format json. For a folder of essays: JSON is one array of documents, each \
            with the path in its `essay` object; AIF is one array of documents, each with an `essay` field; DOT is one graph per essay, each after a `// essay: PATH` \
            comment; GraphML is one document with a graph per essay; Markdown is one document after \
            another; Web Annotation is one array of collections. `-o FOLDER/` (an existing folder, or \
            a path ending in /) writes one file per essay instead, named after it. Markdown (claims by \
            section, with quotes, factors, stances and the works their footnotes cite) and Web \
            Annotation (JSON-LD, each claim an Annotation with a TextQuoteSelector) hold the annotated \
            claims; --suggested adds the suggested ones, marked. JSON always has both.
            """)

    @Option(help: "json, dot, aif, graphml, markdown or web-annotation.") var format = "json"
    @Flag(help: "Markdown and Web Annotation: add the suggested claims, marked as suggested.") var suggested = false
    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (or, for a folder of essays, into this folder) instead of standard output.",
                                                      valueName: "path"))
    var output: String?

    @OptionGroup var options: EssayOptions
    @OptionGroup var argument: ArgumentOptions

    func run() throws {
        guard let chosen = options.json ? .json : ExportFormat(rawValue: format.lowercased()) else {
            throw CommandFailure("unknown format '\(format)'; use one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let corpus = try options.loadCorpus()
        let maps = try argument.loadMaps(for: corpus)
        if corpus.isMany, let output, output.hasSuffix("/") || EssayFolder.isFolder(output) {
            for (path, map) in maps {
                let name = EssayCorpus.stem(EssayCorpus.fileName(path)) + "." + Self.fileExtension(chosen)
                try write(try text(map, format: chosen), to: (output.hasSuffix("/") ? output : output + "/") + name, createFolders: true)
            }
            return
        }
        let text: String
        if corpus.isMany {
            text = switch chosen {
            // The document already has an `essay` object: the path goes into it.
            case .json: try JSONOutput.string(maps.map { entry -> ExportDocument in
                var document = ExportDocument(map: entry.map)
                document.essay.path = entry.path
                return document
            })
            case .aif: try EssayGroups.json(maps.map { ($0.path, AIFDocument(map: $0.map)) }, many: true)
            case .dot: try maps.map { "// essay: \($0.path)\n" + (try Self.text($0.map, format: .dot)) }.joined(separator: "\n")
            case .graphml: GraphMLExporter.export(maps.map { (EssayCorpus.fileName($0.path), $0.map) })
            case .markdown: maps.map { MarkdownExporter.export($0.map, suggested: suggested) }.joined(separator: "\n---\n\n")
            case .webAnnotation: try JSONOutput.string(maps.map { WebAnnotationDocument(map: $0.map, suggested: suggested) })
            }
        } else {
            guard let map = maps.first?.map else { return }
            text = try self.text(map, format: chosen)
        }
        if let output {
            try write(text, to: output, createFolders: false)
        } else {
            try StandardOutput.text(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }

    /// Writes one export file whole, or leaves what was there.
    private func write(_ text: String, to path: String, createFolders: Bool) throws {
        do {
            // The same text as on standard output: JSON escapes controls, DOT and GraphML show them as symbols.
            let shown = TerminalText.printable(text)
            try AtomicFile.write(shown.hasSuffix("\n") ? shown : shown + "\n", to: path, createFolders: createFolders)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// One essay's export.
    static func text(_ map: ArgumentMap, format: ExportFormat, suggested: Bool = false) throws -> String {
        switch format {
        case .json: try JSONOutput.string(ExportDocument(map: map))
        case .aif: try JSONOutput.string(AIFDocument(map: map))
        case .dot, .graphml: try Exporter.export(map, format: format)
        case .markdown: MarkdownExporter.export(map, suggested: suggested)
        case .webAnnotation: try JSONOutput.string(WebAnnotationDocument(map: map, suggested: suggested))
        }
    }

    /// One essay's export, as asked.
    private func text(_ map: ArgumentMap, format: ExportFormat) throws -> String {
        try Self.text(map, format: format, suggested: suggested)
    }

    /// The file name ending for a format's files.
    static func fileExtension(_ format: ExportFormat) -> String {
        switch format {
        case .json: "json"
        case .aif: "aif.json"
        case .dot: "dot"
        case .graphml: "graphml"
        case .markdown: "md"
        case .webAnnotation: "jsonld"
        }
    }
}
