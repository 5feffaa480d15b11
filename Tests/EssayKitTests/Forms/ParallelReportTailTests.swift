import Testing
@testable import EssayKit

/// A parallel report written after a short form's or an *Id.*'s pinpoint is no part of the pinpoint.
@Suite("Parallel reports after a short form's pinpoint")
struct ParallelReportTailTests {
    private let full = "Doe v. Example, 592 U.S. 101, 141 S. Ct. 890 (2021)."

    @Test("`Id. at 118, 141 S. Ct. 902`: the pinpoint is 118, the parallel report the citation's")
    func idWithParallel() throws {
        let essay = try CitationFixture.essay([full, "Id. at 118, 141 S. Ct. 902."])
        let doe = try #require(CitationFixture.authority(essay, "1"))
        let id = try #require(CitationFixture.only(essay, "2"))
        #expect(id.authorityID == doe.id)
        #expect(id.pinpoint?.text == "118")
        #expect(essay.footnote("2")?.segments.allSatisfy { $0.kind == .citation } == true)
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("`Example, 592 U.S., at 118, 141 S.Ct. 902, 905` and `at 119, 141 S. Ct. at 903`: the first report's page")
    func shortFormWithParallel() throws {
        let essay = try CitationFixture.essay([full, "Example, 592 U.S., at 118, 141 S.Ct. 902, 905.", "Example, 592 U.S. at 119, 141 S. Ct. at 903.",
                                               "Id., at 120, 141 S. Ct. 890, 904."])
        let doe = try #require(CitationFixture.authority(essay, "1"))
        for (label, page) in [("2", "118"), ("3", "119"), ("4", "120")] {
            let citation = try #require(CitationFixture.only(essay, label))
            #expect(citation.authorityID == doe.id, "note \(label)")
            #expect(citation.pinpoint?.text == page, "note \(label)")
            #expect(essay.footnote(label)?.segments.allSatisfy { $0.kind == .citation } == true, "note \(label)")
        }
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("a parallel report's volume below the first page does not fail the page check")
    func parallelVolumeIsNoPage() throws {
        // 12 (the parallel's volume) lies before the case's first page, 101: read as a page it would fail.
        let essay = try CitationFixture.essay(["Doe v. Example, 592 U.S. 101, 12 L. Ed. 2d 890 (2021).", "Id. at 118, 12 L. Ed. 2d 902."])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "118")
        #expect(CitationFixture.authority(essay, "2") != nil)
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("a list of pages with no parallel report stays whole")
    func pageListKept() throws {
        let essay = try CitationFixture.essay([full, "Id. at 118, 141."])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "118, 141")
    }
}
