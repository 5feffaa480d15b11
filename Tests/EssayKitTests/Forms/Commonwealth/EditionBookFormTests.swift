import Testing
@testable import EssayKit

@Suite("Books cited by title and edition, without a publisher")
struct EditionBookFormTests {
    @Test("a title alone, an edition with its ordinal split off, a numbered paragraph")
    func titleAndEdition() throws {
        let essay = try CitationFixture.essay(["See Ransome on Damages, 5 th edn, para 3.14."])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.kind == .book)
        #expect(book.title == "Ransome on Damages")
        #expect(book.authors.isEmpty)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "para 3.14")
    }

    @Test("initials-first authors with et al, the edition, the year with the page glued to it")
    func southAfricanBook() throws {
        let essay = try CitationFixture.essay([
            "H Dune, J Marsh et al Clinical Toxicology Manual 4 ed (2008)212",
            "LT Vale Port Pleadings 9 ed (2018) 45.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.kind == .book)
        #expect(book.title == "Clinical Toxicology Manual")
        #expect(book.authors == ["H Dune", "J Marsh"])
        #expect(book.year == 2008)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "212")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.title == "Port Pleadings")
        #expect(second.authors == ["LT Vale"])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "45")
    }

    @Test("a bracketed edition inside the author's sentence names the book before it")
    func inProse() throws {
        let essay = try CitationFixture.essay(["A new Table of Harbour Dues (7 th edition) is out."])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.kind == .book)
        #expect(book.title == "Table of Harbour Dues")
    }

    @Test("an edition in the author's sentence with no bracket, or a Bluebook edition, is not this form")
    func notThisForm() throws {
        let essay = try CitationFixture.essay([
            "The court relied on the 3rd edition of the tables.",
            "Ann Roe, Harbour Docks, 2nd ed (Toronto: Bay Press, 2010) at 45.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
        #expect(CitationFixture.authority(essay, "2")?.title != "Harbour Docks" || CitationFixture.authority(essay, "2")?.container != nil)
    }
}

@Suite("A page marked p or pp without a period")
struct UnperiodedPageMarkTests {
    @Test("`New York, 2017, p 33` keeps the page; `P 155` is no page mark")
    func unperioded() throws {
        let essay = try CitationFixture.essay([
            "J. Doe, Title of Book, New York, 2017, p 33.",
            "J. Doe, Title of Book, New York, 2017, pp 33-35.",
        ])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p 33")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "pp 33-35")
    }
}
