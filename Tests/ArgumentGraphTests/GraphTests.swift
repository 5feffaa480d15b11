import ArgumentGraph
import EssayKit
import Foundation
import Testing

@Suite("The argument graph of the bundled essay")
struct GraphTests {
    let map = Bundled.map

    @Test("claims carry the footnotes marked inside their span or right after its closing punctuation")
    func claimFootnotes() {
        #expect(map.claim("def-participation")?.footnotes == ["23"])
        #expect(map.claim("def-oversight")?.footnotes == [])
        #expect(map.claim("caron-illegitimacy-question")?.footnotes == ["6"])
        #expect(map.claim("council-must-change")?.footnotes == ["7"])
        #expect(map.claim("council-second-thoughts")?.footnotes == ["5"])
        // The quote ends before "trust and acceptance." and no marker follows it.
        #expect(map.claim("process-legitimacy")?.footnotes == [])
    }

    @Test("claims know their section, sentences and file range")
    func claimPlaces() throws {
        let review = try #require(map.claim("council-limited-review"))
        #expect(map.sectionTitle(review.section) == "I. THE LEGITIMACY FRAMEWORK")
        #expect(review.anchor.sentences.count == 1)
        let sentence = try #require(review.anchor.sentences.first.flatMap(map.essay.sentence(at:)))
        #expect(sentence.text == review.text)
        #expect(review.range.start.line == 95)
        #expect(review.range.start.line == sentence.range.start.line && review.range.start.column == sentence.range.start.column)
        let question = try #require(map.claim("caron-integrity-question"))
        #expect(question.anchor.sentences.count == 2)
        let definition = try #require(map.claim("def-independence"))
        #expect(definition.anchor.item == 0)
        #expect(definition.range.start.line == 69)
        // Two claims share one sentence: each has its own span in it.
        let substance = try #require(map.claim("substance-drives-attitudes"))
        let process = try #require(map.claim("process-legitimacy"))
        #expect(substance.anchor.sentences == process.anchor.sentences)
        #expect(substance.anchor.textRange.upperBound <= process.anchor.textRange.lowerBound)
    }

    @Test("a claim across a page break anchors in the joined paragraph and ends on the later page")
    func pageBreak() throws {
        let claim = try #require(map.claim("democracies-multilateralize"))
        #expect(claim.range.end.line > claim.range.start.line || claim.text.count < 200)
        #expect(map.essay.sentence(at: try #require(claim.anchor.sentences.first)) != nil)
    }

