import EssayKit

/// Writes JSON a value at a time, exactly as `JSONEncoder` with sorted keys, pretty printing and
/// unescaped slashes writes the whole: so a document of a million footnotes is never whole in memory,
/// and its bytes are the same.
///
/// The caller writes an object's keys in sorted order; each value is recorded as a small tree
/// (`JSONNodeEncoder`) and written with the indentation of its depth as it goes, into a buffer
/// handed to the sink a record at a time.
public final class JSONStream {
    private let sink: any TextSink
    private var buffer: [UInt8] = []

    /// A stream into `sink`.
    public init(_ sink: any TextSink) {
        self.sink = sink
        buffer.reserveCapacity(8 * 1024)
    }

    /// Writes raw text.
    public func raw(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        try flush()
    }

    /// Writes `value` encoded, its lines after the first indented by `depth` levels of two spaces
    /// (the first line goes where the writer stands).
    public func value(_ value: some Encodable, depth: Int) throws {
        Self.write(try JSONNodeEncoder.node(of: value), depth: depth, into: &buffer)
        try flush()
    }

    /// Writes `"key" : ` at `depth` for the next entry of an object (after a comma unless `first`).
    public func key(_ key: String, depth: Int, first: Bool) throws {
        if !first { buffer.append(contentsOf: ",\n".utf8) }
        Self.indent(depth, into: &buffer)
        Self.string(key, into: &buffer)
        buffer.append(contentsOf: " : ".utf8)
    }

    /// Writes an array whose elements `elements` writes by calling the given closure once per
    /// element, each element's text at `depth + 1`; the opening bracket goes where the writer stands.
    public func array(depth: Int, _ elements: (_ element: (any Encodable) throws -> Void) throws -> Void) throws {
        buffer.append(contentsOf: "[\n".utf8)
        var first = true
        try elements { element in
            if !first { buffer.append(contentsOf: ",\n".utf8) }
            first = false
            Self.indent(depth + 1, into: &buffer)
            try value(element, depth: depth + 1)
        }
        buffer.append(UInt8(ascii: "\n"))
        Self.indent(depth, into: &buffer)
        buffer.append(UInt8(ascii: "]"))
        try flush()
    }

    /// Hands what is buffered to the sink: a record's text, never part of a character.
    private func flush() throws {
        guard !buffer.isEmpty else { return }
        let text = String(decoding: buffer, as: UTF8.self)
        buffer.removeAll(keepingCapacity: true)
        try sink.write(text)
    }

    // MARK: Writing a tree

    /// Appends `node`'s JSON, its lines after the first indented to `depth`.
    static func write(_ node: JSONNode, depth: Int, into out: inout [UInt8]) {
        switch node.content {
        case .unset: out.append(contentsOf: "{\n\n".utf8); indent(depth, into: &out); out.append(UInt8(ascii: "}"))
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let text): string(text, into: &out)
        case .array(let elements):
            out.append(contentsOf: "[\n".utf8)
            if elements.isEmpty { out.append(UInt8(ascii: "\n")) }
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                indent(depth + 1, into: &out)
                write(element, depth: depth + 1, into: &out)
            }
            if !elements.isEmpty { out.append(UInt8(ascii: "\n")) }
            indent(depth, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(contentsOf: "{\n".utf8)
            if members.isEmpty { out.append(UInt8(ascii: "\n")) }
            for (index, member) in sorted(members).enumerated() {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                indent(depth + 1, into: &out)
                string(member.key, into: &out)
                out.append(contentsOf: " : ".utf8)
                write(member.value, depth: depth + 1, into: &out)
            }
            if !members.isEmpty { out.append(UInt8(ascii: "\n")) }
            indent(depth, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Members in `JSONEncoder`'s sorted order: by their UTF-8 bytes (`Beta` before `alpha`).
    private static func sorted(_ members: [(key: String, value: JSONNode)]) -> [(key: String, value: JSONNode)] {
        var inOrder = true
        for index in members.indices.dropFirst() where !precedes(members[index - 1].key, members[index].key) {
            inOrder = false
            break
        }
        return inOrder ? members : members.sorted { precedes($0.key, $1.key) }
    }

    private static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    static func indent(_ depth: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string: quotes, backslashes and control characters escaped as
    /// `JSONEncoder` escapes them, slashes left alone.
    static func string(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            out.append(contentsOf: text.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                        hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
