import Testing
@testable import EssayKit

@Suite("A labor board decision's enforcement history")
struct EnforcementHistoryTests {
    @Test("enf'd and enf. denied open history: the court's decision after them is no work the note cites")
    func history() throws {
        let essay = try CitationFixture.essay([
            "Quay Co., 210 N.L.R.B. 77, 80 (1974), *enf'd*, NLRB v. Quay Co., 530 F.2d 11 (5th Cir. 1976).",
            "Pier Corp., 150 N.L.R.B. 900 (1965), *enf. denied*, Pier Corp. v. NLRB, 366 F.2d 20 (9th Cir. 1966).",
            "*Id.* at 903.",
        ])
        #expect(CitationFixture.citations(essay, "1").count == 1)
        #expect(CitationFixture.citations(essay, "2").count == 1)
        let board = try #require(CitationFixture.authority(essay, "2"))
        #expect(board.firstPage == "900")
        #expect(CitationFixture.authority(essay, "3")?.id == board.id)
    }
}
