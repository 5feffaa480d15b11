import Testing
@testable import EssayKit

@Suite("Pages cited by a book's link number")
struct LinkNumberFormTests {
    @Test("a quoted title or the words before a colon, then `available at link #N`: a web page of that title")
    func titleAndLink() throws {
        let essay = try CitationFixture.essay([
            "Ada Moss has spread the phrase that “the tide is law”; “Leaving the Harbour,” available at link #41.",
            "Harbour Board statement: available at link #42; Board apology: available at link #43.",
            "\"Quay Notes,\" at link #7.",
        ])
        let page = try #require(CitationFixture.authority(essay, "1"))
        #expect(page.kind == .webpage)
        #expect(page.title == "Leaving the Harbour")
        let two = CitationFixture.citations(essay, "2").compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(two.map(\.title) == ["Harbour Board statement", "Board apology"])
        #expect(CitationFixture.authority(essay, "3")?.title == "Quay Notes")
    }

    @Test("a number sign in a sentence, or a link with no title before it, is no page")
    func otherShapes() throws {
        let essay = try CitationFixture.essay([
            "The board voted on item #41.",
            "available at link #12.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }

    @Test("a note's author, title, venue and date before `available at link #N` are one item; a standalone `link #N` is keyed by its N")
    func authoredAndStandalone() throws {
        let essay = try CitationFixture.essay([
            "Pia Strand, \"Open Shelves,\" Netfolio, 3 May 2002, available at link #14.",
            "See link #15.",
            "Gale Hoss, \"Stacks and Signals,\" Wired Letters, 9 June 2003, available at link #16.",
            "See link #15.",
            "See link #14.",
        ])
        let strand = try #require(CitationFixture.authority(essay, "1"))
        #expect(strand.title == "Open Shelves")
        #expect(strand.authors == ["Pia Strand"])
        let fifteen = try #require(CitationFixture.authority(essay, "2"))
        let hoss = try #require(CitationFixture.authority(essay, "3"))
        #expect(Set([strand.id, fifteen.id, hoss.id]).count == 3)
        #expect(CitationFixture.authority(essay, "4")?.id == fifteen.id)
        #expect(CitationFixture.authority(essay, "5")?.id == strand.id)
    }
}
