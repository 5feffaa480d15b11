import ArgumentGraph
import EssayKit
import Foundation
import Testing

@Suite("Frameworks load from YAML")
struct FrameworkTests {
    @Test("Caron's framework: four factors with words, footnote and cues")
    func caron() throws {
        let (framework, diagnostics) = FrameworkLoader.load(path: Bundled.frameworkPath)
        #expect(diagnostics.isEmpty)
        let caron = try #require(framework)
        #expect(caron.id == "caron-1993")
        #expect(caron.factors.map(\.id) == ["independence", "accountability", "oversight", "participation"])
        #expect(caron.stances.map(\.stance) == [.states, .met, .partial, .unmet])
        #expect(caron.name(of: .partial) == "partly met")
        let oversight = try #require(caron.factor("oversight"))
        #expect(oversight.badge == "O")
        #expect(oversight.footnote == "23")
        #expect(oversight.cues.contains("transparency"))
        #expect(oversight.words?.contains("reviews the institution’s decisions") == true)
        #expect(oversight.position.line > 1)
    }

    @Test("Franck's framework loads the same way, nothing about Caron built in")
    func franck() throws {
        let url = try #require(Bundle.module.url(forResource: "franck-1990", withExtension: "yaml", subdirectory: "Fixtures"))
        let (framework, diagnostics) = FrameworkLoader.load(path: url.path)
        #expect(diagnostics.isEmpty)
        let franck = try #require(framework)
        #expect(franck.id == "franck-1990")
        #expect(franck.factors.map(\.id) == ["determinacy", "symbolic-validation", "coherence", "adherence"])
        #expect(franck.factor("coherence")?.footnote == nil)
    }

    @Test("an essay read with Franck's framework suggests Franck's factors")
    func franckLens() throws {
        let url = try #require(Bundle.module.url(forResource: "franck-1990", withExtension: "yaml", subdirectory: "Fixtures"))
        let result = ArgumentLoader.load(essay: Bundled.essay, annotationsPath: nil, frameworkPath: url.path)
        // The bundled annotations assess Caron's factors, so every one is unknown to Franck's.
        #expect(result.errors.allSatisfy { $0.message.contains("unknown factor") })
        let suggested = Set(result.map.statements.flatMap(\.factors).map(\.factor))
        #expect(suggested.isSubset(of: ["determinacy", "symbolic-validation", "coherence", "adherence"]))
        #expect(!suggested.isEmpty)
    }

    @Test("a missing framework file is an error naming the file")
    func missing() {
        let (framework, diagnostics) = FrameworkLoader.load(path: "/nonexistent/frameworks/x.yaml")
        #expect(framework == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.description == "/nonexistent/frameworks/x.yaml:1:1: error: cannot read the framework file: no such file")
    }

    @Test("an empty framework file is an error")
    func empty() {
        let scratch = Scratch()
        let path = scratch.write("empty.yaml", "# nothing yet\n\n")
        let (framework, diagnostics) = FrameworkLoader.load(path: path)
        #expect(framework == nil)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message.contains("empty") == true)
    }

    @Test("a YAML syntax error in a framework names file:line:col")
    func syntax() {
        let (framework, diagnostics) = FrameworkLoader.load(yaml: "id: x\nfactors:\n  - id: a\n    name: [unclosed\n", path: "f.yaml")
        #expect(framework == nil)
        let error = diagnostics.first
        #expect(error?.file == "f.yaml")
        #expect(error?.message.hasPrefix("YAML syntax error") == true)
        #expect(error?.range.start.line == 5)
    }

    @Test("duplicate factor ids, unknown stances and a missing factor list are located")
    func badShape() {
        let yaml = """
            id: x
            stances:
              - { id: met }
              - { id: maybe }
            factors:
              - id: a
                cues: [one]
              - id: a
            """
        let (framework, diagnostics) = FrameworkLoader.load(yaml: yaml, path: "f.yaml")
        #expect(framework?.factors.map(\.id) == ["a"])
        #expect(diagnostics.map(\.place) == ["4:11", "8:9"])
        #expect(diagnostics[0].message.contains("unknown stance 'maybe'"))
        #expect(diagnostics[1].message.contains("duplicate factor id 'a' (first declared on line 6)"))
        let (none, problems) = FrameworkLoader.load(yaml: "id: x\nname: y\n", path: "f.yaml")
        #expect(none == nil)
        #expect(problems.first?.message == "the framework has no 'factors'")
    }
}
