import Testing
@testable import EssayKit

@Suite("A book a note's sentence opens on, its author named after it")
struct ProseBookLeadFormTests {
    @Test("`In Title (City: Press, 1999), Author shows ...`: the book by that author, the rest commentary")
    func bookThenAuthor() throws {
        let essay = try CitationFixture.essay([
            "In Broadcast Nation (Chicago: Lakeview Press, 1999), Ruth Dane shows how licences spread.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.kind == .book)
        #expect(book.title == "Broadcast Nation")
        #expect(book.authors == ["Ruth Dane"])
        #expect(book.year == 1999)
    }

    @Test("a sentence opening with In and a bracket of no publication facts is no book")
    func prose() throws {
        let essay = try CitationFixture.essay([
            "In Ruth Dane's view (and in 1999), the stations closed.",
        ])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID.flatMap { essay.authority($0) }?.kind != .book })
    }
}
