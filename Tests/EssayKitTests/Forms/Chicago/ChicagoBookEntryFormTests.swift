import Testing
@testable import EssayKit

@Suite("A book cited as a Chicago bibliography entry")
struct ChicagoBookEntryFormTests {
    @Test("`Surname, Given. Title. Place: Publisher, Year.`: one citation, the book, its author uninverted, no pinpoint")
    func book() throws {
        let essay = try CitationFixture.essay([
            "Lark, Cy. The Quiet Harbour. Boston: River Press, 2010.",
            "Roe, Ann B. Harbours and Their Keepers: A History. New York: Dock Books, 1999.",
        ])
        #expect(CitationFixture.citations(essay, "1").count == 1)
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.kind == .book)
        #expect(book.title == "The Quiet Harbour")
        #expect(book.authors == ["Cy Lark"])
        #expect(book.container == "River Press")
        #expect(book.year == 2010)
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.title == "Harbours and Their Keepers: A History")
        #expect(second.authors == ["Ann B. Roe"])
    }

    @Test("without a place, publisher and year after the title, the periods end sentences as before")
    func noImprint() throws {
        let essay = try CitationFixture.essay([
            "Lark, Cy. The Quiet Harbour. See also Jo Poe, The Loud Dock, 12 Port L.J. 45 (2019).",
        ])
        #expect(CitationFixture.citations(essay, "1").contains { citation in
            citation.authorityID.flatMap { essay.authority($0) }?.title == "The Loud Dock"
        })
        #expect(!essay.authorities.contains { $0.title == "The Quiet Harbour" })
    }
}
