import Testing
@testable import EssayKit

/// An unpublished work cited by author, title and a manuscript's remark, with no number at all
/// (`ManuscriptRemark`).
@Suite("Manuscripts fixed by their remark (ManuscriptRemark)")
struct ManuscriptRemarkTests {
    @Test("an author, a title and a manuscript's remark are a work; a supra reaches it")
    func manuscriptIsAWork() throws {
        let essay = try CitationFixture.essay([
            "Jane Q. Roe, The Credibility Effect (Manuscript on file with authors).",
            "See Sam Poe, Who Decides? (unpublished manuscript) (on file with author).",
            "Roe, supra note 1; Poe, supra note 2.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title == "The Credibility Effect")
        #expect(first.authors == ["Jane Q. Roe"])
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.title == "Who Decides?")
        let supras = CitationFixture.citations(essay, "3")
        #expect(supras.map(\.authorityID) == [first.id, second.id])
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("the author's words with a remark on file are no work")
    func proseOnFile() throws {
        let essay = try CitationFixture.essay([
            "We thank the clerk of the court for the records (on file with author).",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}
