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
        guard let named = ExportFormat(id: format) else {
            throw CommandFailure("unknown format \(quoted: format); use one of \(ExportFormat.ids.joined(separator: ", "))")
        }
        if options.json, named != .json {
            throw CommandFailure("--json asks for JSON but --format asks for \(format); give one of them")
        }
        let chosen = options.json ? .json : named
        let corpus = try options.loadCorpus()
        let maps = try argument.loadMaps(for: corpus)
        if corpus.isMany, let output, output.hasSuffix("/") || EssayFolder.isFolder(output) {
            for (path, map) in maps {
                let name = EssayCorpus.stem(EssayCorpus.fileName(path)) + "." + Self.fileExtension(chosen)
                try save(to: (output.hasSuffix("/") ? output : output + "/") + name, createFolders: true, format: chosen) { sink in
                    try Self.write([(path, map)], many: false, format: chosen, suggested: suggested, to: sink)
                }
            }
            return
        }
        let produce: (any TextSink) throws -> Void = { sink in try Self.write(maps, many: corpus.isMany, format: chosen, suggested: suggested, to: sink) }
        if let output {
            try save(to: output, createFolders: false, format: chosen, produce)
        } else {
            try StandardOutput.stream(printable: false) { try produce(Self.shown($0, format: chosen)) }
        }
    }

    /// Writes one export file whole, a piece at a time, or leaves what was there.
    private func save(to path: String, createFolders: Bool, format: ExportFormat, _ produce: (any TextSink) throws -> Void) throws {
        do {
            try AtomicFile.stream(to: path, createFolders: createFolders) { try produce(Self.shown($0, format: format)) }
        } catch let error as AtomicFileError {
            throw CommandFailure(error.description)
        }
    }

    /// The sink an export goes through, the same for a file as for standard output: JSON escapes
    /// control characters (`\u009b`), DOT and GraphML show them as symbols.
    private static func shown(_ sink: any TextSink, format: ExportFormat) -> any TextSink {
        format == .json || format == .aif || format == .webAnnotation ? TransformingSink.jsonEscaping(sink) : TransformingSink.printable(sink)
    }

    /// The export of `maps` (several essays' together when `many`), ending with a line end. JSON
    /// and GraphML go a record at a time, so their size is never held in memory whole.
    static func write(_ maps: [(path: String, map: ArgumentMap)], many: Bool, format: ExportFormat, suggested: Bool = false,
                      to sink: any TextSink) throws {
        switch format {
        case .json:
            let stream = JSONStream(sink)
            if many {
                try stream.array(depth: 0) { _ in
                    for (index, entry) in maps.enumerated() {
                        try stream.raw((index == 0 ? "" : ",\n") + "  ")
                        try ExportDocument.stream(map: entry.map, path: entry.path, depth: 1, to: stream)
                    }
                }
            } else if let map = maps.first?.map {
                try ExportDocument.stream(map: map, to: stream)
            }
            try sink.write("\n")
        case .graphml:
            if many {
                try GraphMLExporter.write(maps.map { (EssayCorpus.fileName($0.path), $0.map) }) { try sink.write($0) }
            } else if let map = maps.first?.map {
                try GraphMLExporter.write(map) { try sink.write($0) }
            }
        case .aif:
            let text = many ? try EssayGroups.json(maps.map { ($0.path, AIFDocument(map: $0.map)) }, many: true)
                : try maps.first.map { try JSONOutput.string(AIFDocument(map: $0.map)) } ?? ""
            try sink.write(text + "\n")
        case .dot:
            let text = many ? try maps.map { "// essay: \($0.path)\n" + (try Self.text($0.map, format: .dot)) }.joined(separator: "\n")
                : try maps.first.map { try Self.text($0.map, format: .dot) } ?? ""
            try sink.write(text.hasSuffix("\n") ? text : text + "\n")
        case .markdown:
            let text = maps.map { MarkdownExporter.export($0.map, suggested: suggested) }.joined(separator: "\n---\n\n")
            try sink.write(text.hasSuffix("\n") ? text : text + "\n")
        case .webAnnotation:
            let text = many ? try JSONOutput.string(maps.map { WebAnnotationDocument(map: $0.map, suggested: suggested) })
                : try maps.first.map { try JSONOutput.string(WebAnnotationDocument(map: $0.map, suggested: suggested)) } ?? ""
            try sink.write(text + "\n")
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
