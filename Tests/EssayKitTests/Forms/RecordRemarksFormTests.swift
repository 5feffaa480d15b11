import Testing
@testable import EssayKit

@Suite("Members' remarks in the Congressional Record, a work by volume and page")
struct RecordRemarksFormTests {
    @Test("a member's remarks are the Record at that volume and page, the speaker its author, the page the pinpoint")
    func remarksInTheSenate() throws {
        let essay = try CitationFixture.essay([
            "Sen. Jane Roe, remarks in the Senate, Congressional Record, daily edition, vol. 177 (March 4, 2031), p. S1234.",
            "Remarks of Rep. John Poe, Congressional Record, daily edition, vol. 177 (March 5, 2031), p. H2345.",
            "177 Cong. Rec. S1234, S1236 (daily ed. Mar. 4, 2031).",
        ])
        let roe = try #require(CitationFixture.authority(essay, "1"))
        #expect(roe.volume == "177")
        #expect(roe.firstPage == "S1234")
        #expect(roe.authors == ["Jane Roe"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p. S1234")
        let poe = try #require(CitationFixture.authority(essay, "2"))
        #expect(poe.authors == ["John Poe"])
        #expect(poe.id != roe.id)
        #expect(CitationFixture.authority(essay, "3")?.id == roe.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "S1236")
    }

    @Test("the Bluebook's Record with a statement's speaker: the volume and first page are the work, the speaker its author")
    func statementOf() throws {
        let essay = try CitationFixture.essay([
            "178 Cong. Rec. H1234 (daily ed. Mar. 1, 2032) (statement of Rep. Ann Doe (D-Cal.)).",
            "178 Cong. Rec. H5678 (daily ed. Apr. 1, 2032).",
        ])
        let doe = try #require(CitationFixture.authority(essay, "1"))
        #expect(doe.firstPage == "H1234")
        #expect(doe.authors == ["Ann Doe"])
        #expect(CitationFixture.authority(essay, "2")?.id != doe.id)
    }
}
