import ArgumentGraph
import EssayKit
import Foundation
import Testing

/// The annotation cases of issue 5's list of bad input: each ends in located diagnostics, in time
/// linear in the file (anchoring, nearest passages and suggestions no longer grow with the square).
@Suite("A catalogue of bad input: annotations")
struct AnnotationCatalogueTests {
    static let count = 10_000

    /// An essay of `count` sentences, "Claim number N holds that the council must act.", ten to a
    /// paragraph, each with its footnote, read as `many.md`; parsed once for the three tests.
    static let essay: Essay = {
        var text = "# Many Claims\n\n"
        for paragraph in 0..<(count / 10) {
            text += (1...10).map { index in
                let number = paragraph * 10 + index
                return "Claim number \(number) holds that the council must act.<sup>\(number)</sup>"
            }.joined(separator: " ") + "\n\n"
        }
        text += "---\n\n" + (1...count).map { "\($0). Note \($0)." }.joined(separator: "\n\n") + "\n"
        do {
            return try EssayParser().parse(SourceFile.decode(path: "many.md", data: Array(text.utf8)))
        } catch {
            fatalError("the generated essay does not parse: \(error)")
        }
    }()

    /// One claim of the annotation file: seven lines, the first `  - id: ID`.
    static func claim(_ id: String, quote: String, supports: String, attacks: String? = nil) -> String {
        """
          - id: \(id)
            kind: claim
            quote: "\(quote)"
            subject: council
            factors: [{factor: oversight, stance: met}]
            supports: [\(supports)]
            attacks: [\(attacks ?? supports)]

        """
    }

    static let header = "framework: \(Bundled.frameworkPath)\nsubjects:\n  - id: council\n    name: Council\nclaims:\n"

