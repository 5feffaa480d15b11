import Testing
@testable import EssayKit

@Suite("A treatise's section and page: J. Roe, Commentaries on the Law of X §12, p. 40")
struct TreatiseSectionPageTests {
    @Test("a title calling itself a law, after an author, is a book, and its section and page are one pinpoint")
    func bookNotStatute() throws {
        let essay = try CitationFixture.essay(["See K. Alder, Commentaries on the Law of Municipal Boundaries §512, p. 318 (1861)."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .book)
        #expect(work.title == "Commentaries on the Law of Municipal Boundaries")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "§512, p. 318")
    }

    @Test("a session law with no author stays a statute, its page after the section")
    func sessionLawStays() throws {
        let essay = try CitationFixture.essay(["See Acts and Resolves R. I. 1861, ch. 371, §1, p. 133."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .statute)
        #expect(work.title.contains("ch. 371"))
    }
}
