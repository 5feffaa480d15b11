@testable import ArgumentGraph
import EssayKit
import Foundation
import Testing

/// The bundled essay with some of its text changed, as a reconversion or a correction changes it.
private func changedEssay(_ changes: [(String, String)], in scratch: Scratch) throws -> Essay {
    var text = try String(contentsOfFile: Bundled.essayPath, encoding: .utf8)
    for (old, new) in changes {
        #expect(text.contains(old), "the essay no longer holds “\(old)”")
        text = text.replacingOccurrences(of: old, with: new)
    }
    return try EssayParser().parse(contentsOf: scratch.write("kaye-2019-legitimacy.md", text))
}

@Suite("Re-anchoring quotes when the essay's text changes")
struct ReanchoringTests {
    static let notIndependent = "His analysis suggests that the Council cannot be said to be independent given that its members are also those governed."

    @Test("a changed word or quotation mark: the quote moved to its nearest passage, a note; a removed sentence: an error with the nearest passage")
    func nearestPassage() throws {
        let scratch = Scratch()
        let essay = try changedEssay([
            (Self.notIndependent, "His analysis suggests that the Council cannot be called independent, given that its members are also those governed."),
            ("Caron's evaluation of perceptions", "Caron’s evaluation of perceptions"),
            ("They are not, however, guarantors of legitimacy.", ""),
        ], in: scratch)
        let result = ArgumentLoader.load(essay: essay, annotationsPath: Bundled.annotationsPath, frameworkPath: Bundled.frameworkPath)
        let notes = result.diagnostics.filter { $0.severity == .note }.map(\.message)
        #expect(notes.contains { $0.hasPrefix("the quote of claim 'council-not-independent' moved: it now anchors at") && $0.contains("85% of its words in order") })
        #expect(notes.contains { $0.hasPrefix("the quote of claim 'framework-beyond-council' moved") && $0.contains("100% of its words") })
        #expect(result.errors.map(\.message) == result.errors.map(\.message).filter { $0.contains("'not-guarantors' anchors nowhere in the essay; nearest passage") })
        #expect(result.errors.count == 1)
        // The moved claims are in the graph, with the text as it is now.
        #expect(result.map.claim("council-not-independent")?.text.contains("cannot be called independent,") == true)
        #expect(result.map.claim("not-guarantors") == nil)
    }

    @Test("a quote with a prefix and suffix: found by them when its own words changed, or when its context did")
    func context() throws {
        let scratch = Scratch()
        let essay = try changedEssay([("no single actor can dominate", "no one actor can dominate")], in: scratch)
        let yaml = """
            claims:
              - id: by-context
                kind: claim
                quote:
                  exact: "no single actor can dominate"
                  prefix: "with its multiple actors, "
                  suffix: "—either in the making"
              - id: same-words-new-context
                kind: claim
                quote:
                  exact: "the Security Council"
                  prefix: "in the context of "
                  suffix: ", does it"
            """
        let essay2 = try changedEssay([("in the context of the Security Council, does it", "in the setting of the Security Council, does it")],
                                      in: Scratch())
        let path = scratch.write("a.claims.yaml", yaml)
        let first = ArgumentLoader.load(essay: essay, annotationsPath: path, frameworkPath: Bundled.frameworkPath)
        #expect(first.map.claim("by-context")?.text == "no one actor can dominate")
        #expect(first.diagnostics.contains { $0.message.contains("'by-context' moved") && $0.message.contains("found by its prefix and suffix") })
        let second = ArgumentLoader.load(essay: essay2, annotationsPath: path, frameworkPath: Bundled.frameworkPath)
        let moved = try #require(second.map.claim("same-words-new-context"))
        #expect(moved.text == "the Security Council")
        #expect(moved.quote.suffix != nil || moved.quote.prefix != nil)
        #expect(second.errors.isEmpty)
    }

    @Test("the editor rewrites a moved quote in place: only its line changes, and it then anchors exactly")
    func rewrite() throws {
        let scratch = Scratch()
        let essay = try changedEssay([
            (Self.notIndependent, "His analysis suggests that the Council cannot be called independent, given that its members are also those governed."),
        ], in: scratch)
        let text = try String(contentsOfFile: Bundled.annotationsPath, encoding: .utf8)
        var editor = AnnotationEditor(document: try AnnotationDocument(path: "a.claims.yaml", text: text), essay: essay, framework: Bundled.map.framework)
        let claims = editor.document.file.claims
        for (claim, outcome) in zip(claims, QuoteAnchorer(essay: essay).anchor(claims.map(\.quote), reanchoring: true)) {
            if case .moved(_, let quote, _) = outcome { try editor.apply(.setQuote(id: claim.id, quote: quote)) }
        }
        let hunks = LineMerge.hunks(from: LineMerge.lines(text), to: LineMerge.lines(editor.document.text))
        #expect(hunks.count == 1)
        #expect(hunks.first?.lines == ["    quote: \"His analysis suggests that the Council cannot be called independent, given that its members are also those governed.\"\n"])
        let again = QuoteAnchorer(essay: essay).anchor(editor.document.file.claims.map(\.quote), reanchoring: true)
        #expect(again.allSatisfy { if case .anchored = $0 { true } else { false } })
    }

    @Test("a quote a reader types is never re-anchored to other words; one that differs only in its marks is written as the essay has it")
    func editorsQuotesAreExact() throws {
        var editor = AnnotationEditor(document: AnnotationDocument.new(path: "x.claims.yaml", essayFileName: "x.md", title: nil),
                                      essay: Bundled.essay, framework: nil)
        #expect(throws: AnnotationEditError.self) {
            try editor.apply(.addClaim(ClaimDraft(id: "x", kind: .claim, quote: TextQuote(exact: "His analysis suggests that the Council cannot be called independent"))))
        }
        let change = try editor.apply(.addClaim(ClaimDraft(id: "y", kind: .claim,
                                                           quote: TextQuote(exact: "the four that Caron's framework identifies as legitimacy-promoters"))))
        #expect(change.notes == ["quoted as the essay writes it: “the four that Caron’s framework identifies as legitimacy-pr…”"])
        #expect(editor.document.claim("y")?.quote.exact == "the four that Caron’s framework identifies as legitimacy-promoters")
    }
}
