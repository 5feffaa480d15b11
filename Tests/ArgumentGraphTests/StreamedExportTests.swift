import ArgumentGraph
import EssayKit
import Foundation
import Testing

/// Large exports go out a record at a time, byte for byte what encoding the whole document gives,
/// and in time linear in the graph.
@Suite("Exports, streamed")
struct StreamedExportTests {
    /// Records every piece written, and the largest.
    final class PieceSink: TextSink {
        var text = ""
        var pieces = 0
        var largest = 0

        func write(_ text: String) {
            self.text += text
            pieces += 1
            largest = max(largest, text.utf8.count)
        }
    }

    /// An essay of `count` sentences, each marking its own plain footnote, fifty to a paragraph.
    static func essay(notes count: Int) throws -> Essay {
        var text = "# Many Notes\n\nAda Writer\n\n## I. Introduction\n\n"
        for start in stride(from: 1, through: count, by: 50) {
            text += (start...min(count, start + 49)).map { "Claim number \($0) holds that councils review power.<sup>\($0)</sup>" }
                .joined(separator: " ") + "\n\n"
        }
        text += "---\n\n" + (1...count).map { "\($0). A note on the review of power by councils, number \($0)." }.joined(separator: "\n\n") + "\n"
        return try EssayParser().parse(SourceFile.decode(path: "many.md", data: Array(text.utf8)))
    }

    private static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("the streamed JSON document is byte for byte the encoded one: the bundled essay, and one with empty lists")
    func sameBytes() throws {
        let bare = ArgumentLoader.load(essay: try Self.essay(notes: 120), frameworkPath: Bundled.frameworkPath).map
        for map in [Bundled.map, bare] {
            let sink = PieceSink()
            try ExportDocument.stream(map: map, to: JSONStream(sink))
            #expect(sink.text == (try Self.encoded(ExportDocument(map: map))))
        }
        #expect(bare.claims.isEmpty && bare.subjects.isEmpty)
        // Inside an array of documents, as a folder's export writes them.
        var document = ExportDocument(map: Bundled.map)
        document.essay.path = "x.md"
        let sink = PieceSink()
        let stream = JSONStream(sink)
        try stream.array(depth: 0) { _ in
            try stream.raw("  ")
            try ExportDocument.stream(map: Bundled.map, path: "x.md", depth: 1, to: stream)
        }
        #expect(sink.text == (try Self.encoded([document])))
    }

    /// A value with what JSON writers get wrong: keys out of order and differing in case, every
    /// control character, quotes, backslashes, slashes, emoji, empty and nested containers, nil.
    struct Awkward: Encodable {
        struct Inner: Encodable {
            var stanceCues: [String] = []
            var stance: String?
            var list: [[Int]] = [[], [1, -2]]
        }

        var zeta = "z"
        var Beta = "B"
        var alpha = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\"q\" \\ / é 👩‍👩‍👧 \u{7F}\u{9B}"
        var footnotes = [3, 1]
        var footnoteLabels = ["3", "1"]
        var inner = Inner()
        var inners = [Inner(), Inner(stanceCues: ["a/b"], stance: "met", list: [])]
        var nothing: String?
        var flag = true
        var ratio = 0.25
        var whole = 2.0

        enum CodingKeys: String, CodingKey { case zeta, Beta, alpha, footnotes, footnoteLabels, inner, inners, nothing, flag, ratio, whole }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(zeta, forKey: .zeta)
            try container.encode(Beta, forKey: .Beta)
            try container.encode(alpha, forKey: .alpha)
            try container.encode(footnotes, forKey: .footnotes)
            try container.encode(footnoteLabels, forKey: .footnoteLabels)
            try container.encode(inner, forKey: .inner)
            try container.encode(inners, forKey: .inners)
            try container.encode(nothing, forKey: .nothing)
            try container.encode(flag, forKey: .flag)
            try container.encode(ratio, forKey: .ratio)
            try container.encode(whole, forKey: .whole)
        }
    }

    @Test("a value is written at its depth as it goes, byte for byte what JSONEncoder writes and indents")
    func valueAtDepth() throws {
        let whole = try Self.encoded(Awkward())
        for depth in 0...3 {
            let sink = PieceSink()
            try JSONStream(sink).value(Awkward(), depth: depth)
            let indent = String(repeating: "  ", count: depth)
            let expected = whole.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : indent + $0.element }.joined(separator: "\n")
            #expect(sink.text == expected)
            #expect(sink.pieces == 1)
        }
    }

    @Test("the JSON of 3,000 footnotes arrives a record at a time: no piece near the size of the whole")
    func piecesBounded() throws {
        let map = ArgumentLoader.load(essay: try Self.essay(notes: 3_000), frameworkPath: Bundled.frameworkPath).map
        let sink = PieceSink()
        try ExportDocument.stream(map: map, to: JSONStream(sink))
        #expect(sink.text.utf8.count > 3_000_000)
        #expect(sink.largest < 4_000, "largest piece \(sink.largest) bytes")
        #expect(sink.pieces > 6_000)
    }

    @Test("GraphML goes out a node at a time, the same text as the whole, for 30,000 statements in linear time",
          .timeLimit(.minutes(5)))
    func graphmlLinear() throws {
        let map = ArgumentLoader.load(essay: try Self.essay(notes: 30_000), frameworkPath: Bundled.frameworkPath).map
        #expect(map.statements.count == 30_000)
        var pieces = 0
        var largest = 0
        var text = ""
        GraphMLExporter.write(map) { piece in
            pieces += 1
            largest = max(largest, piece.utf8.count)
            text += piece
        }
        #expect(pieces > 60_000)
        #expect(largest < 4_000)
        #expect(text.contains("<data key=\"text\">Claim number 29999 holds that councils review power.</data>"))
        let small = Bundled.map
        var whole = ""
        GraphMLExporter.write(small) { whole += $0 }
        #expect(whole == GraphMLExporter.export(small))
    }
}
