import Testing
@testable import EssayKit

/// McGill books and chapters with their italics lost: the edition and place inside the publication
/// bracket's fields, the pinpoint after ` at `, a series in a journal's name.
@Suite("McGill books, chapters and series")
struct McGillBookTests {
    @Test("a book with an edition, a place, and the pinpoint after `at`")
    func book() throws {
        let essay = try CitationFixture.essay([
            "Ivo Brandt, Public Powers, 4th ed (Halden: Ashgrove Press, 2011) at 88.",
            "The court agreed, citing Ruth Calder, Tribunals, 2nd ed (Coldwater Press, 1999) at 40.",
        ])
        let brandt = try #require(CitationFixture.authority(essay, "1"))
        #expect(brandt.kind == .book)
        #expect(brandt.title == "Public Powers")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "88")
        let calder = try #require(CitationFixture.citations(essay, "2").last)
        #expect(calder.authorityID.flatMap(essay.authority)?.title == "Tribunals")
        #expect(calder.pinpoint?.text == "40")
    }

    @Test("a chapter in an edited book whose title lost its emphasis, with an edition after it")
    func chapter() throws {
        let essay = try CitationFixture.essay([
            "Ruth Calder, “Quiet Rooms” in Ada Lind & Paul Roe, eds, Tribunals in Practice, 2nd ed (Coldwater Press, 2009) 101 at 112.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Quiet Rooms")
        #expect(work.container == "Tribunals in Practice")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "112")
    }

    @Test("another chapter of the book, through its editors and a supra: a new chapter at the place after its first page")
    func chapterThroughEditors() throws {
        let essay = try CitationFixture.essay([
            "Ruth Calder, “Quiet Rooms” in Ada Lind & Paul Roe, eds, Tribunals in Practice, 2nd ed (Coldwater Press, 2009) 101 at 112.",
            "Dana Holt, “Files” in Lind et al, supra note 1, 140 at 144.",
            "Holt, supra note 2 at 150.",
            "Mara Quell, “Clerks and Courts” (1999) 12 Dal LJ 301.",
            "Dana Holt, “Files” in Lind et al, supra note 4, 140 at 144.",
        ])
        let chapter = try #require(CitationFixture.authority(essay, "2"))
        #expect(chapter.title == "Files, in Tribunals in Practice")
        #expect(chapter.authors == ["Dana Holt"])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "144")
        #expect(CitationFixture.authority(essay, "3")?.id == chapter.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "150")
        // Note 4 cites an article, no chapter of an edited book: unresolved, never the article.
        #expect(CitationFixture.only(essay, "5")?.authorityID == nil)
    }

    @Test("a journal with its series in brackets")
    func series() throws {
        let essay = try CitationFixture.essay(["Mara Quell, “Clerks and Courts” (1999) 12 Admin LR (2d) 301 at 305."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.container == "Admin LR (2d)")
        #expect(work.volume == "12")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "305")
    }
}
