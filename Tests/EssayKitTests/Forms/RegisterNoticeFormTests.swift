import Testing
@testable import EssayKit

@Suite("A rule cited by its title in the register")
struct RegisterNoticeFormTests {
    @Test("the part of the regulations a titled rule amends is no work of its own: the rule is the register's notice")
    func partBeforeTheRegister() throws {
        let essay = try CitationFixture.essay([
            "Widget Agency (WA), “Revise Widget Labels,” 12 C.F.R. Part 9, 88 Federal Register 40112, May 2, 2023, https://example.gov/widget-labels.",
            "See 12 C.F.R. § 9.4.",
            "Widget Agency, “Revise Widget Labels,” 12 C.F.R. Part 9, 88 Federal Register 40112, 40115, May 2, 2023.",
        ])
        let rule = try #require(CitationFixture.authority(essay, "1"))
        #expect(rule.kind == .regulation)
        #expect(rule.title == "Revise Widget Labels")
        #expect(rule.documentNumber == "88 Fed. Reg. 40112")
        #expect(rule.url == "https://example.gov/widget-labels")
        #expect(CitationFixture.authority(essay, "2")?.id != rule.id)
        #expect(CitationFixture.authority(essay, "3")?.id == rule.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "40115")
    }

    @Test("a rule not yet printed is named by its Regulation Identifier Number")
    func regulationIdentifier() throws {
        let essay = try CitationFixture.essay([
            "Widget Department, “Widget Review Board,” 12 C.F.R. Part 10, RIN 1234-AB56 Federal Register, June 1, 2024.",
            "The department said “soon,” RIN or not.",
        ])
        let rule = try #require(CitationFixture.authority(essay, "1"))
        #expect(rule.title == "Widget Review Board")
        #expect(rule.documentNumber == "RIN 1234-AB56")
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }
}
