import EssayKit
import Foundation
import Testing

/// A folder of three generated essays for the command-line tests, removed when the value goes away.
final class EssayFolderFixture {
    let folder: URL
    var path: String { folder.path }

    init(count: Int = 3) {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-folder-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for seed in stride(from: 1, through: count, by: 1) { write("synthetic-\(seed).md", SyntheticEssay.ofSize(6_000, seed: UInt64(seed))) }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let url = folder.appendingPathComponent(name)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func file(_ name: String) -> String { folder.appendingPathComponent(name).path }
}

@Suite("Commands on a folder of essays")
struct FolderCommandsTests {
    static func jsonArray(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try LegitBinary.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.errors)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]], "\(arguments)")
    }

    @Test("text reports come one per essay, each under a ==> path <== heading, in file-name order")
    func groupedText() throws {
        let fixture = EssayFolderFixture()
        for command in ["outline", "authorities", "dump", "claims", "scorecard", "audit", "check", "footnote"] {
            let result = try LegitBinary.run([command, fixture.path])
            #expect(result.status == 0, "\(command): \(result.errors)")
            let headings = result.output.split(separator: "\n").filter { $0.hasPrefix("==> ") }.map(String.init)
            #expect(headings == (1...3).map { "==> \(fixture.file("synthetic-\($0).md")) <==" }, "\(command)")
            #expect(result.errors.isEmpty, "\(command): \(result.errors)")
        }
        let check = try LegitBinary.run(["check", fixture.path])
        #expect(check.output.hasSuffix("3 essays: 0 errors, 0 warnings\n"))
    }

    @Test("JSON is one array: each essay's object, or each element of its array, gains an essay field")
    func groupedJSON() throws {
        let fixture = EssayFolderFixture()
        let paths = (1...3).map { fixture.file("synthetic-\($0).md") }
        for (command, keys) in [("outline", ["title", "sections", "footnotes"]), ("dump", ["title", "sections", "authorities"]),
                                ("scorecard", ["rule", "cells"]), ("audit", ["uncitedClaims", "supportCycles"])] {
            let objects = try Self.jsonArray([command, fixture.path, "--json"])
            #expect(objects.map { $0["essay"] as? String } == paths, "\(command)")
            for key in keys { #expect(objects.allSatisfy { $0.keys.contains(key) }, "\(command) lacks \(key)") }
        }
        for command in ["authorities", "footnote", "check"] {
            let records = try Self.jsonArray([command, fixture.path, "--json"])
            #expect(!records.isEmpty, "\(command)")
            let essays = records.compactMap { $0["essay"] as? String }
            #expect(essays.count == records.count && essays == essays.sorted(), "\(command)")
            #expect(Set(essays) == Set(paths) || command == "check", "\(command)")
        }
        let authorities = try Self.jsonArray(["authorities", fixture.path, "--json"])
        #expect(authorities.allSatisfy { $0["id"] != nil && $0["footnotes"] != nil })
        #expect(try Self.jsonArray(["claims", fixture.path, "--json"]).isEmpty, "generated essays have no annotated claims")
    }

    @Test("export: JSON documents carry their path in essay, AIF documents an essay field, GraphML one graph per essay")
    func export() throws {
        let fixture = EssayFolderFixture()
        let documents = try Self.jsonArray(["export", fixture.path, "--format", "json"])
        #expect(documents.count == 3)
        #expect(documents.compactMap { ($0["essay"] as? [String: Any])?["path"] as? String } == (1...3).map { fixture.file("synthetic-\($0).md") })
        #expect(documents.allSatisfy { ($0["essay"] as? [String: Any])?["title"] is String && $0["statements"] is [Any] })
        let aif = try Self.jsonArray(["export", fixture.path, "--format", "aif"])
        #expect(aif.count == 3 && aif.allSatisfy { $0["essay"] is String && $0["nodes"] is [Any] })
        let graphml = try LegitBinary.run(["export", fixture.path, "--format", "graphml"])
        #expect(graphml.output.components(separatedBy: "<graph id=").count == 4)
        #expect(graphml.output.contains("<node id=\"synthetic-2.md/essay\">"))
        let dot = try LegitBinary.run(["export", fixture.path, "--format", "dot"])
        #expect(dot.output.components(separatedBy: "digraph argument {").count == 4)
        #expect(dot.output.hasPrefix("// essay: \(fixture.file("synthetic-1.md"))\n"))
        let out = fixture.folder.appendingPathComponent("maps").path + "/"
        let written = try LegitBinary.run(["export", fixture.path, "--format", "dot", "-o", out])
        #expect(written.status == 0, "\(written.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["synthetic-1.dot", "synthetic-2.dot", "synthetic-3.dot"])
    }

    @Test("footnote N and claim ID need one essay: --essay picks it by name or stem, or the error lists the essays")
    func oneEssay() throws {
        let fixture = EssayFolderFixture()
        let ambiguous = try LegitBinary.run(["footnote", "2", fixture.path])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.errors == "legit: \(fixture.path): error: this folder holds 3 essays; choose one with --essay NAME: "
                + "synthetic-1.md, synthetic-2.md, synthetic-3.md\n")
        let chosen = try LegitBinary.run(["footnote", "2", fixture.path, "--essay", "synthetic-2"])
        #expect(chosen.status == 0, "\(chosen.errors)")
        #expect(chosen.output.hasPrefix("Footnote 2"))
        let byName = try LegitBinary.run(["footnote", "2", fixture.path, "--essay", "synthetic-2.md", "--json"])
        let alone = try LegitBinary.run(["footnote", "2", fixture.file("synthetic-2.md"), "--json"])
        #expect(byName.output == alone.output)
        let unknown = try LegitBinary.run(["footnote", "2", fixture.path, "--essay", "nope"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("no essay 'nope' in this folder; it holds synthetic-1.md, synthetic-2.md, synthetic-3.md"))
        let claim = try LegitBinary.run(["claim", "thesis", fixture.path])
        #expect(claim.status == 1 && claim.errors.contains("choose one with --essay NAME"))
        let outline = try LegitBinary.run(["outline", fixture.path, "--essay", "synthetic-3", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outline.output.utf8)) as? [String: Any])
        #expect(object["essay"] == nil, "one essay prints the single-essay shape")
        #expect((object["title"] as? String)?.hasPrefix("Synthetic Essay 3") == true)
    }

    @Test("search ranks hits across essays and names each hit's essay")
    func search() throws {
        let fixture = EssayFolderFixture()
        let text = try LegitBinary.run(["search", "council", fixture.path, "--limit", "5"])
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.hasPrefix("showing 5 of 43 hits for council, in 3 of 3 essays\n"))
        let lines = text.output.split(separator: "\n").filter { $0.hasPrefix("  1. ") || $0.hasPrefix("  2. ") }
        #expect(lines.count == 2 && lines.allSatisfy { $0.contains("synthetic-") && $0.contains(".md  ") })
        let hits = try Self.jsonArray(["search", "council", fixture.path, "--json", "--limit", "30"])
        #expect(hits.count == 30)
        #expect(Set(hits.compactMap { $0["essay"] as? String }).count == 3)
        let scores = hits.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        for key in ["kind", "id", "text", "matches", "footnotes"] { #expect(hits.allSatisfy { $0.keys.contains(key) }, "hit lacks \(key)") }
        let footnotes = try Self.jsonArray(["search", "council", fixture.path, "--json", "--kind", "footnote"])
        #expect(footnotes.allSatisfy { $0["kind"] as? String == "footnote" })
    }

    @Test("a bad file is a one-line error while the others load; nothing readable is a failure; check fails")
    func badFiles() throws {
        let fixture = EssayFolderFixture()
        fixture.write("broken.md", "")
        fixture.write("notes.txt", "not an essay")
        let outline = try LegitBinary.run(["outline", fixture.path])
        #expect(outline.status == 0)
        #expect(outline.errors == "legit: \(fixture.file("broken.md")):1:1: error: the file is empty; give legit an essay converted to Markdown\n")
        #expect(outline.output.components(separatedBy: "==> ").count == 4)
        let check = try LegitBinary.run(["check", fixture.path])
        #expect(check.status == 1)
        #expect(check.output.hasSuffix("3 essays: 0 errors, 0 warnings; 1 file could not be read\n"))

        let empty = EssayFolderFixture(count: 0)
        empty.write("a.md", "")
        empty.write("b.md", "\u{0}")
        let none = try LegitBinary.run(["outline", empty.path])
        #expect(none.status == 1)
        #expect(none.errors.split(separator: "\n").last == "legit: \(empty.path): error: none of its 2 essays could be read")
        let nothing = EssayFolderFixture(count: 0)
        let noEssays = try LegitBinary.run(["outline", nothing.path])
        #expect(noEssays.status == 1)
        #expect(noEssays.errors.contains("the folder holds no essays"))
    }

    @Test("the bundled Corpus folder, with its one essay, prints exactly what the essay file does")
    func bundledFolderIsTheEssay() throws {
        for command in [["outline", "--json"], ["search", "veto"], ["check"], ["footnote", "4"]] {
            let folder = try LegitBinary.run(command + ["Corpus"])
            let file = try LegitBinary.run(command + ["Corpus/kaye-2019-legitimacy.md"])
            let none = try LegitBinary.run(command)
            #expect(folder.output == file.output && none.output == file.output, "\(command)")
            #expect(folder.status == file.status)
        }
    }
}
