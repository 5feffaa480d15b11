import ArgumentGraph
import EssayKit
import Foundation
import Testing

/// Each kind of bad input, as a small annotation file beside the bundled essay's name, must give
/// one clear diagnostic at the right file:line:col, and never crash.
@Suite("Bad annotations give located diagnostics")
struct AnnotationDiagnosticsTests {
    static let header = """
        essay: kaye-2019-legitimacy.md
        subjects:
          - id: security-council
            name: UN Security Council
        claims:

        """

    @Test("a YAML syntax error maps Yams' mark to file:line:col")
    func syntaxError() {
        let fixture = AnnotationFixture()
        let result = fixture.load("essay: kaye-2019-legitimacy.md\nclaims:\n  - id: a\n    kind: claim\n   quote: x\n")
        #expect(result.errors.count == 1)
        let error = result.errors[0]
        #expect(error.file == fixture.annotationsPath)
        #expect(error.place == "5:4")
        #expect(error.message.contains("YAML syntax error"))
        #expect(result.map.claims.isEmpty)
    }

    @Test("an unterminated quoted string is located where the stream ends")
    func unterminated() {
        let result = AnnotationFixture().load("essay: kaye-2019-legitimacy.md\nclaims:\n  - id: a\n    quote: \"open\n")
        #expect(result.errors.map(\.place) == ["5:1"])
        #expect(result.errors.first?.message.contains("while scanning a quoted scalar at 4:12") == true)
    }

    @Test("an unknown factor points at the factor's value")
    func unknownFactor() {
        let result = AnnotationFixture().load(Self.header + """
              - id: limited-review
                kind: claim
                quote: "Oversight exists in the form of the International Court of Justice"
                factors:
                  - { factor: oversite, stance: partial }
            """)
        #expect(result.errors.map(\.place) == ["10:19"])
        #expect(result.errors.first?.message.contains("unknown factor 'oversite'") == true)
        #expect(result.errors.first?.message.contains("did you mean 'oversight'?") == true)
        #expect(result.map.claim("limited-review")?.factors.allSatisfy { $0.source == .suggested } == true)
    }

    @Test("an unknown stance points at the stance")
    func unknownStance() {
        let result = AnnotationFixture().load(Self.header + """
              - id: limited-review
                kind: claim
                quote: "Oversight exists in the form of the International Court of Justice"
                factors:
                  - factor: oversight
                    stance: partly
            """)
        #expect(result.errors.map(\.place) == ["11:17"])
        #expect(result.errors.first?.message.contains("unknown stance 'partly'") == true)
    }

    @Test("an unknown kind points at the kind; the claim stays, as a plain claim")
    func unknownKind() {
        let result = AnnotationFixture().load(Self.header + """
              - id: limited-review
                kind: assertion
                quote: "Oversight exists in the form of the International Court of Justice"
            """)
        #expect(result.errors.map(\.place) == ["7:11"])
        #expect(result.errors.first?.message.contains("unknown kind 'assertion'") == true)
        #expect(result.map.claim("limited-review")?.kind == .claim)
    }

    @Test("an unknown subject points at the subject")
    func unknownSubject() {
        let result = AnnotationFixture().load(Self.header + """
              - id: limited-review
                kind: claim
                quote: "Oversight exists in the form of the International Court of Justice"
                subject: security-counsel
            """)
        #expect(result.errors.map(\.place) == ["9:14"])
        #expect(result.errors.first?.message.contains("unknown subject 'security-counsel'") == true)
        #expect(result.map.claim("limited-review")?.subject == nil)
    }

    @Test("a duplicate id points at the second, naming the first's line")
    func duplicateID() {
        let result = AnnotationFixture().load(Self.header + """
              - id: limited-review
                kind: claim
                quote: "Oversight exists in the form of the International Court of Justice"
              - id: limited-review
                kind: evidence
                quote: "Administrative and political reviews"
            """)
        #expect(result.errors.map(\.place) == ["9:9"])
        #expect(result.errors.first?.message == "duplicate claim id 'limited-review' (first declared on line 6)")
        #expect(result.map.claims.count == 1)
    }

    @Test("a relation to an id that does not exist points at the id")
    func danglingRelation() {
        let result = AnnotationFixture().load(Self.header + """
              - id: limited-review
                kind: claim
                quote: "Oversight exists in the form of the International Court of Justice"
                supports: [council-prescriptoin]
            """)
        #expect(result.errors.map(\.place) == ["9:16"])
        #expect(result.errors.first?.message.contains("'council-prescriptoin', which is not a claim id") == true)
        #expect(result.map.claim("limited-review")?.relations.isEmpty == true)
    }

    @Test("a quote that anchors nowhere names the nearest passage")
    func quoteNowhere() {
        let result = AnnotationFixture().load(Self.header + """
              - id: limited-review
                kind: claim
                quote: "Oversight exists as the International Court of Justice, a limited judicial review."
            """)
        #expect(result.errors.map(\.place) == ["8:12"])
        let message = result.errors.first?.message ?? ""
        #expect(message.contains("anchors nowhere"))
        #expect(message.contains("nearest passage at"))
        #expect(message.contains("“Oversight exists in the form of the International Court of Justice"))
    }

