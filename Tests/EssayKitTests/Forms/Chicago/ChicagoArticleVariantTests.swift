import Testing
@testable import EssayKit

@Suite("Chicago articles with any volume, issue or date slot between the journal and the pages")
struct ChicagoArticleVariantTests {
    @Test("an issue in its own parenthesis, vol:issue, nos. N–N, a month with no volume: articles with their first page")
    func slots() throws {
        let essay = try CitationFixture.essay([
            "Rosa Vell, \"Signals Lost,\" Review of Media Policy 12 (3) (2001): 77.",
            "Tom Aske, \"The Quiet Stacks,\" Harbor Monthly (June 2002): 41.",
            "Nell Brant, \"Tape Trading,\" Audio Law Journal 7:2 (March 1999): 212.",
            "Ida Korr, \"Pirate Stations,\" Broadcast Studies Review 14, nos. 3--4 (2003): 55--70.",
            "Lars Mott, \"Copying Air (A Note on Radio),\" Media Law Review 4 (4) (2000): 19.",
        ])
        let vell = try #require(CitationFixture.authority(essay, "1"))
        #expect(vell.kind == .article)
        #expect(vell.title == "Signals Lost")
        #expect(vell.container == "Review of Media Policy")
        #expect(vell.volume == "12")
        #expect(vell.firstPage == "77")
        let aske = try #require(CitationFixture.authority(essay, "2"))
        #expect(aske.kind == .article)
        #expect(aske.container == "Harbor Monthly")
        #expect(aske.volume == nil)
        #expect(aske.year == 2002)
        let brant = try #require(CitationFixture.authority(essay, "3"))
        #expect(brant.volume == "7")
        #expect(brant.container == "Audio Law Journal")
        let korr = try #require(CitationFixture.authority(essay, "4"))
        #expect(korr.volume == "14")
        #expect(korr.firstPage == "55")
        let mott = try #require(CitationFixture.authority(essay, "5"))
        #expect(mott.title == "Copying Air (A Note on Radio)")
        #expect(mott.volume == "4")
    }

    @Test("pages after the date with no colon, and paragraphs cited with par.")
    func noColonAndParagraphs() throws {
        let essay = try CitationFixture.essay([
            "Ula Penn, \"Open Archives,\" Library Law Review 21 (2005) 310.",
            "Ena Lodd, \"Fair Copies,\" Copy Quarterly 3 (1998): par. 12--14.",
        ])
        let penn = try #require(CitationFixture.authority(essay, "1"))
        #expect(penn.kind == .article)
        #expect(penn.volume == "21")
        #expect(penn.firstPage == "310")
        let lodd = try #require(CitationFixture.authority(essay, "2"))
        #expect(lodd.kind == .article)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "par. 12--14")
    }

    @Test("a month with no volume and no title in quotation marks, or words in parentheses that are no issue, stay as they were")
    func notArticles() throws {
        let essay = try CitationFixture.essay([
            "The station closed (June 2002): 41 staff left.",
        ])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID.flatMap { essay.authority($0) }?.kind != .article })
    }
}
