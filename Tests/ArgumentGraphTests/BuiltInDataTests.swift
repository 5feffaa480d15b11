@testable import ArgumentGraph
import EssayKit
import Foundation
import Testing

/// The data compiled into legit is the data in the repository, byte for byte.
@Suite("Built-in data")
struct BuiltInDataTests {
    @Test("the compiled framework and cues are the files' bytes (run scripts/embed-data.sh after editing them)")
    func embeddedIsCurrent() throws {
        let framework = try String(contentsOfFile: Bundled.frameworkPath, encoding: .utf8)
        let cues = try String(contentsOfFile: Bundled.root.appendingPathComponent("Data/argument-cues.yaml").path, encoding: .utf8)
        #expect(EmbeddedData.caronFramework == framework)
        #expect(EmbeddedData.argumentCues == cues)
    }

    @Test("the built-in framework is Caron's, as the bundled file reads")
    func builtInFramework() {
        let (file, diagnostics) = FrameworkLoader.load(path: Bundled.frameworkPath)
        #expect(diagnostics.isEmpty)
        let builtIn = BuiltInFramework.caron
        #expect(builtIn.isBuiltIn)
        #expect(builtIn.factors.map(\.id) == ["independence", "accountability", "oversight", "participation"])
        #expect(builtIn.factors == file?.factors)
        #expect(builtIn.stances == file?.stances)
        #expect(BuiltInFramework.standing(for: "frameworks/caron-1993.yaml")?.id == "caron-1993")
        #expect(BuiltInFramework.standing(for: "franck-1990.yaml") == nil)
    }

    @Test("annotations naming a missing caron-1993.yaml get the built-in one with a warning; another missing name is an error")
    func namedButMissing() {
        let fixture = AnnotationFixture()
        let claim = "  - id: c\n    kind: claim\n    quote: \"In the internet governance context, all four appear to be present.\"\n"
        let builtIn = fixture.load("framework: frameworks/caron-1993.yaml\nclaims:\n" + claim, frameworkPath: nil)
        #expect(builtIn.map.framework?.isBuiltIn == true)
        #expect(builtIn.errors.isEmpty)
        #expect(builtIn.diagnostics.contains { $0.severity == .warning && $0.message.contains("using the built-in caron-1993") })
        let other = fixture.load("framework: frameworks/franck-1990.yaml\nclaims:\n" + claim, frameworkPath: nil)
        #expect(other.map.framework == nil)
        #expect(other.errors.map(\.message).contains { $0.contains("does not exist") })
    }
}
