import Explorer
import Foundation
import Testing

/// Runs the real `legit` binary, as a user would.
enum LegitBinary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var path: String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent().appendingPathComponent("legit").path,
            URL(fileURLWithPath: Bundle.main.bundlePath).deletingLastPathComponent().appendingPathComponent("legit").path,
            URL(fileURLWithPath: Bundle.main.bundlePath).appendingPathComponent("legit").path,
            root.appendingPathComponent(".build/debug/legit").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[3]
    }

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        // Output goes to files, not pipes: with many tests running binaries at once, a read from a
        // pipe can be interrupted by a signal, and Foundation's `readDataToEndOfFile` traps on EINTR.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("legit-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outURL)
        let errors = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.currentDirectoryURL = folder ?? root
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        try errors.close()
        return Result(status: process.terminationStatus, output: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      errors: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static func json(_ arguments: [String]) throws -> Any {
        let result = try run(arguments)
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8))
    }
}

@Suite("The legit command line")
struct CommandLineTests {
    @Test func withoutATerminalLegitPrintsTheOutlineAndSaysHowToExplore() throws {
        let result = try LegitBinary.run([])
        #expect(result.status == 0)
        #expect(result.output.contains("I. THE LEGITIMACY FRAMEWORK"))
        #expect(result.output.contains("CONCLUSION"))
        #expect(result.errors.contains("legit open"))
    }

    @Test func outlineJSON() throws {
        let outline = try #require(try LegitBinary.json(["outline", "--json"]) as? [String: Any])
        let sections = try #require(outline["sections"] as? [[String: Any]])
        #expect(sections.map { $0["title"] as? String } == ["Introduction", "I. THE LEGITIMACY FRAMEWORK", "II. INTERNET GOVERNANCE AND THE LEGITIMACY FRAMEWORK", "CONCLUSION"])
        #expect(outline["footnotes"] as? Int == 60)
    }

    @Test func footnoteFourIsCaronAt553() throws {
        let result = try LegitBinary.run(["footnote", "4"])
        #expect(result.status == 0)
        #expect(result.output.contains("The Legitimacy of the Collective Authority of the Security Council"))
        #expect(result.output.contains("at 553"))
    }

    @Test func footnoteFortyThreeIsMalcolmAtXxvii() throws {
        let result = try LegitBinary.run(["footnote", "43"])
        #expect(result.output.contains("MULTI-STAKEHOLDER GOVERNANCE AND THE INTERNET GOVERNANCE FORUM") || result.output.contains("Multi-Stakeholder Governance"))
        #expect(result.output.contains("at xxvii"))
    }

