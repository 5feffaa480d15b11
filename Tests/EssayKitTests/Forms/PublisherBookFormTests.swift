import Testing
@testable import EssayKit

@Suite("Books as OSCOLA, McGill and the AGLC cite them")
struct PublisherBookFormTests {
    @Test("the title in emphasis, the publisher and year in brackets, the page after")
    func oscola() throws {
        let essay = try CitationFixture.essay([
            "Mara Quint and Ole Berg, *The Law of Small Ships* (Harbour Press 2004) 112.",
            "Ivo Sand, *Docks and Duties*, 2nd ed (Toronto: Bay Press, 2010) at 45.",
            "Pia Lund, *Salvage* (3rd edn, Quay Books 1988) 220.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.kind == .book)
        #expect(book.title == "The Law of Small Ships")
        #expect(book.authors == ["Mara Quint", "Ole Berg"])
        #expect(book.year == 2004)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "112")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.title == "Docks and Duties")
        #expect(second.year == 2010)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "45")
        #expect(CitationFixture.authority(essay, "3")?.container == "Quay Books")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "220")
    }

    @Test("ibid after a book is the book, with its page")
    func ibid() throws {
        let essay = try CitationFixture.essay([
            "Mara Quint and Ole Berg, *The Law of Small Ships* (Harbour Press 2004) 112.",
            "ibid, 75.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == book.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "75")
    }

    @Test("a case's name in emphasis with its year alone in brackets is no book")
    func caseYear() throws {
        let essay = try CitationFixture.essay([
            "*Roe v Doe* (1985) 41 OR (2d) 1.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.kind != .book)
    }
}

@Suite("What a book with its publisher is not")
struct PublisherBookFormLimitTests {
    @Test("a title in emphasis with a date in brackets is a post or story, not a book with a publisher")
    func dated() throws {
        let essay = try CitationFixture.essay([
            "See, e.g., Ada Roe, *Let the Docks Go* (Sep. 13, 2016), <https://example.org/docks>.",
            "Ada Roe, *Quay Days* (May 2016).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.kind == .webpage)
        #expect(CitationFixture.authority(essay, "2")?.container != "May")
    }
}
