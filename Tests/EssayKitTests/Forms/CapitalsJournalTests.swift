import Testing
@testable import EssayKit

/// A journal no table knows, spelled out in capitals between volume and page after a title in
/// mixed case, as a plain-text edition prints small capitals (`CapitalsJournal`).
@Suite("A journal in capitals no table knows")
struct CapitalsJournalTests {
    @Test("`Title, 12 JOURNAL OF APPLIED WIDGET STUDIES 88 (2009)`: an article, its journal, volume and first page")
    func journalInCapitals() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe et al., Methods for Testing Widget Samples, 12 JOURNAL OF APPLIED WIDGET STUDIES AND PRACTICE 88 (2009).",
            "Bo Poe, Gadget Rules Revisited, 7 ANNALS OF GADGET SCIENCE 301, 305 (2011).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .article)
        #expect(first.title == "Methods for Testing Widget Samples")
        #expect(first.container == "JOURNAL OF APPLIED WIDGET STUDIES AND PRACTICE")
        #expect(first.volume == "12")
        #expect(first.firstPage == "88")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.kind == .article)
        #expect(second.firstPage == "301")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "305")
    }

    @Test("a book's title in capitals after its author's name stays a book")
    func bookInCapitals() throws {
        let essay = try CitationFixture.essay([
            "ANN ROE, THE LAW OF WIDGETS AND GADGETS IN COMMERCE 45 (2001).",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.kind == .book)
        #expect(book.volume == nil)
    }
}
