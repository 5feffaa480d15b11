import Testing
@testable import EssayKit

@Suite("Reports of one English judgment joined by semicolons")
struct ParallelReportSemicolonTests {
    @Test("the reports after the neutral citation are the same case's, one citation")
    func parallels() throws {
        let essay = try CitationFixture.essay([
            "Alder v Birch [2004] EWCA Civ 576; [2004] 1 WLR 3002; [2004] 4 All ER 920.",
            "[2004] 1 WLR 3002 at [12].",
        ])
        let citation = try #require(CitationFixture.only(essay, "1"))
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Alder v Birch")
        #expect(work.parallelCitations == ["[2004] 1 WLR 3002", "[2004] 4 All ER 920"])
        #expect(citation.authorityID == CitationFixture.authority(essay, "2")?.id)
    }

    @Test("a pinpoint before the semicolon stays the citation's")
    func pinpointBefore() throws {
        let essay = try CitationFixture.essay(["Judge J at [138] in Cole v Dent [2013] EWCA Civ 591 at [4]; [2013] PTSR 1377."])
        let citations = CitationFixture.citations(essay, "1")
        #expect(citations.count == 1)
        #expect(citations.first?.pinpoint?.text == "[4]")
    }

    @Test("another case after a semicolon is a citation of its own")
    func otherCase() throws {
        let essay = try CitationFixture.essay(["Alder v Birch [2004] EWCA Civ 576; Cole v Dent [2005] UKHL 3."])
        #expect(CitationFixture.citations(essay, "1").count == 2)
    }
}
