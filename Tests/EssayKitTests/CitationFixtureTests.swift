import Testing
@testable import EssayKit

/// Builds small essays around a list of footnotes, for the citation tests.
enum CitationFixture {
    /// An essay whose body marks each footnote once and whose footnotes are `notes`, numbered from 1.
    static func essay(_ notes: [String]) throws -> Essay {
        let body = notes.indices.map { "Body sentence \($0 + 1).<sup>\($0 + 1)</sup>" }.joined(separator: " ")
        let footnotes = notes.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n\n")
        let text = "# Fixture Essay\n\n\(body)\n\n---\n\n\(footnotes)\n"
        return try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
    }

    /// The citations of footnote `label`.
    static func citations(_ essay: Essay, _ label: String) -> [Citation] {
        essay.footnote(label)?.citations ?? []
    }

    /// The one citation of footnote `label`, or nil when it has none or several.
    static func only(_ essay: Essay, _ label: String) -> Citation? {
        let found = citations(essay, label)
        return found.count == 1 ? found[0] : nil
    }

    /// The authority that footnote `label`'s only citation resolves to.
    static func authority(_ essay: Essay, _ label: String) -> Authority? {
        only(essay, label)?.authorityID.flatMap { essay.authority($0) }
    }

    /// `title @ pinpoint` (`-` for none) of each resolved citation of footnote `label`, in order.
    static func titlesAndPinpoints(_ essay: Essay, _ label: String) -> [String] {
        citations(essay, label).compactMap { citation in
            citation.authorityID.flatMap(essay.authority).map { "\($0.title) @ \(citation.pinpoint?.text ?? "-")" }
        }
    }

    /// The diagnostics the citation resolver reported (the parser's own are about markers and lines).
    static func citationErrors(_ essay: Essay) -> [Diagnostic] {
        essay.diagnostics.filter { $0.severity == .error }
    }
}

@Suite("Citation fixtures")
struct CitationFixtureTests {
    @Test("a fixture essay parses with one footnote per note and no errors")
    func fixtureParses() throws {
        let essay = try CitationFixture.essay(["Jane Roe, *A Title*, 12 YALE L.J. 100 (2001).", "*Id.*"])
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(CitationFixture.citationErrors(essay).isEmpty)
        #expect(essay.authorities.count == 1)
    }

    @Test("notes resolved on their own get the citations the same notes get in an essay")
    func notesAlone() throws {
        let notes = [
            "See Jane Roe, *A Title*, 12 YALE L.J. 100, 104 (2001) [hereinafter *Title*].",
            "*Id.* at 105.",
            "RICHARD ROE, *WAR* (2012); *Title*, *supra* note 1, at 7.",
        ]
        let alone = CitationResolver().resolve(notes: notes)
        let essay = try CitationFixture.essay(notes)
        #expect(alone.footnotes.map(\.label) == ["1", "2", "3"])
        for (footnote, inEssay) in zip(alone.footnotes, essay.footnotes) {
            #expect(footnote.citations.map(\.form) == inEssay.citations.map(\.form))
            #expect(footnote.citations.map(\.authorityID) == inEssay.citations.map(\.authorityID))
            #expect(footnote.citations.map(\.pinpoint?.text) == inEssay.citations.map(\.pinpoint?.text))
            #expect(footnote.segments.map(\.text) == inEssay.segments.map(\.text))
        }
        #expect(alone.authorities.map(\.id) == essay.authorities.map(\.id))
        #expect(alone.footnotes[2].citations.map(\.form) == [.full, .supra])
        #expect(alone.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test("a synthetic essay's full citations, Id. chains and supra notes all resolve")
    func syntheticEssayResolves() throws {
        let text = SyntheticEssay.ofSize(40_000, seed: 7)
        let essay = try EssayParser().parse(SourceFile(path: "synthetic.md", bytes: Array(text.utf8)))
        let citations = essay.footnotes.flatMap(\.citations)
        #expect(citations.count >= essay.footnotes.count - 1)
        #expect(citations.allSatisfy { $0.authorityID != nil })
        #expect(Set(citations.map(\.form)) == [.full, .id, .supra])
        #expect(essay.diagnostics.filter { $0.severity == .error }.isEmpty)
    }
}
