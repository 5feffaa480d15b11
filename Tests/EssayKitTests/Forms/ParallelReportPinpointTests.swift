import Testing
@testable import EssayKit

/// A short form in a case's parallel reporter, or in a later report its history printed, is checked
/// against that report's first page, and an *Id.* after it against the same report.
@Suite("Pinpoints in a parallel or later report")
struct ParallelReportPinpointTests {
    private let full = "_Dolan v. Wade_, 410 U.S. 113, 93 S. Ct. 705, 35 L. Ed. 2d 147 (1973)."

    @Test("a named short form in a parallel reporter, and an Id. after it, resolve to the case")
    func namedParallel() throws {
        let essay = try CitationFixture.essay([full, "_Dolan_, 93 S. Ct. at 710.", "_Id._ at 711.", "_Dolan_, 35 L. Ed. 2d at 150."])
        let dolan = try #require(CitationFixture.authority(essay, "1"))
        for label in ["2", "3", "4"] {
            #expect(CitationFixture.authority(essay, label)?.id == dolan.id, "note \(label)")
        }
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "710")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "711")
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("a nameless short form in a parallel reporter resolves to the case")
    func namelessParallel() throws {
        let essay = try CitationFixture.essay([full, "_See_ 93 S. Ct. at 712.", "_Id._"])
        let dolan = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == dolan.id)
        #expect(CitationFixture.authority(essay, "3")?.id == dolan.id)
    }

    @Test("a pinpoint below the parallel report's first page is refused, as one below the first reporter's")
    func belowParallelFirstPage() throws {
        let essay = try CitationFixture.essay([full, "_Dolan_, 93 S. Ct. at 700.", "93 S. Ct. at 1200."])
        #expect(CitationFixture.only(essay, "2")?.authorityID == nil)
        #expect(CitationFixture.only(essay, "3")?.authorityID == nil)
        #expect(CitationFixture.citationErrors(essay).count == 2)
    }

    @Test("an Id. after a short form in a parallel reporter is a page of that reporter, not of the first")
    func idFollowsTheReportUsed() throws {
        // 120 lies in the first reporter's pages (113), not the parallel's (705): read as the first reporter's.
        let essay = try CitationFixture.essay([full, "_Dolan_, 93 S. Ct. at 706.", "_Id._ at 707.", "_Id._ at 120.", "_Id._ at 2000."])
        let dolan = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "3")?.id == dolan.id)
        #expect(CitationFixture.authority(essay, "4")?.id == dolan.id)
        #expect(CitationFixture.only(essay, "5")?.authorityID == nil)
    }

    @Test("an Id. after a full citation may give a page of a parallel report")
    func idAfterFullParallel() throws {
        let essay = try CitationFixture.essay([full, "_Id._ at 708."])
        let dolan = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == dolan.id)
    }

    @Test("an Id. after a short form in a later report's volume is a page of that report")
    func idAfterLaterReport() throws {
        let essay = try CitationFixture.essay([
            "_Quarry Grill, Inc. v. Antler Steaks, Inc._, 107 F.3d 455, 460 (11th Cir. 1996), _modified_, 123 F.3d 1479 (1996).",
            "_See Quarry_, 123 F.3d at 1482.",
            "_Id._ at 1483.",
        ])
        let quarry = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == quarry.id)
        #expect(CitationFixture.authority(essay, "3")?.id == quarry.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "1483")
    }
}
