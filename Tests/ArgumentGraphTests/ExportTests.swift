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
        #expect(edges.allSatisfy { ids.contains($0["fromID"] as? String ?? "") && ids.contains($0["toID"] as? String ?? "") })
        let thesis = nodes.first { $0["text"] as? String == map.claim("thesis")?.text }
        #expect(thesis?["type"] as? String == "I")
    }

    @Test("AIF keeps each claim's id, kind, subject, factors and citations on its I-node")
    func aifKeepsClaims() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(try Exporter.export(map, format: .aif).utf8)) as? [String: Any])
        let nodes = try #require(root["nodes"] as? [[String: Any]])
        let review = try #require(nodes.first { $0["claim"] as? String == "council-limited-review" })
        #expect(review["type"] as? String == "I")
        #expect(review["kind"] as? String == "claim")
        #expect(review["subject"] as? String == "security-council")
        let factors = try #require(review["factors"] as? [[String: Any]])
        #expect(factors.first?["factor"] as? String == "oversight" && factors.first?["stance"] as? String == "partial")
        let citations = try #require(review["citations"] as? [[String: Any]])
        #expect(citations.first?["footnote"] as? String == "28")
        #expect(citations.contains { $0["authority"] is String && $0["title"] is String })
        #expect(nodes.filter { $0["type"] as? String == "I" }.allSatisfy { $0["claim"] is String })
        #expect(nodes.filter { $0["type"] as? String != "I" }.allSatisfy { $0["claim"] == nil })
    }

    @Test("AIF maps a qualification as an exception: a CA-node from the qualifying claim to the inference it limits, never to the claim")
    func aifQualification() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(try Exporter.export(map, format: .aif).utf8)) as? [String: Any])
        let nodes = try #require(root["nodes"] as? [[String: Any]])
        let edges = try #require(root["edges"] as? [[String: Any]])
        func node(_ id: String) -> [String: Any]? { nodes.first { $0["nodeID"] as? String == id } }
        func successors(_ id: String) -> [String] { edges.filter { $0["fromID"] as? String == id }.compactMap { $0["toID"] as? String } }
        func predecessors(_ id: String) -> [String] { edges.filter { $0["toID"] as? String == id }.compactMap { $0["fromID"] as? String } }
        let notGuarantors = try #require(nodes.first { $0["claim"] as? String == "not-guarantors" }?["nodeID"] as? String)
        let thesis = try #require(nodes.first { $0["claim"] as? String == "thesis" }?["nodeID"] as? String)
        // not-guarantors qualifies thesis: its CA-node attacks the RA-nodes that conclude the thesis.
        let exception = try #require(successors(notGuarantors).first)
        #expect(node(exception)?["type"] as? String == "CA")
        #expect(node(exception)?["text"] as? String == "Exception")
        let attacked = successors(exception)
        #expect(!attacked.isEmpty)
        #expect(attacked.allSatisfy { node($0)?["type"] as? String == "RA" && successors($0) == [thesis] })
        let inferencesToThesis = predecessors(thesis).filter { node($0)?["type"] as? String == "RA" }
        #expect(Set(attacked) == Set(inferencesToThesis))
        // No exception points at an I-node here: every qualified claim takes part in an inference.
        let exceptions = nodes.filter { $0["text"] as? String == "Exception" }.compactMap { $0["nodeID"] as? String }
        #expect(exceptions.count == map.claims.flatMap { $0.targets(.qualifies) }.count)
        #expect(exceptions.allSatisfy { successors($0).allSatisfy { node($0)?["type"] as? String == "RA" } })
        // Conflicts still attack claims.
        let conflicts = nodes.filter { $0["text"] as? String == "Default Conflict" }.compactMap { $0["nodeID"] as? String }
        #expect(conflicts.allSatisfy { successors($0).allSatisfy { node($0)?["type"] as? String == "I" } })
    }

    @Test("DOT lays the claims out in essay order: sections one under another, each a cluster, rows in reading order")
    func dotOrder() throws {
        let text = try Exporter.export(map, format: .dot)
        #expect(text.contains("rankdir=TB"))
        // The clusters come in the order of the sections.
        let clusters = text.split(separator: "\n").filter { $0.contains("subgraph cluster_section_") }
        #expect(clusters.map { $0.trimmingCharacters(in: .whitespaces) } == (0..<4).map { "subgraph cluster_section_\($0) {" })
        // Each relation is drawn without moving claims.
        let relations = text.split(separator: "\n").filter { $0.contains("-> ") && !$0.contains("style=invis") }
        #expect(!relations.isEmpty && relations.allSatisfy { $0.contains("constraint=false") })
        // The rows chain the sections: the last row of the introduction leads to the first of section I.
        let introduction = map.claims.filter { $0.section == 0 }.sorted { $0.range.start < $1.range.start }
        let first = map.claims.filter { $0.section == 1 }.min { $0.range.start < $1.range.start }
        let lastRow = introduction[((introduction.count - 1) / DOTExporter.rowLength) * DOTExporter.rowLength]
        #expect(text.contains("\"\(lastRow.id)\" -> \"\(try #require(first).id)\" [style=invis, weight=20];"))
    }

    @Test("DOT renders, with Graphviz, into a picture of readable size whose introduction is above its conclusion")
    func dotPicture() throws {
        guard let dot = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first(where: FileManager.default.isExecutableFile) else {
            return
        }
        let scratch = Scratch()
        let input = scratch.write("map.dot", try Exporter.export(map, format: .dot))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tplain", "-o", scratch.path("map.plain"), input]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // `-Tplain`: "graph SCALE WIDTH HEIGHT", then "node NAME X Y ..." in inches, y upwards.
        let lines = try String(contentsOfFile: scratch.path("map.plain"), encoding: .utf8).split(separator: "\n").map { $0.split(separator: " ") }
        let graph = try #require(lines.first { $0.first == "graph" })
        let width = try #require(Double(graph[2]))
        let height = try #require(Double(graph[3]))
        #expect(width <= 22, "\(width) in wide")
        var y: [String: Double] = [:]
        for line in lines where line.first == "node" && line.count > 3 { y[String(line[1]).trimmingCharacters(in: CharacterSet(charactersIn: "\""))] = Double(line[3]) }
        let sectionTops = (0..<4).map { section in map.claims.filter { $0.section == section }.compactMap { y[$0.id] }.max() ?? 0 }
        #expect(sectionTops == sectionTops.sorted(by: >), "sections from top to bottom: \(sectionTops), height \(height)")
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
