import Testing
@testable import EssayKit

/// A case keeps its reporter as printed when the tables spell it otherwise.
@Suite("Printed reporter spelling")
struct PrintedReporterTests {
    @Test("a closed-up reporter keeps its printed spelling beside the tables' one")
    func closedUp() throws {
        let essay = try CitationFixture.essay([
            "*Lumen Tools, Inc. v. Arbor Co.*, 27 U.S.P.Q.2d 1289, 1291 (D. Del. 1993).",
            "*Vance v. Orrin*, 12 F.Supp.2d 340 (S.D.N.Y. 1998).",
            "*Dolan v. Wade*, 61 F.3d 902 (8th Cir. 1996).",
        ])
        let lumen = try #require(CitationFixture.authority(essay, "1"))
        #expect(lumen.printedReporter == "U.S.P.Q.2d")
        #expect(lumen.container != "U.S.P.Q.2d")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "1291")
        let vance = try #require(CitationFixture.authority(essay, "2"))
        #expect(vance.container == "F. Supp. 2d")
        #expect(vance.printedReporter == "F.Supp.2d")
        #expect(CitationFixture.authority(essay, "3")?.printedReporter == nil)
    }
}
