import Testing
@testable import EssayKit

/// A filing named after its case, docket and date, as policy reports print it (`TrailingFilingForm`).
@Suite("A filing after its case: Alder v. Birch Inc., civil no. 1:24-cv-3973-AS, April 15, 2026, verdict form")
struct TrailingFilingFormTests {
    @Test("the last field names the filing, the work; the case and its docket identify it")
    func filingAfterCase() throws {
        let essay = try CitationFixture.essay([
            "State of Alder et al., v. Birch Entertainment Inc., and Cedar LLC, civil no. 1:24-cv-3973-AS, April 15, 2026, verdict form.",
            "Alder v. Birch Inc., no. 1:24-cv-3973, May 2, 2024, complaint.",
        ])
        let verdict = try #require(CitationFixture.authority(essay, "1"))
        #expect(verdict.kind == .document)
        #expect(verdict.title == "verdict form")
        #expect(verdict.documentNumber?.contains("1:24-cv-3973-AS") == true)
        #expect(verdict.year == 2026)
        #expect(CitationFixture.authority(essay, "2")?.title == "complaint")
        #expect(CitationFixture.authority(essay, "2")?.id != verdict.id)
    }

    @Test("a last field naming no filing, or a number of no court's shape, is no such filing")
    func notFilings() throws {
        let essay = try CitationFixture.essay([
            "Alder v. Birch Inc., no. 1:24-cv-3973, April 15, 2026, press coverage.",
            "Alder v. Birch Inc., no. 12, April 15, 2026, verdict form.",
        ])
        for label in ["1", "2"] {
            #expect(CitationFixture.citations(essay, label).allSatisfy { $0.authorityID.flatMap { essay.authority($0) }?.title != "verdict form" })
            #expect(CitationFixture.citations(essay, label).allSatisfy { $0.authorityID.flatMap { essay.authority($0) }?.title != "press coverage" })
        }
    }
}
