import Testing
@testable import EssayKit

/// Year-first reports with their series printed before the year, as Pakistan's and India's are
/// cited (`PLD 1961 SC 212`, `AIR 1973 SC 1461`): the series is the report's, not the name's.
@Suite("A year-first report's series before its year")
struct ReporterSeriesPrefixTests {
    @Test("the series before a year-first report goes with the report, the name ends at the comma",
          arguments: ["State v Ormo, PLD 1961 SC 212.", "Rao v Iyer, AIR 1973 SC 1461, 1470."])
    func seriesPrefix(note: String) throws {
        let essay = try CitationFixture.essay([note])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(work.title == (note.hasPrefix("State") ? "State v Ormo" : "Rao v Iyer"))
        #expect(work.container?.hasPrefix(note.hasPrefix("State") ? "PLD " : "AIR ") == true)
    }

    @Test("a company's form after the name's comma stays the name's; a volume that is no year keeps the name whole")
    func companyForm() throws {
        let essay = try CitationFixture.essay([
            "Doe v. Acme, LLC, 2019 WL 123456, at *2 (D. Del. Mar. 1, 2019).",
            "Doe v. Roe, NLRB, 12 F.3d 100 (2d Cir. 1994).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title.hasSuffix("LLC") == true)
        #expect(CitationFixture.authority(essay, "2")?.title.contains("NLRB") == true)
    }
}
