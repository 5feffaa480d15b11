import ArgumentGraph
import EssayKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("Exports")
struct ExportTests {
    let map = Bundled.map

    @Test("JSON carries every annotated claim in the documented shape")
    func json() throws {
        let text = try Exporter.export(map, format: .json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(root.keys).isSuperset(of: ["essay", "sections", "claims", "footnotes", "authorities", "edges", "statements"]))
        let essay = try #require(root["essay"] as? [String: Any])
        #expect((essay["title"] as? String)?.hasPrefix("Legitimacy, Collective Authority") == true)
        #expect(essay["doi"] as? String != nil)
        let claims = try #require(root["claims"] as? [[String: Any]])
        #expect(claims.count == 75)
        #expect(Set(claims.compactMap { $0["id"] as? String }) == Set(map.claims.map(\.id)))
        let review = try #require(claims.first { $0["id"] as? String == "council-limited-review" })
        for key in ["id", "kind", "text", "section", "subject", "factors", "footnotes", "supports", "attacks", "rebuts", "qualifies", "range"] {
            #expect(review[key] != nil, "\(key)")
        }
        #expect(review["footnotes"] as? [Int] == [28])
        let factors = try #require(review["factors"] as? [[String: Any]])
        #expect(factors.first?["factor"] as? String == "oversight")
        #expect(factors.first?["stance"] as? String == "partial")
        #expect(factors.first?["source"] as? String == "annotated")
        let range = try #require(review["range"] as? [String: [String: Int]])
        #expect(range["start"]?["line"] == 95)
        let question = try #require(claims.first { $0["id"] as? String == "central-question" })
        #expect(question["subject"] as? String == "state-driven")
        let plain = try #require(claims.first { $0["id"] as? String == "caron-measured" })
        #expect(plain["subject"] is NSNull)
        let edges = try #require(root["edges"] as? [[String: Any]])
        #expect(edges.contains { $0["from"] as? String == "claim:council-no-political-review" && $0["to"] as? String == "claim:council-limited-review"
            && $0["type"] as? String == "supports" })
        #expect(text.contains("\"source\" : \"suggested\""))
    }

    @Test("DOT has a cluster per section, shapes by kind, styled relations, and renders with Graphviz")
    func dot() throws {
        let text = try Exporter.export(map, format: .dot)
        #expect(text.hasPrefix("digraph argument {"))
        #expect(text.contains("subgraph cluster_section_0 {"))
        #expect(text.contains("subgraph cluster_section_2 {"))
        #expect(text.contains("\"thesis\" [label=\"thesis\\n"))
        #expect(text.contains("shape=doubleoctagon"))
        #expect(text.contains("\"council-no-political-review\" -> \"council-limited-review\" [color=\"#2e7d32\""))
        #expect(text.contains("\"not-all-states\" -> \"thesis\" [color=\"#c62828\", style=dashed"))
        guard let dot = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first(where: FileManager.default.isExecutableFile) else {
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        let complaints = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(complaints)")
        #expect(complaints.isEmpty, "\(complaints)")
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test("GraphML is well-formed XML with keys for kind, text and type")
    func graphml() throws {
        let text = try Exporter.export(map, format: .graphml)
        let collector = GraphMLCollector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(collector.keys.isSuperset(of: ["kind", "text", "type"]))
        #expect(collector.nodes == map.nodes.count)
        #expect(collector.edges == map.edges.count)
        #expect(GraphMLCollector.escapes(text))
    }

    @Test("AIF has I-nodes for claims, RA-nodes for support, CA-nodes for conflict, all edges between them")
    func aif() throws {
        let text = try Exporter.export(map, format: .aif)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let nodes = try #require(root["nodes"] as? [[String: Any]])
        let edges = try #require(root["edges"] as? [[String: Any]])
        #expect(root["locutions"] as? [Any] != nil)
        let types = nodes.compactMap { $0["type"] as? String }
        #expect(types.filter { $0 == "I" }.count == 75)
        let supports = map.claims.flatMap { $0.targets(.supports) }.count
        #expect(types.filter { $0 == "RA" }.count == supports)
        #expect(types.filter { $0 == "CA" }.count == map.claims.flatMap(\.relations).count - supports)
        let ids = Set(nodes.compactMap { $0["nodeID"] as? String })
        #expect(edges.count == 2 * (nodes.count - 75))
        #expect(edges.allSatisfy { ids.contains($0["fromID"] as? String ?? "") && ids.contains($0["toID"] as? String ?? "") })
        let thesis = nodes.first { $0["text"] as? String == map.claim("thesis")?.text }
        #expect(thesis?["type"] as? String == "I")
    }
}

/// Counts what an XMLParser sees in a GraphML file.
final class GraphMLCollector: NSObject, XMLParserDelegate {
    var keys: Set<String> = []
    var nodes = 0
    var edges = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch elementName {
        case "key": if let id = attributes["id"] { keys.insert(id) }
        case "node": nodes += 1
        case "edge": edges += 1
        default: break
        }
    }

    /// Whether no bare ampersand or angle bracket from the essay's text slipped through.
    static func escapes(_ text: String) -> Bool {
        !text.contains("& ") && text.contains("&apos;")
    }
}
