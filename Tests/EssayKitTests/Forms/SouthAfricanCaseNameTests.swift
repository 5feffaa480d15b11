import Testing
@testable import EssayKit

@Suite("South African case names and neutral citations")
struct SouthAfricanCaseNameTests {
    @Test("`obo` (on behalf of) keeps the first party in the name")
    func onBehalfOf() throws {
        let essay = try CitationFixture.essay(["PQ obo RS v Director of Transport [2021] ZASCA 8."])
        #expect(CitationFixture.authority(essay, "1")?.title == "PQ obo RS v Director of Transport")
    }

    @Test("a case number before the citation and a court's code mistyped with a digit")
    func mistypedCode() throws {
        let essay = try CitationFixture.essay(["Minister of Roads v C D (456/2017) [2018] ZAS3CA 12 (4 May 2018) para 9."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(work.title == "Minister of Roads v C D")
        #expect(work.year == 2018)
        #expect(work.firstPage == "12")
    }

    @Test("a mistyped code with no case's name before it is no citation")
    func mistypedAlone() throws {
        let essay = try CitationFixture.essay(["See [2018] ZAS3CA 12."])
        #expect(CitationFixture.authority(essay, "1") == nil)
    }

    @Test("a report's page split by a converter before its last digit is one page")
    func splitPage() throws {
        let essay = try CitationFixture.essay([
            "Rowe v Sims [2011] 3 WLR 33 2.",
            "Rowe v Sims [2011] 3 WLR 33 2 All ER 5.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.firstPage == "332")
        #expect(CitationFixture.authority(essay, "2")?.firstPage != "332")
    }
}
