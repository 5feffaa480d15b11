import Testing
@testable import EssayKit

/// Cases in a report series the reporter table lacks (the English Law Reports), cited in American order.
@Suite("Unlisted report series in American order")
struct UnlistedSeriesCaseFormTests {
    @Test("a case in the Appeal Cases, with or without a comma after its name, is a case with its pinpoint")
    func appealCases() throws {
        let essay = try CitationFixture.essay([
            "*Holloway Ltd. v. Brantmere S.A.* 2 A.C. 411, 430-31 (1979).",
            "*See* *Holloway Ltd. v. Brantmere S.A.*, 2 A.C. 411, 432 (1979).",
        ])
        let one = try #require(CitationFixture.authority(essay, "1"))
        #expect(one.kind == .case)
        #expect(one.title == "Holloway Ltd. v. Brantmere S.A.")
        #expect(one.volume == "2")
        #expect(one.container == "A.C.")
        #expect(one.firstPage == "411")
        #expect(one.year == 1979)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "430-31")
        #expect(CitationFixture.authority(essay, "2")?.id == one.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "432")
    }

    @Test("the court before the year, and a series of several words")
    func courtAndWords() throws {
        let essay = try CitationFixture.essay([
            "*Marlow v. Keats*, 1 Q.B. 207, 215 (C.A. 1995) (holding so).",
            "*Fenwick v. Dray*, 3 All E.R. 100 (H.L. 1990).",
        ])
        let marlow = try #require(CitationFixture.authority(essay, "1"))
        #expect(marlow.kind == .case)
        #expect(marlow.container == "Q.B.")
        #expect(marlow.year == 1995)
        #expect(marlow.courtName == "C.A.")
        let fenwick = try #require(CitationFixture.authority(essay, "2"))
        #expect(fenwick.container == "All E.R.")
        #expect(fenwick.firstPage == "100")
    }

    @Test("a journal the tables list, a title naming no case, or no year, is no case of this form")
    func notCases() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, *Dolan v. Wade at Fifty*, 12 Yale L.J. 100 (2001).",
            "Ann Poe, *The Modern Trust*, 2 A.C. 411 (1979).",
            "*Holloway Ltd. v. Brantmere S.A.* 2 A.C. 411.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.kind == .article)
        #expect(CitationFixture.authority(essay, "2")?.kind != .case)
        #expect(CitationFixture.authority(essay, "3")?.kind != .case)
    }

    @Test("a reporter the table lists is still read by the case form")
    func listedReporter() throws {
        let essay = try CitationFixture.essay(["*Dolan v. Wade*, 61 F.3d 902, 907 (8th Cir. 1996)."])
        let dolan = try #require(CitationFixture.authority(essay, "1"))
        #expect(dolan.container == "F.3d")
        #expect(dolan.court != nil)
    }
}
