import Testing
@testable import EssayKit

/// A reporter printed without its periods (`643 So 2d 327`) is read as the reporter with them
/// (`So. 2d`) when nothing is read as printed (`ReporterCite`).
@Suite("A reporter without its periods")
struct ReporterWithoutPeriodsTests {
    @Test("`Acme Widget Co. v Roe (1994, La App 2d Cir) 643 So 2d 327`: a case in So. 2d")
    func reporterWithoutPeriods() throws {
        let essay = try CitationFixture.essay([
            "See Acme Widget Co. v Roe (1994, La App 2d Cir) 643 So 2d 327.",
            "Poe v. Gadget Corp., 12 So 3d 45, 47 (Fla. Dist. Ct. App. 2010).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .case)
        #expect(first.container == "So. 2d")
        #expect(first.volume == "643")
        #expect(first.firstPage == "327")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.kind == .case)
        #expect(second.container == "So. 3d")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "47")
    }

    @Test("a reporter printed with its periods is read as before")
    func reporterWithPeriods() throws {
        let essay = try CitationFixture.essay([
            "Acme Widget Co. v. Roe, 643 So. 2d 327 (La. Ct. App. 1994).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.container == "So. 2d")
        #expect(first.firstPage == "327")
    }
}

extension ReporterWithoutPeriodsTests {
    @Test("a capital alone takes no period: `ref. 4 O 812/10` is a file number, not a reporter")
    func capitalAloneTakesNoPeriod() throws {
        let essay = try CitationFixture.essay([
            "See the case Widgetry, LG Musterstadt, judgment of 3 May 2010, ref. 4 O 812/10.",
        ])
        let work = CitationFixture.authority(essay, "1")
        #expect(work?.container != "Or.")
    }
}
