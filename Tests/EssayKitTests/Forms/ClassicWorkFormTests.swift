import Testing
@testable import EssayKit

/// A classic work by author, title and canonical division, with no edition or year.
@Suite("Classic works by canonical division")
struct ClassicWorkFormTests {
    @Test("each canonical division is the pinpoint, not part of the title")
    func divisions() throws {
        let essay = try CitationFixture.essay([
            "Vattel, Law of Nations, Ak. 4:112.",
            "Suarez, De Legibus, I-II, q. 12, a. 4.",
            "Grotius, Rights of War, Book III, ss 8-9.",
            "Pufendorf, Duties of Man, II.5.",
            "Vattel, Law of Nations, Ak. 4:118.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .book)
        #expect(first.title == "Law of Nations")
        #expect(first.authors == ["Vattel"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "Ak. 4:112")
        #expect(CitationFixture.authority(essay, "2")?.title == "De Legibus")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "I-II, q. 12, a. 4")
        #expect(CitationFixture.authority(essay, "3")?.title == "Rights of War")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "Book III, ss 8-9")
        #expect(CitationFixture.authority(essay, "4")?.title == "Duties of Man")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "II.5")
        #expect(CitationFixture.only(essay, "5")?.authorityID == first.id)
    }

    @Test("a sentence or a numbered title is no classic citation")
    func notClassic() throws {
        let essay = try CitationFixture.essay([
            "Roe, Title 12, II.3.",
            "This point, raised by many writers, II.3 shows.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title != "Title 12")
        #expect(CitationFixture.authority(essay, "2")?.kind != .book)
    }
}
