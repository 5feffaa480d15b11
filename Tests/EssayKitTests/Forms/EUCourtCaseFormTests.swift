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

    @Test("the court before the number, the ECLI and a report in brackets are no part of the name")
    func courtLeadECLIAndReport() throws {
        let essay = try CitationFixture.essay([
            "CJEU, C-88/19, Roe v Fabrik GmbH, ECLI:EU:C:2020:321, para. 41.",
            "Case C-211/08 Alder SA and Others v Marchand AG [2010] ECR I-5011, § 103.",
            "Joined Cases C-7/11 and C-8/11 Roe v Doe, para 4.",
            "C-88/19, Roe, para. 60.",
        ])
        let roe = try #require(CitationFixture.authority(essay, "1"))
        #expect(roe.title == "Roe v Fabrik GmbH")
        #expect(roe.documentNumber == "C-88/19")
        #expect(roe.parallelCitations == ["ECLI:EU:C:2020:321"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "para. 41")
        let alder = try #require(CitationFixture.authority(essay, "2"))
        #expect(alder.title == "Alder SA and Others v Marchand AG")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§ 103")
        #expect(CitationFixture.authority(essay, "3")?.documentNumber == "C-7/11")
        #expect(CitationFixture.authority(essay, "4")?.id == roe.id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "para. 60")
    }
}