    @Test("an annotation file with 10,000 claims: all anchored, the support cycle through all of them found, each mistake at its line")
    func tenThousandClaims() throws {
        let scratch = Scratch()
        let essay = Self.essay
        var yaml = Self.header
        for number in 1...Self.count {
            yaml += Self.claim("c\(number)", quote: "Claim number \(number) holds that the council must act.",
                               supports: "c\(number % Self.count + 1)", attacks: "c\((number * 7) % Self.count + 1)")
        }
        // Three mistakes after them: a typo in a quote (which re-anchors to the passage it meant,
        // with a note), an id used twice, a relation to no claim.
        yaml += Self.claim("typo", quote: "Claim number 777 hold that the council must act.", supports: "c1")
        yaml += Self.claim("c5000", quote: "Claim number 5000 holds that the council must act.", supports: "c1")
        yaml += Self.claim("stray", quote: "Claim number 42 holds", supports: "c99999")
        let path = scratch.write("many.claims.yaml", yaml)
        let result = ArgumentLoader.load(essay: essay, annotationsPath: path)
        let typoLine = 5 + 7 * Self.count + 1
        #expect(result.diagnostics.map(\.description) == [
            "\(path):\(typoLine + 7):9: error: duplicate claim id 'c5000' (first declared on line \(5 + 7 * 4999 + 1))",
            "\(path):\(typoLine + 19):16: error: claim 'stray' supports 'c99999', which is not a claim id (did you mean 'c9999'?)",
            "\(path):\(typoLine + 20):15: error: claim 'stray' attacks 'c99999', which is not a claim id (did you mean 'c9999'?)",
            "\(path):\(typoLine + 2):12: note: the quote of claim 'typo' moved: it now anchors at "
                + "\(essay.source.path):\(2 * 78 + 1):\(Self.column(ofSentence: 777)) (the nearest passage, 89% of its words in order): "
                + "“Claim number 777 holds that the council must act.”; `legit annotate reanchor` rewrites it",
        ])
        let map = result.map
        #expect(map.claims.count == Self.count + 2)
        #expect(map.claim("stray")?.footnotes == [])
        let cycles = AuditReport(map: map).supportCycles
        #expect(cycles.count == 1)
        #expect(cycles.first?.count == Self.count)
        #expect(Set(cycles.first ?? []) == Set((1...Self.count).map { "c\($0)" }))
        #expect(map.claims.allSatisfy { $0.footnotes.count == ($0.id == "stray" ? 0 : 1) })
        #expect(map.claim("typo")?.text == "Claim number 777 holds that the council must act.")
    }

    @Test("10,000 claims that anchor nowhere: a nearest passage for the first 20, then a plain error for each, never quadratic")
    func tenThousandClaimsAnchoringNowhere() throws {
        let scratch = Scratch()
        let essay = Self.essay
        var yaml = Self.header
        for number in 1...Self.count {
            yaml += Self.claim("c\(number)", quote: "Claim number \(number) holds that the Council need not act.", supports: "c\(number % Self.count + 1)")
        }
        let path = scratch.write("many.claims.yaml", yaml)
        let result = ArgumentLoader.load(essay: essay, annotationsPath: path)
        #expect(result.errors.count == Self.count)
        #expect(result.errors.allSatisfy { $0.message.contains("anchors nowhere in the essay") })
        #expect(result.errors[0].description == "\(path):8:12: error: the quote of claim 'c1' anchors nowhere in the essay; nearest passage at "
            + "\(essay.source.path):3:1: “Claim number 1 holds that the council must act.”")
        #expect(result.errors.prefix(20).allSatisfy { $0.message.contains("nearest passage at") })
        #expect(result.errors[20].description == "\(path):\(5 + 7 * 20 + 3):12: error: the quote of claim 'c21' anchors nowhere in the essay; "
            + "more than 20 quotes anchor nowhere, so no nearest passage was looked for (fix the first ones, or check that the annotations belong to this essay)")
        #expect(result.map.claims.isEmpty)
    }

    @Test("10,000 claims quoting words found everywhere, each pointing at an unknown claim: five places and one suggestion budget")
    func tenThousandAmbiguousClaims() throws {
        let scratch = Scratch()
        let essay = Self.essay
        var yaml = Self.header
        for number in 1...Self.count {
            yaml += Self.claim("c\(number)", quote: "the council must act", supports: "c\(number)x")
        }
        let path = scratch.write("many.claims.yaml", yaml)
        let result = ArgumentLoader.load(essay: essay, annotationsPath: path)
        let ambiguous = result.errors.filter { $0.message.contains("anchors \(Self.count) times") }
        let unknown = result.errors.filter { $0.message.contains("which is not a claim id") }
        #expect(ambiguous.count == Self.count)
        #expect(unknown.count == 2 * Self.count)
        #expect(ambiguous.first?.message == "the quote of claim 'c1' anchors 10000 times in the essay (at "
            + (0..<5).map { "3:\(Self.column(ofSentence: $0 + 1) + 26) “…\($0 + 1) holds that the council must act. Claim number \($0 + 2)…”" }.joined(separator: "; ")
            + "; …); add a prefix or suffix to choose one")
        #expect(unknown.first?.message == "claim 'c1' supports 'c1x', which is not a claim id (did you mean 'c1'?)")
        #expect(unknown.filter { $0.message.hasSuffix("?)") }.count == AnnotationValidator.suggestionLimit)
        #expect(unknown.last?.message == "claim 'c10000' attacks 'c10000x', which is not a claim id")
    }

    @Test("an annotation or framework file that is not UTF-8: the line and column of the bad byte, and what to do")
    func annotationsNotUTF8() throws {
        let scratch = Scratch()
        let path = scratch.path("latin.claims.yaml")
        // "résumé" saved as Latin-1 in a quote.
        let bytes = Array("claims:\n  - id: a\n    kind: claim\n    quote: \"a r".utf8) + [0xE9] + Array("sum\"\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(AnnotationLoader.load(path: path).diagnostics.map(\.description) == [
            "\(path):4:16: error: cannot read the annotation file: the file is not valid UTF-8 (byte 0xE9 at offset 49); "
                + "convert it to UTF-8, for example with iconv -f WINDOWS-1252 -t UTF-8, or fix the text at that place",
        ])
        let framework = scratch.path("binary.yaml")
        #expect(FileManager.default.createFile(atPath: framework, contents: Data([0x69, 0x64, 0x3A, 0x00, 0x01])))
        #expect(FrameworkLoader.load(path: framework).diagnostics.map(\.description) == [
            "\(framework):1:4: error: cannot read the framework file: the file looks like binary data, not text (a NUL byte at offset 3); "
                + "check that this is the file you meant: legit reads UTF-8 text, such as an essay converted to Markdown",
        ])
    }

    /// The column at which sentence `number` starts on its paragraph's line.
    static func column(ofSentence number: Int) -> Int {
        let before = ((number - 1) / 10) * 10 + 1
        return (before..<number).reduce(1) { column, previous in
            column + "Claim number \(previous) holds that the council must act.<sup>\(previous)</sup> ".count
        }
    }
}
