import Testing
@testable import EssayKit

/// A decision the running text names by docket number (`3561/09, Alder v. Birch Ltd. held ...`),
/// then a note's `See Alder at pp.4`: the one case of the body before the note with that party.
@Suite("A case named by docket number in the running text, then by one party in a note")
struct RunningTextDocketCaseTests {
    private func essay(_ body: String, _ notes: [String]) throws -> Essay {
        let footnotes = notes.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n\n")
        let text = "# Fixture Chapter\n\n\(body)\n\n---\n\n\(footnotes)\n"
        return try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
    }

    @Test("the party and a glued page mark cite the case the running text names")
    func partyAndPage() throws {
        let essay = try essay("The court in 3561/09, Alder v. Birch Publishing, Ltd. enforced the widget licence. Alder was right.<sup>1</sup>",
                              ["The question did not come up in Alder. See Alder at pp.4."])
        let citation = try #require(CitationFixture.citations(essay, "1").first)
        let work = try #require(citation.authorityID.flatMap { essay.authority($0) })
        #expect(work.kind == .case)
        #expect(work.title == "Alder v. Birch Publishing")
        #expect(work.documentNumber == "3561/09")
        #expect(citation.pinpoint?.text == "pp.4")
    }

    @Test("a party no case of the running text has, or a date with a slash, names nothing")
    func noCase() throws {
        let essay = try essay("On 12/05 the widget rules changed.<sup>1</sup>", ["See Cole at pp.4."])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID == nil })
    }
}
