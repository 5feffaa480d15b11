import ArgumentGraph
import EssayKit
import Testing

@Suite("Anchoring the bundled annotations")
struct AnchoringTests {
    @Test("every claim anchors exactly once, with no errors or warnings")
    func bundledAnnotationsAnchor() {
        let result = Bundled.loaded
        let problems = result.diagnostics.filter { $0.severity >= .warning }
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        #expect(result.map.claims.count == 75)
        #expect(result.map.framework?.id == "caron-1993")
        #expect(result.frameworkPath?.hasSuffix("Corpus/frameworks/caron-1993.yaml") == true)
    }

    @Test("anchoring all quotes in one pass finds exactly what one search per quote finds")
    func batchMatchesSingle() throws {
        let file = try #require(AnnotationLoader.load(path: Bundled.annotationsPath).file)
        let text = EssayText(essay: Bundled.essay)
        let needles = file.claims.map(\.quote.exact) + ["the Security Council", "veto", "Council", "of the", "ab", "zzzzzzzzzz", "legitimacy"]
        let batch = text.occurrences(of: needles)
        for (needle, hits) in zip(needles, batch) {
            let single = text.occurrences(of: needle)
            #expect(hits.map(\.unit) == single.map(\.unit), "\(needle)")
            #expect(hits.map(\.offset) == single.map(\.offset), "\(needle)")
        }
        #expect(batch[file.claims.count].count > 5)
    }
}
