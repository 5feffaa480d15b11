import Testing
@testable import EssayKit

@Suite("Articles of a code named in words, and laws by number")
struct CodeArticleMentionTests {
    @Test("an article of a named code is a citation of that article")
    func oneArticle() throws {
        let essay = try CitationFixture.essay([
            "Article L. 210-4 of the French Rural Code.",
            "Article 2042 of the Civil Code.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "French Rural Code art. L. 210-4")
        #expect(CitationFixture.authority(essay, "1")?.kind == .statute)
        #expect(CitationFixture.authority(essay, "2")?.title == "Civil Code art. 2042")
    }

    @Test("a list with and seq., prefixes without the word Article, and a paragraph as pinpoint")
    func lists() throws {
        let essay = try CitationFixture.essay([
            "Articles L. 411-1 and seq., and R. 411-2 and seq. of the Labour Code.",
            "L. 500-7 and seq. of the Labour Code.",
            "Article R. 411-2, 3° of the Labour Code.",
        ])
        let first = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(first.count == 2)
        #expect(CitationFixture.authority(essay, "2")?.title == "Labour Code art. L. 500-7")
        #expect(CitationFixture.authority(essay, "3")?.id == first.last)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "3°")
    }

    @Test("a law or directive by its number")
    func numberedLaws() throws {
        let essay = try CitationFixture.essay([
            "Law n° 2001-77 of 3 March 2001 on village fountains.",
            "Articles 12-1 and following of the Civil Code resulting from Law n °2001-77, applying Directive n° 90-12.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.documentNumber == "2001-77")
        let second = CitationFixture.citations(essay, "2").compactMap(\.authorityID)
        #expect(second.count == 3)
        #expect(second.dropFirst().first == CitationFixture.authority(essay, "1")?.id)
    }

    @Test("an article with no code named after it, or an article of the essay's own text, is no citation")
    func noCode() throws {
        let essay = try CitationFixture.essay([
            "Article 9.1: the licensee accepts the risks.",
            "This article 5 of our proposal is new.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }
}
