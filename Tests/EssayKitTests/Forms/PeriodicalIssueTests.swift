import Testing
@testable import EssayKit

@Suite("Periodicals cited by volume and page: magazine issues and page ranges")
struct PeriodicalIssueTests {
    @Test("a magazine cited by volume, name, page and issue date is a work; Id. and Ibid. repeat it")
    func magazineIssue() throws {
        let essay = try CitationFixture.essay(["3 Farmer’s Almanack 512 (Sept. 1790).", "*Id.*, at 514.", "*Ibid.*"])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .article)
        #expect(work.volume == "3")
        #expect(work.firstPage == "512")
        #expect(CitationFixture.authority(essay, "2")?.id == work.id)
        #expect(CitationFixture.authority(essay, "3")?.id == work.id)
    }

    @Test("a volume, name and page dated by year alone is no magazine issue")
    func yearAlone() throws {
        let essay = try CitationFixture.essay(["3 Farmer’s Almanack 512 (1790)."])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }

    @Test("an article cited by its first and last pages is in its journal, at no pinpoint")
    func pageRange() throws {
        let essay = try CitationFixture.essay(["A. Rook, The Keeping of Bees, 46 Classical Rev. 105–108 (1932)."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .article)
        #expect(work.container == "Classical Rev.")
        #expect(work.firstPage == "105")
    }
}
