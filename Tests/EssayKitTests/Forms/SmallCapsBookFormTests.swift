import Testing
@testable import EssayKit

/// Books cited with author and title in small capitals (capitals once converted), a translated
/// title, the `hereinafter` name and the page, then by volume and that name (`2 ROE, at 555`).
@Suite("Books in small capitals with a hereinafter name, and their short forms")
struct SmallCapsBookFormTests {
    @Test("author, transliterated title, translated title, edition and year, hereinafter name, page")
    func fullBook() throws {
        let essay = try CitationFixture.essay([
            "ANN ROE, SEFER HADINIM, “The Book of Laws”, 2nd ed. 2008 (hereinafter ROE), at 212.",
            "1 ROE, at 265.",
            "See also 2 ROE, at 555 (describing a widget as a good) and 568 (describing gadgets).",
            "See ROE, at 40, n. 2.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.kind == .book)
        #expect(book.authors == ["ANN ROE"])
        #expect(book.title == "SEFER HADINIM [The Book of Laws]")
        #expect(book.year == 2008)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "212")
        for (label, page) in [("2", "265"), ("3", "555"), ("4", "40, n. 2")] {
            let citation = try #require(CitationFixture.only(essay, label))
            #expect(citation.authorityID == book.id)
            #expect(citation.pinpoint?.text == page)
        }
    }

    @Test("the page before the year, the translation in parentheses, and a plain title with its year")
    func otherOrders() throws {
        let essay = try CitationFixture.essay([
            "CY DAL, DINEI WIDGETIM, “Laws of Widgets” at 608 (1990) (hereinafter DAL).",
            "EVE FOX, HOK HAGADGET (The Gadget Law) (1987) (hereinafter FOX), at 138.",
            "See BO J. LEE, THE WIDGET ALTERNATIVE (2008) at 225.",
            "DAL, at 527.",
        ])
        let dal = try #require(CitationFixture.authority(essay, "1"))
        #expect(dal.title == "DINEI WIDGETIM [Laws of Widgets]")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "608")
        #expect(CitationFixture.authority(essay, "2")?.title == "HOK HAGADGET [The Gadget Law]")
        let lee = try #require(CitationFixture.authority(essay, "3"))
        #expect(lee.title == "THE WIDGET ALTERNATIVE")
        #expect(lee.authors == ["BO J. LEE"])
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "225")
        #expect(CitationFixture.authority(essay, "4")?.id == dal.id)
    }

    @Test("capitals with no year or declared name, or with fields this form does not know, are not read as such a book")
    func notABook() throws {
        let heading = try CitationFixture.essay(["ANN ROE, SOME WIDGET THOUGHTS, and more besides."])
        #expect(CitationFixture.citations(heading, "1").allSatisfy { $0.authorityID == nil })
        let article = try CitationFixture.essay(["ANN ROE, WIDGETS, 12 Widget L. Rev. 34 (2001)."])
        #expect(CitationFixture.authority(article, "1")?.title != "WIDGETS [12 Widget L. Rev. 34]")
    }

    @Test("a signal after a name ending in a short word opens a citation of its own")
    func signalAfterShortWord() throws {
        let essay = try CitationFixture.essay([
            "See Section 4(a) of the Widget Law. See also EVE FOX, HOK HAGADGET, “The Gadget Law of 1968” (1987) (hereinafter FOX), at 138.",
        ])
        let works = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(works.count == 2)
        #expect(works.first?.kind == .statute)
        #expect(works.last?.authors == ["EVE FOX"])
    }
    @Test("pages after a comma with no `at` are the book's pinpoint, and the author's sentence may go on after them")
    func pagesAfterComma() throws {
        let essay = try CitationFixture.essay([
            "B. WREN FALK, GADGETS, 312-14 (1999).",
            "Some have measured widgets by night, see ODA K. PIKE, THE SHAPE OF WIDGETS, 41-43, 70-71, but that work is beside the point.",
        ])
        let falk = try #require(CitationFixture.authority(essay, "1"))
        #expect(falk.title == "GADGETS")
        #expect(falk.kind == .book)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "312-14")
        let pike = try #require(CitationFixture.authority(essay, "2"))
        #expect(pike.title == "THE SHAPE OF WIDGETS")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text.hasPrefix("41-43") == true)
    }
}
