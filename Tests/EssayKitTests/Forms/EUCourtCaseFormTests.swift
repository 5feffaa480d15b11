import Testing
@testable import EssayKit

@Suite("Cases of the European courts by case number")
struct EUCourtCaseFormTests {
    @Test("the number and the parties after a dash or a comma; a paragraph is the pinpoint")
    func caseByNumber() throws {
        let essay = try CitationFixture.essay([
            "Case C-5/08 — Infopaq International A/S v. Danske Dagblades Forening, available at <http://curia.europa.eu/>.",
            "Case T-201/04, Microsoft Corp. v. Commission, para. 1088.",
        ])
        let infopaq = try #require(CitationFixture.authority(essay, "1"))
        #expect(infopaq.kind == .case)
        #expect(infopaq.documentNumber == "C-5/08")
        #expect(infopaq.title.hasPrefix("Infopaq International"))
        let microsoft = try #require(CitationFixture.authority(essay, "2"))
        #expect(microsoft.documentNumber == "T-201/04")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "para. 1088")
    }

    @Test("a word Case with no number is no such citation")
    func noNumber() throws {
        let essay = try CitationFixture.essay(["Case law on this point is scarce."])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}