    @Test("a quote whose words match but whose quotation marks differ anchors where it meant, with a note; past the budget, an error says so")
    func quoteStraightApostrophe() {
        let result = AnnotationFixture().load(Self.header + """
              - id: thesis
                kind: thesis
                quote: "the four that Caron's framework identifies as legitimacy-promoters"
            """)
        #expect(result.errors.isEmpty)
        #expect(result.diagnostics.contains { $0.severity == .note && $0.message.contains("'thesis' moved") && $0.message.contains("100% of its words") })
        #expect(result.map.claim("thesis")?.text == "the four that Caron’s framework identifies as legitimacy-promoters")
        // Without re-anchoring (as the editor checks a quote a reader types), the hint says what differs.
        let outcome = QuoteAnchorer(essay: Bundled.essay).anchor([TextQuote(exact: "the four that Caron's framework identifies as legitimacy-promoters")])[0]
        guard case .notFound(let nearest?, _) = outcome else {
            Issue.record("the quote anchored")
            return
        }
        #expect(nearest.sameWords)
    }

    @Test("a quote that anchors twice lists the places; a prefix picks one")
    func quoteTwice() {
        let fixture = AnnotationFixture()
        let twice = fixture.load(Self.header + """
              - id: council
                kind: claim
                quote: "the Security Council must change"
              - id: veto
                kind: claim
                quote: "veto"
            """)
        #expect(twice.errors.map(\.place) == ["11:12"])
        #expect(twice.errors.first?.message.contains("anchors 2 times") == true)
        #expect(twice.errors.first?.message.contains("add a prefix or suffix") == true)
        let once = fixture.load(Self.header + """
              - id: veto
                kind: claim
                quote:
                  exact: "veto"
                  prefix: "the persistence of a "
                  suffix: " that vests"
            """)
        #expect(once.errors.isEmpty)
        let claim = once.map.claim("veto")
        #expect(claim?.text == "veto")
        #expect(claim?.quote.prefix == "the persistence of a ")
    }

    @Test("a framework the annotations name but which is missing is an error at the framework entry")
    func missingFramework() {
        let result = AnnotationFixture().load("essay: kaye-2019-legitimacy.md\nframework: frameworks/nope.yaml\nclaims: []\n", frameworkPath: nil)
        #expect(result.errors.map(\.place) == ["2:12"])
        #expect(result.errors.first?.message.contains("'frameworks/nope.yaml' does not exist") == true)
        #expect(result.map.framework == nil)
    }

    @Test("an empty framework file is an error, and the graph has no factors")
    func emptyFramework() {
        let fixture = AnnotationFixture()
        let framework = fixture.scratch.write("frameworks/empty.yaml", "")
        let result = fixture.load("essay: kaye-2019-legitimacy.md\nframework: frameworks/empty.yaml\nclaims: []\n", frameworkPath: nil)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.file == framework)
        #expect(result.errors.first?.message.contains("empty") == true)
        #expect(result.map.framework == nil)
    }

    @Test("an annotation file for another essay is an error at its essay entry")
    func otherEssay() {
        let result = AnnotationFixture().load("essay: franck-1990-power.md\ntitle: The Power of Legitimacy\nclaims: []\n")
        #expect(result.errors.map(\.place) == ["1:8"])
        #expect(result.errors.first?.message.contains("for another essay ('franck-1990-power.md')") == true)
    }

    @Test("shapes that are not what the file needs are errors, never crashes")
    func wrongShapes() {
        let fixture = AnnotationFixture()
        #expect(fixture.load("- just\n- a list\n").errors.first?.message.contains("must be a mapping") == true)
        #expect(fixture.load("").errors.first?.message.contains("must be a mapping") == true)
        let claims = fixture.load("essay: kaye-2019-legitimacy.md\nclaims:\n  - plain string\n  - id: x\n    kind: claim\n")
        #expect(claims.errors.map(\.place) == ["3:5", "4:5"])
        #expect(claims.errors.last?.message == "claim 'x' has no 'quote' to anchor it in the essay")
        let quote = fixture.load("essay: kaye-2019-legitimacy.md\nclaims:\n  - id: x\n    kind: claim\n    quote: [a, b]\n")
        #expect(quote.errors.first?.message.contains("must be a string or {exact, prefix, suffix}") == true)
        let unknownKey = fixture.load("essay: kaye-2019-legitimacy.md\nclaims:\n  - id: x\n    kind: claim\n    quote: veto of outcomes\n    colour: red\n")
        #expect(unknownKey.errors.isEmpty)
        #expect(unknownKey.diagnostics.contains { $0.severity == .warning && $0.place == "6:5" && $0.message.contains("unknown key 'colour'") })
    }

    @Test("a missing annotation file given explicitly is an error")
    func missingAnnotations() {
        let result = ArgumentLoader.load(essay: Bundled.essay, annotationsPath: "/nonexistent/x.claims.yaml", frameworkPath: Bundled.frameworkPath)
        #expect(result.errors.map(\.description) == ["/nonexistent/x.claims.yaml:1:1: error: cannot read the annotation file: no such file"])
    }

    @Test("the check hook returns the same diagnostics, and none for the bundled essay")
    func checkHook() {
        #expect(ArgumentLoader.check(essay: Bundled.essay).filter { $0.severity >= .warning }.isEmpty)
        let fixture = AnnotationFixture()
        fixture.scratch.write("kaye-2019-legitimacy.claims.yaml", "essay: kaye-2019-legitimacy.md\nclaims:\n  - id: a\n    kind: nonsense\n    quote: veto of outcomes\n")
        let diagnostics = ArgumentLoader.check(essay: Bundled.essay, annotationsPath: fixture.annotationsPath, frameworkPath: Bundled.frameworkPath)
        #expect(diagnostics.map(\.place) == ["4:11"])
    }
}