    @Test func footnoteJSONHasTheDocumentedFields() throws {
        let notes = try #require(try LegitBinary.json(["footnote", "4", "--json"]) as? [[String: Any]])
        let note = try #require(notes.first)
        #expect(note["number"] as? Int == 4)
        #expect(note["text"] as? String == "Id.")
        let citation = try #require((note["citations"] as? [[String: Any]])?.first)
        #expect(citation["form"] as? String == "id")
        #expect(citation["pinpoint"] as? String == "553")
        #expect(citation.keys.contains("signal"))
        let authority = try #require(citation["authority"] as? [String: Any])
        for key in ["id", "kind", "authors", "title", "year", "url"] { #expect(authority.keys.contains(key), "authority lacks \(key)") }
        let all = try #require(try LegitBinary.json(["footnote", "--json"]) as? [[String: Any]])
        #expect(all.count == 61)
        #expect(all.first?["number"] as? Int == 0)
    }

    @Test func authoritiesJSON() throws {
        let works = try #require(try LegitBinary.json(["authorities", "--json"]) as? [[String: Any]])
        #expect(works.count == 30)
        for key in ["id", "kind", "authors", "title", "year", "container", "url", "footnotes"] {
            #expect(works.first?.keys.contains(key) == true, "authority lacks \(key)")
        }
        let malcolm = works.first { ($0["authors"] as? [String])?.contains { $0.uppercased().contains("MALCOLM") } == true }
        #expect(malcolm?["footnotes"] as? [Int] == [33, 40, 43])
    }

    @Test func dumpJSON() throws {
        let dump = try #require(try LegitBinary.json(["dump", "--json"]) as? [String: Any])
        #expect(dump["author"] as? String == "David Kaye")
        #expect(dump["doi"] as? String == "https://doi.org/10.15779/Z38M902363")
        let sections = try #require(dump["sections"] as? [[String: Any]])
        let block = try #require((sections.first?["blocks"] as? [[String: Any]])?.first)
        for key in ["kind", "text", "items", "sentences", "range"] { #expect(block.keys.contains(key)) }
    }

    @Test func checkIsCleanOnTheBundledEssay() throws {
        let result = try LegitBinary.run(["check"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("0 errors"))
    }

    @Test func checkFailsWithLocatedErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("bad.md")
        try "# T\n\nText.<sup>1</sup> More.<sup>2</sup>\n\n---\n\n1. *Id.*\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try LegitBinary.run(["check", file.path])
        #expect(result.status == 1)
        #expect(result.output.contains("bad.md:3:24: error: footnote 2 is marked here but never defined"))
        #expect(result.output.contains("bad.md:7:"))
    }

    @Test func footnoteShowsWhyACitationIsUnresolvedAsCheckDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-unresolved-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("short.md")
        let essay = "# T\n\nText.<sup>1</sup> More.<sup>2</sup>\n\n---\n\n1. *Id.* at 4.\n2. Quill, *supra* note 1, at 9.\n"
        try essay.write(to: file, atomically: true, encoding: .utf8)
        let check = try LegitBinary.run(["check", file.path])
        let first = try LegitBinary.run(["footnote", "1", file.path])
        #expect(first.status == 0)
        #expect(first.output.contains("→ unresolved: *Id.* has no earlier citation to refer to"), "\(first.output)")
        #expect(check.output.contains("*Id.* has no earlier citation to refer to"))
        #expect(first.output.contains("      Id. at 4"), "the citation's text follows its reason: \(first.output)")
        let second = try LegitBinary.run(["footnote", "2", file.path])
        let reason = try #require(second.output.split(separator: "\n").first { $0.contains("→ unresolved: ") })
        let message = String(reason.split(separator: "→ unresolved: ").last ?? "")
        #expect(!message.isEmpty && check.output.contains(message), "footnote's reason is check's: \(second.output)\n\(check.output)")
        #expect(second.output.contains("      Quill, supra note 1, at 9"))
    }

    @Test func footnoteSaysWhenItReadsNoCitation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-nocite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("prose.md")
        let essay = "# T\n\nText.<sup>1</sup> More.<sup>2</sup>\n\n---\n\n1. This point is taken up again below.\n2. Jane Roe, A Book 12 (2001).\n"
        try essay.write(to: file, atomically: true, encoding: .utf8)
        let prose = try LegitBinary.run(["footnote", "1", file.path])
        #expect(prose.status == 0)
        #expect(prose.output.contains("No citation read: the whole note is taken as the author's words"), "\(prose.output)")
        let cited = try LegitBinary.run(["footnote", "2", file.path])
        #expect(!cited.output.contains("No citation read"), "\(cited.output)")
        #expect(cited.output.contains("[full]"), "\(cited.output)")
    }

    @Test func badPathsAreOneLineErrors() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("legit-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        for arguments in [["outline", "/nonexistent/x.md"], ["footnote", "1", empty.path], ["dump", "/bin/sh"]] {
            let result = try LegitBinary.run(arguments)
            #expect(result.status != 0)
            #expect(result.errors.split(separator: "\n").count == 1, "\(arguments): \(result.errors)")
            #expect(result.errors.contains(arguments.last ?? ""))
        }
        let missing = try LegitBinary.run(["footnote", "99"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("there is no footnote 99"))
    }

    @Test func theREADMEKeyTableIsTheKeymap() throws {
        let readme = try String(contentsOf: LegitBinary.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(Keymap.standard.markdownTable), "run `swift run legit keys` and paste its table into the README")
        #expect(readme.contains(Keymap.standard.libraryMarkdownTable), "run `swift run legit keys --library` and paste its table into the README")
    }
}
