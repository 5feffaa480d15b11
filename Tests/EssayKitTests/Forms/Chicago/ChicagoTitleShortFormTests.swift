import Testing
@testable import EssayKit

@Suite("Chicago short forms by a title's opening words, a chapter, a remark")
struct ChicagoTitleShortFormTests {
    @Test("the opening words of a title cited in full and a page name that work; a remark after the page is commentary")
    func titleOpening() throws {
        let essay = try CitationFixture.essay([
            "Protecting Radio Signals: Hearing Before the Subcommittee on Communications, 104th Cong. 12 (1996) (statement of Ada Pell, counsel).",
            "Protecting Radio Signals, 88 (statement of Ada Pell, counsel).",
            "Protecting Radio Signals, 91.",
        ])
        let hearing = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == hearing.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "88")
        #expect(CitationFixture.authority(essay, "3")?.id == hearing.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "91")
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("two titles opening with the words leave the short form unresolved, and check names both")
    func twoTitles() throws {
        let essay = try CitationFixture.essay([
            "Mira Harwood, Radio Signals in Court (Boston: Tidewater Press, 2004), 45.",
            "Ivo Brandt, Radio Signals at Sea (Halden: Ashgrove Press, 2011), 9.",
            "Radio Signals, 12.",
        ])
        #expect(CitationFixture.only(essay, "3")?.authorityID == nil)
        let errors = CitationFixture.citationErrors(essay).map(\.message)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("could name several works") == true)
    }

    @Test("a surname and a chapter, with a note of it, is the author's work at that chapter; a surname and p. is the work too")
    func chapterAndNote() throws {
        let essay = try CitationFixture.essay([
            "Tamsin Orloff, Borrowed Tunes: Music and the Commons (New York: Harbor Books, 2001), 33.",
            "See Orloff, ch. 3, n. 12.",
            "Orloff, ch. 4.",
            "Orloff, p. 90.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == book.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "ch. 3, n. 12")
        #expect(CitationFixture.authority(essay, "3")?.id == book.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "ch. 4")
        #expect(CitationFixture.authority(essay, "4")?.id == book.id)
    }

    @Test("a sentence of the author's with a number, or a single capitalised word and a page, names no work by its title")
    func prose() throws {
        let essay = try CitationFixture.essay([
            "Tamsin Orloff, Borrowed Tunes: Music and the Commons (New York: Harbor Books, 2001), 33.",
            "Borrowed, 12.",
            "Most stations closed in 1998, 12 of them.",
        ])
        #expect(CitationFixture.citations(essay, "2").isEmpty)
        #expect(CitationFixture.citations(essay, "3").isEmpty)
    }
}
