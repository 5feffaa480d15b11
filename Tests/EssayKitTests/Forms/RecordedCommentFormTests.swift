import Testing
@testable import EssayKit

/// A law's official comment cited by the name the running text declares and the record's pages
/// (`Compact, Comment on Preamble, 1 App. 9`): the law, the comment its pinpoint, and no reporter.
@Suite("A law's comment cited with the record's pages")
struct RecordedCommentFormTests {
    private func essay(_ notes: [String]) throws -> Essay {
        let body = "The Widget River Compact, (or Compact), 94 Stat. 3305, shares the river among the States. It has comments.<sup>1</sup> It is long.<sup>2</sup>"
        let footnotes = notes.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n\n")
        let text = "# Fixture Opinion\n\n\(body)\n\n---\n\n\(footnotes)\n"
        return try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
    }

    @Test("`Compact, Comment on Preamble, 1 App. 9` cites the declared law at its comment; `1 App. 9` is no reporter")
    func commentWithTheRecord() throws {
        let essay = try essay([
            "Comments were printed so that readers “might know the intent.” Compact, Comment on Preamble, 1 App. 9.",
            "See Compact, Comment on Art. V, id., at 30 (the comment on the fifth article).",
        ])
        let first = try #require(CitationFixture.citations(essay, "1").first)
        let compact = try #require(first.authorityID.flatMap { essay.authority($0) })
        #expect(compact.kind == .statute)
        #expect(compact.title == "Widget River Compact")
        #expect(first.pinpoint?.text == "Comment on Preamble")
        let second = CitationFixture.citations(essay, "2").first
        #expect(second?.authorityID == compact.id)
        #expect(second?.pinpoint?.text == "Comment on Art. V")
        #expect(!essay.authorities.contains { $0.container?.contains("App.") == true })
    }

    @Test("a comment cited with no record's pages is no recorded comment")
    func commentWithoutTheRecord() throws {
        let essay = try essay(["Compact, Comment on Preamble.", "Id."])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.pinpoint?.text != "Comment on Preamble" })
    }
}
