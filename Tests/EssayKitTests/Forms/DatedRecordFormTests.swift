import Testing
@testable import EssayKit

/// Record items a report cites by a numeric date and their kind: `4/9/17 Tweet`, `3/3/18 Letter, ...`.
@Suite("Record items by date and kind")
struct DatedRecordFormTests {
    @Test("two posts of different days are two works; a letter's page after `at` is the pinpoint")
    func postsAndLetter() throws {
        let essay = try CitationFixture.essay([
            "4/9/17 Tweet; 4/10/17 (3:05 pm) Tweet.",
            "3/3/18 Letter, Firm Counsel to Board Counsel, at 2.",
            "4/9/17 Tweet.",
        ])
        let posts = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(Set(posts).count == 2)
        let letter = try #require(CitationFixture.authority(essay, "2"))
        #expect(letter.title == "3/3/18 Letter, Firm Counsel to Board Counsel")
        #expect(letter.year == 2018)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "2")
        #expect(CitationFixture.only(essay, "3")?.authorityID == posts.first)
    }
}
