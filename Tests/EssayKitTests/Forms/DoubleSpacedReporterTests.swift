import Testing
@testable import EssayKit

@Suite("A reporter cite with two spaces before its page")
struct DoubleSpacedReporterTests {
    @Test("`501 U.S.  44, 52` is a case at 52")
    func twoSpacesBeforePage() throws {
        let essay = try CitationFixture.essay(["*Tate v. Vale*, 501 U.S.  44, 52 (1991)."])
        let work = CitationFixture.authority(essay, "1")
        #expect(work?.kind == .case)
        #expect(work?.firstPage == "44")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "52")
    }
}
