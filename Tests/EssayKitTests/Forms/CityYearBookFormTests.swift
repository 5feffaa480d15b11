import Testing
@testable import EssayKit

/// Books cited as continental notes do: `P. Surname, Title, City Year`.
@Suite("Books by initials, title, place and year")
struct CityYearBookFormTests {
    @Test("initials and surname, a sentence-case title, place and year")
    func sentenceCaseTitle() throws {
        let essay = try CitationFixture.essay(["See: P. Zieliński, Local grids and their rules, Gdańsk 2011."])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.kind == .book)
        #expect(book.authors == ["P. Zieliński"])
        #expect(book.title == "Local grids and their rules")
        #expect(book.year == 2011)
    }

    @Test("a publisher before the place is not the title; the page after the year is the pinpoint")
    func publisherAndPage() throws {
        let essay = try CitationFixture.essay(["G. Rossi, Storia delle fiere, Il Mulino, Bologna 1998, p. 37."])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.title == "Storia delle fiere")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "37")
    }

    @Test("two authors, and a title holding a comma")
    func twoAuthors() throws {
        let essay = try CitationFixture.essay(["A. Nowak, B. Lis, Porty, przystanie i mariny, Łódź 2015, s. 12."])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.authors == ["A. Nowak", "B. Lis"])
        #expect(book.title == "Porty, przystanie i mariny")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "12")
    }

    @Test("a field opening with `[in:]` or `in` names the book a chapter is in; the editor's field is no title")
    func chapter() throws {
        let essay = try CitationFixture.essay([
            "P. Zieliński, Local grids, [in:] Grids and Towns, ed. A. Nowak, Gdańsk 2011, p. 5.",
            "R. Vale, Quays and tolls, éd. par B. Roe, Paris 1902.",
        ])
        let chapter = try #require(CitationFixture.authority(essay, "1"))
        #expect(chapter.title == "Local grids, in Grids and Towns")
        #expect(ChapterBook.parts(of: chapter)?.book == "Grids and Towns")
        #expect(CitationFixture.authority(essay, "2")?.title == "Quays and tolls")
    }

    @Test("a publisher with its word `Press` is not the title")
    func pressPublisher() throws {
        let essay = try CitationFixture.essay(["L. Roe, Ports, Tolls, and Trade in the Baltic, University of Gdańsk Press, Gdańsk 1990, p. 22."])
        #expect(CitationFixture.authority(essay, "1")?.title == "Ports, Tolls, and Trade in the Baltic")
    }

    @Test("an article or a Bluebook book is not this form")
    func notThisForm() {
        for clause in [
            "J. Smith, The Harbor 12 (2001).",
            "R. Able, ed., \"Requirements for Widget Hosts,\" RFC 9122, October 1989.",
            "T. Marek, Local heat networks, Nordic Energy Law Quarterly 8, 2016, no. 2, pp. 40–58.",
        ] {
            let text = CitationText(RichText(text: clause))
            #expect(CityYearBookForm.read(text, 0..<text.count) == nil, "\(clause)")
        }
    }
}
