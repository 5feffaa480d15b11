import Testing
@testable import EssayKit

@Suite("A case cited in full in the running text")
struct RunningTextCaseTests {
    private func essay(_ body: String, _ notes: [String]) throws -> Essay {
        let footnotes = notes.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n\n")
        let text = "# Fixture Essay\n\n\(body)\n\n---\n\n\(footnotes)\n"
        return try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
    }

    @Test("a note's short form with no name finds the case the running text cites, and an Id. after it follows")
    func shortFormFindsTheRunningText() throws {
        let essay = try essay(
            "Eventually, in _Planned Parenthood of Southeastern Pa._ v. _Casey_ , 505 U. S. 833 (1992), the Court split.<sup>1</sup> It did.<sup>2</sup>",
            ["See 505 U. S., at 911.", "_Id._, at 922."])
        let casey = try #require(CitationFixture.authority(essay, "1"))
        #expect(casey.kind == .case)
        #expect(casey.title.contains("Casey"))
        #expect(casey.firstPage == "833")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "911")
        #expect(CitationFixture.authority(essay, "2")?.id == casey.id)
    }

    @Test("a pinpoint outside the case, or two cases of the volume it could lie in, leaves the short form unresolved")
    func noGuess() throws {
        let outside = try essay("In _Roe_ v. _Wade_ , 410 U. S. 113 (1973), the Court held.<sup>1</sup>", ["410 U. S., at 50."])
        #expect(CitationFixture.only(outside, "1")?.authorityID == nil)
        let two = try essay(
            "In _Roe_ v. _Wade_ , 410 U. S. 113 (1973), and _Doe_ v. _Bolton_ , 410 U. S. 179 (1973), it held.<sup>1</sup>",
            ["410 U. S., at 190."])
        #expect(CitationFixture.only(two, "1")?.authorityID == nil)
        #expect(CitationFixture.citationErrors(two).contains { $0.message.contains("several cases the running text cites") })
    }
}
