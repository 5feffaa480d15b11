import Foundation

/// Writes an argument map in any `ExportFormat`.
public enum Exporter {
    /// The text of `map` in `format`; JSON formats use sorted keys and two-space indentation.
    public static func export(_ map: ArgumentMap, format: ExportFormat) throws -> String {
        switch format {
        case .json: try json(ExportDocument(map: map))
        case .aif: try json(AIFDocument(map: map))
        case .dot: DOTExporter.export(map)
        case .graphml: GraphMLExporter.export(map)
        case .markdown: MarkdownExporter.export(map)
        case .webAnnotation: try json(WebAnnotationDocument(map: map))
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
