import Foundation
import Testing

/// What the command line says, read as a user reads it: true totals, plurals, names rather than
/// ids, ids in any case, and every error after `legit: `.
@Suite("Command-line messages")
struct CommandMessagesTests {
    private static func firstLine(_ arguments: [String]) throws -> String {
        let result = try LegitBinary.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.errors)")
        return result.output.split(separator: "\n").first.map(String.init) ?? ""
    }

    @Test("search says how many hits there are in all, not only how many it shows")
    func searchTotals() throws {
        #expect(try Self.firstLine(["search", "multistakeholder", "--limit", "3"]) == "showing 3 of 25 hits for multistakeholder")
        #expect(try Self.firstLine(["search", "veto"]) == "3 hits for veto")
        #expect(try Self.firstLine(["search", "veto", "--kind", "claim"]) == "2 hits for veto")
        #expect(try Self.firstLine(["search", "veto", "--kind", "claim", "--limit", "1"]) == "showing 1 of 2 hits for veto")
        #expect(try Self.firstLine(["search", "zzzqqq"]) == "no hits for zzzqqq")
        let fixture = EssayFolderFixture()
        let folder = try LegitBinary.run(["search", "council", fixture.path, "--limit", "2"])
        #expect(folder.output.hasPrefix("showing 2 of "), "\(folder.output)")
        #expect(folder.output.split(separator: "\n").first?.hasSuffix(" hits for council, in 3 of 3 essays") == true, "\(folder.output)")
    }

    @Test("--limit takes a positive number, and -1 is said to be one it is not")
    func negativeLimit() throws {
        let result = try LegitBinary.run(["search", "veto", "--limit", "-1"])
        #expect(result.status == 1)
        #expect(result.errors == "legit: --limit takes a positive number of hits, not -1\n")
    }

    @Test("counts of one are singular: 1 footnote, 1 authority, note 1, 1 hit, 1 paragraph")
    func plurals() throws {
        let fixture = EssayFolderFixture(count: 0)
        let essay = fixture.write("one.md", "# One Note\n\nThe council acts.<sup>1</sup>\n\n---\n\n1. See Jane Doe, *A Book on Councils* (2001).\n")
        let outline = try LegitBinary.run(["outline", essay]).output
        #expect(outline.contains("1 paragraph, note 1"), "\(outline)")
        #expect(outline.hasSuffix("1 footnote, 1 authority cited\n"), "\(outline)")
        let authorities = try LegitBinary.run(["authorities", essay]).output
        #expect(authorities.hasPrefix("1 authority\n"), "\(authorities)")
        #expect(authorities.contains("  note 1\n"), "\(authorities)")
        #expect(try Self.firstLine(["search", "acts", essay]) == "1 hit for acts")
        let check = try LegitBinary.run(["check", essay]).output
        #expect(check.contains("0 errors, 0 warnings"), "\(check)")
        #expect(try Self.firstLine(["audit"]).hasPrefix("Audit of 75 claims"))
    }

    @Test("footnote 0 prints the author's note once")
    func authorsNoteOnce() throws {
        let output = try LegitBinary.run(["footnote", "0"]).output
        #expect(output.components(separatedBy: "UC Irvine School of Law").count == 2, "\(output)")
    }

    @Test("factor, stance, kind, search kind and export format are read in any case")
    func anyCase() throws {
        #expect(try LegitBinary.run(["claims", "--factor", "Oversight"]).output == LegitBinary.run(["claims", "--factor", "oversight"]).output)
        #expect(try Self.firstLine(["claims", "--stance", "MET", "--kind", "Claim"]) == "5 claims with stance met, kind claim")
        #expect(try Self.firstLine(["claims", "--subject", "Security-Council", "--kind", "counterclaim"]).hasSuffix("with subject security-council, kind counterclaim"))
        #expect(try Self.firstLine(["search", "veto", "--kind", "CLAIM"]) == "2 hits for veto")
        #expect(try Self.firstLine(["export", "--format", "DOT"]) == "digraph argument {")
    }

    @Test("the count of a factor's claims says how many more are only suggested, with and without --suggested")
    func suggestedCount() throws {
        #expect(try Self.firstLine(["claims", "--factor", "oversight"])
            == "7 claims with factor oversight; 1 more only suggested by cue words (--suggested lists them)")
        #expect(try Self.firstLine(["claims", "--factor", "oversight", "--suggested"])
            == "8 claims (1 suggested) with factor oversight")
    }

    @Test("every error on standard error starts with legit:, and quotes a long value cut")
    func prefixedErrors() throws {
        let long = String(repeating: "x", count: 100_000)
        let cases: [([String], String)] = [
            (["claim", "nope"], "legit: no claim 'nope'; `legit claims` lists them\n"),
            (["claim", "single-actor"], "legit: no claim 'single-actor'; did you mean no-single-actor?\n"),
            (["claim", long], "legit: no claim '\(String(repeating: "x", count: 60))…' (100000 characters); `legit claims` lists them\n"),
            (["search", "veto", "--kind", "x"], "legit: unknown kind 'x'; use one of claim, statement, footnote, authority\n"),
            (["export", "--format", "pdf"], "legit: unknown format 'pdf'; use one of json, dot, aif, graphml, markdown, web-annotation\n"),
            (["export", "--format", "dot", "--json"], "legit: --json asks for JSON but --format asks for dot; give one of them\n"),
            (["claims", "--factor", "legitimacy"], "legit: unknown factor 'legitimacy'; the framework has independence, accountability, oversight, participation\n"),
        ]
        for (arguments, expected) in cases {
            let result = try LegitBinary.run(arguments)
            #expect(result.status == 1, "\(arguments.prefix(3))")
            #expect(result.errors == expected)
        }
    }

    @Test("listing the footnotes of an essay where none was read says so instead of printing nothing")
    func noFootnotesListed() throws {
        let fixture = EssayFolderFixture(count: 0)
        let path = fixture.write("plain.md", "# A Title\n\nA paragraph with no notes at all.\n")
        let result = try LegitBinary.run(["footnote", path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "no footnotes were read; `legit check` says what was seen\n")
        let json = try LegitBinary.run(["footnote", path, "--json"])
        #expect(json.output.filter { !$0.isWhitespace } == "[]")
    }

    @Test("LEGIT_CORPUS naming nothing says so, rather than advising to run legit without a path")
    func missingCorpusVariable() throws {
        let result = try LegitBinary.run(["outline"], environment: ["LEGIT_CORPUS": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.errors == "legit: LEGIT_CORPUS is '/nonexistent', which does not exist; set it to a folder of essays or an essay file, "
            + "or unset it to read the bundled corpus\n")
    }

    @Test("generate pads the numbers in file names, so a folder lists its essays in order")
    func generatePadding() throws {
        let fixture = EssayFolderFixture(count: 0)
        let result = try LegitBinary.run(["generate", "--bytes", "1500", "--count", "12", "--seed", "1", "--output", fixture.path + "/lib"])
        #expect(result.status == 0, "\(result.errors)")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.path + "/lib").sorted()
        #expect(names == (1...12).map { String(format: "synthetic-%02d.md", $0) })
    }
}

/// Arguments the system passes as bytes that are not UTF-8 (issue 16 item 6).
@Suite("Arguments that are not UTF-8")
struct NotUTF8ArgumentTests {
    /// Runs `script` with `sh -c`, `$0` the legit binary and `$1` a new folder; its standard output and error.
    private static func shell(_ script: String) throws -> (status: Int32, output: String, folder: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-bytes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script + " 2>&1", LegitBinary.path, folder]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output, folder)
    }

    @Test("an essay whose path is not UTF-8 (caf\\xE9.md, in a folder so named) opens, and its annotation file is written beside it")
    func notUTF8Path() throws {
        let essay = "# Cafe Essay\\n\\nAda Writer\\n\\n## I. Intro\\n\\nThe council must answer to someone.<sup>1</sup>\\n\\n---\\n\\n1. A note.\\n"
        let result = try Self.shell("""
            d="$1/$(printf 'dossier\\351')"; mkdir "$d"; e="$d/$(printf 'caf\\351.md')"; printf '\(essay)' > "$e"
            "$0" outline "$e" && "$0" annotate add "$e" --quote 'The council must answer to someone.' --kind claim --id answer \\
              && "$0" claims "$e" && ls "$d" | od -c | head -3 && "$0" outline "$(printf "$1/dossier\\351/nope\\351.md")"
            """)
        defer { try? FileManager.default.removeItem(atPath: result.folder) }
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("Cafe Essay"), "\(result.output)")
        #expect(result.output.contains("The council must answer to someone."), "\(result.output)")
        #expect(result.output.contains("answer"), "\(result.output)")
        // The annotation file's name is the essay's bytes and .claims.yaml: c a f 351 . c l a i m s.
        #expect(result.output.contains("c   a   f 351   .   c   l   a   i   m   s"), "\(result.output)")
        // A path that names nothing is said to, its bytes shown.
        #expect(result.output.contains("dossier\\xE9/nope\\xE9.md: "), "\(result.output)")
        #expect(!result.output.contains("\u{10FFE9}"))
    }
}
