import Testing
@testable import EssayKit

@Suite("A Chicago work repeated with its details cut down")
struct ChicagoRepeatedNoteTests {
    @Test("the surname with the whole article again is the article cited before, at the page printed where its first page goes")
    func surnameArticle() throws {
        let essay = try CitationFixture.essay([
            "Tamsin Orloff, \"Borrowed Tunes,\" Music Law Quarterly 9 (2002): 101.",
            "Orloff, \"Borrowed Tunes,\" Music Law Quarterly 9 (2002): 120.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == article.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "120")
        #expect(essay.authorities.count == 1)
    }

    @Test("the full name and the title's opening words with no date are the book cited before")
    func fullNameShortTitle() throws {
        let essay = try CitationFixture.essay([
            "Tamsin Orloff, Borrowed Tunes: Music and the Commons (New York: Harbor Books, 2001), 33.",
            "See also Tamsin Orloff, Borrowed Tunes, 14--19.",
            "Mira Harwood, The Archive Wars (Boston: Tidewater Press, 2004), 45.",
            "Harwood, The Archive Wars (Boston: Tidewater Press, 2004), 50.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == book.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "14--19")
        let wars = try #require(CitationFixture.authority(essay, "3"))
        #expect(CitationFixture.authority(essay, "4")?.id == wars.id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "50")
        #expect(essay.authorities.count == 2)
    }

    @Test("another volume, another year or another person with the surname is another work")
    func otherWorks() throws {
        let essay = try CitationFixture.essay([
            "Tamsin Orloff, \"Borrowed Tunes,\" Music Law Quarterly 9 (2002): 101.",
            "Orloff, \"Borrowed Tunes,\" Music Law Quarterly 11 (2004): 7.",
            "Ada Orloff, \"Borrowed Tunes,\" Music Law Quarterly 9 (2002): 140.",
        ])
        let ids = Set(["1", "2", "3"].compactMap { CitationFixture.authority(essay, $0)?.id })
        #expect(ids.count == 3)
    }

    @Test("two earlier works the repeat fits leave it a work of its own, never one of them")
    func twoFit() throws {
        let essay = try CitationFixture.essay([
            "Tamsin Orloff, Borrowed Tunes: Music (New York: Harbor Books, 2001), 33.",
            "Tamsin Orloff, Borrowed Tunes: Law (New York: Harbor Books, 2003), 12.",
            "Tamsin Orloff, Borrowed Tunes, 14.",
        ])
        let first = CitationFixture.authority(essay, "1")?.id
        let second = CitationFixture.authority(essay, "2")?.id
        let third = CitationFixture.authority(essay, "3")?.id
        #expect(third != first && third != second)
    }
}
