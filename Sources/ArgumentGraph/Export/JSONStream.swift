import EssayKit
import Foundation

/// Writes JSON a value at a time, exactly as `JSONEncoder` with sorted keys, pretty printing and
/// unescaped slashes writes the whole: so a document of a million footnotes is never whole in memory,
/// and its bytes are the same.
///
/// The caller writes an object's keys in sorted order; each value is encoded alone and indented to
/// its depth (JSON strings never hold a raw line break, so indenting line by line is safe).
public struct JSONStream {
    private let sink: any TextSink
    private let encoder: JSONEncoder

    /// A stream into `sink`.
    public init(_ sink: any TextSink) {
        self.sink = sink
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    }

    /// Writes raw text.
    public func raw(_ text: String) throws {
        try sink.write(text)
    }

    /// Writes `value` encoded, its lines after the first indented by `depth` levels of two spaces
    /// (the first line goes where the writer stands).
    public func value(_ value: some Encodable, depth: Int) throws {
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        guard depth > 0, text.contains("\n") else { return try sink.write(text) }
        // Every line after the first moves right, except the empty line an empty array holds.
        let indent = String(repeating: "  ", count: depth)
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += line.isEmpty ? "\n" : "\n" + indent }
            out += line
        }
        try sink.write(out)
    }

    /// Writes `"key" : ` at `depth` for the next entry of an object (after a comma unless `first`).
    public func key(_ key: String, depth: Int, first: Bool) throws {
        try sink.write((first ? "" : ",\n") + String(repeating: "  ", count: depth) + "\"" + key + "\" : ")
    }

    /// Writes an array whose elements `elements` writes by calling the given closure once per
    /// element, each element's text at `depth + 1`; the opening bracket goes where the writer stands.
    public func array(depth: Int, _ elements: (_ element: (any Encodable) throws -> Void) throws -> Void) throws {
        try sink.write("[\n")
        var first = true
        let inner = String(repeating: "  ", count: depth + 1)
        try elements { element in
            try sink.write((first ? "" : ",\n") + inner)
            first = false
            try value(element, depth: depth + 1)
        }
        try sink.write("\n" + String(repeating: "  ", count: depth) + "]")
    }
}
