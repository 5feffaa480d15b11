import Testing
@testable import EssayKit

@Suite("A chapter of a book an earlier note named, by supra")
struct ChapterInSupraTests {
    private static let notes = [
        "Ann Roe & Ben Lo, Title One, in TRADE AND ITS DISCONTENTS 1, 5 (Ann Roe & Ben Lo eds., 2009) [hereinafter TRADE BOOK].",
        "Carl Dunn, Tariffs, 12 YALE L.J. 100, 104 (2001).",
        "See Pilar Ostend, The Quiet Tariff, in TRADE BOOK, supra note 1, at 55, 58.",
        "Edwin Marr, Ports and Power, in TRADE BOOK, supra note 1, at 71.",
        "See TRADE BOOK, supra note 1.",
        "Roe & Lo, supra note 1, at 7.",
        "Ostend, supra note 3, at 60.",
        "Ivo Strand, Dues, in TRADE BOOK, supra note 2, at 90.",
    ]

    @Test("`Author, Title, in SHORT, supra note N, at P`: a new chapter in the book, with its pinpoint")
    func chapterIsANewWork() throws {
        let essay = try CitationFixture.essay(Self.notes)
        let first = try #require(CitationFixture.authority(essay, "1"))
        let ostend = try #require(CitationFixture.authority(essay, "3"))
        #expect(ostend.id != first.id)
        #expect(ostend.authors == ["Pilar Ostend"])
        #expect(ostend.title == "The Quiet Tariff, in TRADE AND ITS DISCONTENTS")
        #expect(ostend.year == 2009)
        // The first page is the chapter's start; the pin follows it.
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "58")
        let marr = try #require(CitationFixture.authority(essay, "4"))
        #expect(marr.id != ostend.id && marr.id != first.id)
        // The new chapter is cited in full in its note: a later supra to that note finds it.
        #expect(CitationFixture.authority(essay, "7")?.id == ostend.id)
    }

    @Test("`SHORT, supra note N` where SHORT was declared on a chapter and names its book: the book, not the chapter")
    func declaredNameIsTheBook() throws {
        let essay = try CitationFixture.essay(Self.notes)
        let book = try #require(CitationFixture.authority(essay, "5"))
        #expect(book.title == "TRADE AND ITS DISCONTENTS")
        #expect(book.authors == ["Ann Roe", "Ben Lo"])
        #expect(book.id != CitationFixture.authority(essay, "1")?.id)
        // The chapter's authors still name the chapter.
        #expect(CitationFixture.authority(essay, "6")?.id == CitationFixture.authority(essay, "1")?.id)
    }

    @Test("a chapter supra with the wrong note number: the one earlier work that declared the book's name")
    func wrongNoteNumber() throws {
        let essay = try CitationFixture.essay(Self.notes)
        let strand = try #require(CitationFixture.authority(essay, "8"))
        #expect(strand.title == "Dues, in TRADE AND ITS DISCONTENTS")
    }

    @Test("a declared name drawn from the chapter's own words stays the chapter")
    func chapterNameStaysChapter() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Quiet Harbours, in THE LAW OF PORTS 3 (Ben Lo ed., 2011) [hereinafter Roe, Quiet Harbours].",
            "Roe, Quiet Harbours, supra note 1, at 9.",
        ])
        #expect(CitationFixture.authority(essay, "2")?.id == CitationFixture.authority(essay, "1")?.id)
    }

    @Test("prose before `supra` with `, in ` is no chapter: `For this, in short, see Roe, supra note 1`")
    func proseIsNoChapter() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Quiet Harbours, 3 PORT L.J. 10 (2011).",
            "For this point, in short, see Roe, supra note 1, at 12.",
        ])
        #expect(CitationFixture.citations(essay, "2").last?.authorityID == CitationFixture.authority(essay, "1")?.id)
    }
}