    @Test("sentences no claim covers are statements with only suggested factors")
    func statements() {
        let covered = Set(map.claims.flatMap(\.anchor.sentences))
        #expect(map.statements.allSatisfy { !covered.contains($0.locator) })
        #expect(map.statements.count + covered.count == map.essay.bodySentences.count)
        #expect(map.statements.flatMap(\.factors).allSatisfy { $0.source == .suggested && $0.stance == nil })
        let suggesting = map.statements(suggesting: "participation")
        #expect(!suggesting.isEmpty)
        #expect(suggesting.allSatisfy { statement in
            statement.factors.first { $0.factor == "participation" }?.cues.isEmpty == false
        })
    }

    @Test("annotated and suggested factors are never mixed on one claim")
    func neverMixed() throws {
        for claim in map.claims {
            let sources = Set(claim.factors.map(\.source))
            #expect(sources.count <= 1, "\(claim.id)")
        }
        let annotated = try #require(map.claim("council-limited-review"))
        #expect(annotated.factors == [FactorAssessment(factor: "oversight", stance: .partial, source: .annotated)])
        // Nobody gave this one factors; its cue words ("political reviews") suggest oversight.
        let suggested = try #require(map.claim("council-no-political-review"))
        #expect(suggested.factors.map(\.factor) == ["oversight"])
        #expect(suggested.factors.first?.source == .suggested)
        #expect(suggested.factors.first?.cues == ["political reviews"])
    }

    @Test("edges: contains, cites, refers-to, relations, assesses with stance and subject, about")
    func edges() {
        #expect(map.edges(from: .essay, type: .contains).count == map.essay.sections.count)
        #expect(map.edges(from: .claim("def-participation"), type: .cites).map(\.to) == [.footnote("23")])
        let assess = map.edges(from: .claim("council-limited-review"), type: .assesses)
        #expect(assess == [Edge(from: .claim("council-limited-review"), to: .factor("oversight"), type: .assesses,
                                stance: .partial, subject: "security-council")])
        #expect(map.edges(from: .claim("council-limited-review"), type: .about).map(\.to) == [.subject("security-council")])
        #expect(map.edges(to: .claim("council-limited-review"), type: .supports).map(\.from) == [.claim("council-no-political-review")])
        #expect(map.edges(to: .claim("thesis"), type: .attacks).count >= 4)
        let parent = map.edges(to: .claim("council-limited-review"), type: .contains).map(\.from)
        if case .paragraph(let section, _)? = parent.first { #expect(section == 1) } else { Issue.record("no paragraph contains the claim") }
        for edge in map.edges { #expect(map.contains(edge.from) && map.contains(edge.to), "\(edge)") }
        if map.essay.footnotes.contains(where: { $0.citations.contains { $0.refersTo != nil } }) {
            #expect(map.edges.contains { $0.type == .refersTo })
        }
    }

    @Test("queries: neighbourhood, incoming relations, the path to the works behind a claim")
    func queries() {
        let near = map.neighbourhood(of: .claim("council-limited-review"), steps: 1)
        #expect(near.nodes[.claim("council-limited-review")] == 0)
        #expect(near.nodes[.factor("oversight")] == 1)
        #expect(near.nodes[.claim("council-prescription")] == 1)
        #expect(near.nodes[.claim("council-must-change")] == nil)
        let two = map.neighbourhood(of: .claim("council-limited-review"), steps: 2, types: [.supports])
        #expect(two.nodes[.claim("council-must-change")] == 2)
        #expect(two.edges.allSatisfy { $0.type == .supports })
        #expect(map.incomingRelations(of: "thesis").contains { $0.type == .attacks && $0.from == "not-all-states" })
        #expect(map.supportTree(of: "council-prescription").contains("council-no-political-review"))
    }

    @Test("every claim that rests on an authority, through Id. and supra chains")
    func restingOnAuthority() throws {
        let works = map.citedWorks(of: "council-must-change")
        #expect(works.map(\.footnote) == ["7"])
        guard let authority = works.compactMap(\.authority).first else { return }  // citations not resolved yet
        // Footnote 7 is "Id. at 577–88", leaning on earlier notes back to the full citation in note 1.
        #expect(works.first?.via.last == "1")
        #expect(works.first?.pinpoint?.text == "577–88")
        let resting = map.claims(restingOn: authority.id).map(\.id)
        #expect(resting.contains("council-must-change"))
        #expect(resting.contains("def-participation"))
        #expect(map.edges(to: .authority(authority.id), type: .cites).count >= 2)
    }

    @Test("node ids read back from their string form")
    func nodeIDs() {
        for node in map.nodes {
            #expect(NodeID(node.description) == node, "\(node)")
        }
        #expect(NodeID("bogus:1") == nil)
        #expect(NodeID("section:x") == nil)
    }
}

@Suite("An essay without annotations")
struct NoAnnotationsTests {
    @Test("still gets statements with suggested factors when a framework is beside it")
    func frameworkBeside() throws {
        let scratch = Scratch()
        let essayText = try String(contentsOfFile: Bundled.essayPath, encoding: .utf8)
        let path = scratch.write("essay.md", essayText)
        scratch.write("frameworks/caron-1993.yaml", try String(contentsOfFile: Bundled.frameworkPath, encoding: .utf8))
        let essay = try EssayParser().parse(contentsOf: path)
        let result = ArgumentLoader.load(essay: essay)
        #expect(result.errors.isEmpty)
        #expect(result.annotationsPath == nil)
        #expect(result.diagnostics.map(\.severity) == [.note])
        #expect(result.diagnostics.first?.message.contains("no annotation file (essay.claims.yaml)") == true)
        #expect(result.map.claims.isEmpty)
        #expect(result.map.statements.count == essay.bodySentences.count)
        let suggested = Set(result.map.statements.flatMap(\.factors).map(\.factor))
        #expect(suggested == ["independence", "accountability", "oversight", "participation"])
        #expect(AuditReport(map: result.map).unassessedFactors.count == 4)
    }

    @Test("without a framework file: the built-in one, and a note says so")
    func nothingBeside() throws {
        let scratch = Scratch()
        let path = scratch.write("essay.md", try String(contentsOfFile: Bundled.essayPath, encoding: .utf8))
        let result = ArgumentLoader.load(essay: try EssayParser().parse(contentsOf: path))
        #expect(result.errors.isEmpty)
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics.last?.message.contains("no framework file (frameworks/caron-1993.yaml) beside the essay; using the built-in caron-1993") == true)
        #expect(result.map.framework?.id == "caron-1993")
        #expect(result.map.framework?.isBuiltIn == true)
        #expect(result.frameworkPath == nil)
        #expect(Scorecard(map: result.map).cells.isEmpty)
    }
}
