import EssayKit
import Testing

/// In a paper with a reference list, a full citation that carries an address or a publisher's
/// bracket is read as the work it cites, not as an author-year citation of a name the list lacks
/// (invented papers).
@Suite("Full citations in a paper with a reference list")
struct AuthorYearFullCitationTests {
    private func works(_ essay: Essay, _ label: String) -> [String] {
        (essay.footnote(label)?.citations ?? []).map { citation in
            guard let work = citation.authorityID.flatMap({ essay.authority($0) }) else { return "unresolved" }
            return (work.authors.isEmpty ? "" : work.authors.joined(separator: "; ") + ": ") + work.title
        }
    }

    @Test("an authorless or institutional cite with an address or a publisher's bracket stays the work it names")
    func fullCitationsStand() throws {
        let essay = try Fixture.essay(AuthorYearCitationTests.paper([
            "Moonshot Arcade (Bluefield Studios 1998).",
            "Paperclip Is Winning (2024), https://example.com/paperclip.",
            "Fernbrook Institute, Fernbrook Safety Program (2023), https://example.org/p.",
            "Eric Vale, GIF (2021), https://example.net/gif.",
        ], references: AuthorYearCitationTests.references))
        #expect(works(essay, "1") == ["Moonshot Arcade"])
        #expect(works(essay, "2") == ["Paperclip Is Winning"])
        #expect(works(essay, "3") == ["Fernbrook Institute: Fernbrook Safety Program"])
        #expect(works(essay, "4") == ["Eric Vale: GIF"])
        #expect(!essay.authorities.contains { $0.authors == ["Winning"] || $0.authors == ["Bluefield Studios"] })
    }

    @Test("a listed author's name and year in the same shape still names the list's entry")
    func listedEntryWins() throws {
        let essay = try Fixture.essay(AuthorYearCitationTests.paper([
            "Roe (2012a), https://example.org/widgets.",
            "(Okafor 2016)",
        ], references: AuthorYearCitationTests.references))
        #expect(works(essay, "1") == ["Roe: Widgets"])
        #expect(essay.authorities.contains { $0.authors == ["Okafor"] })
    }
}
