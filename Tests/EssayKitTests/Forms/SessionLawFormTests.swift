import Testing
@testable import EssayKit

@Suite("Session laws and registers")
struct SessionLawFormTests {
    @Test("a register page past a thousand printed with a comma is one page, and the series is kept as printed")
    func registerPageWithSeparator() throws {
        let essay = try CitationFixture.essay([
            "Exec. Order No. 14,036, 86 Fed. Reg. 36,987 (July 9, 2021).",
            "*Id.*",
            "75 Fed. Reg. 1234, 1240 (Jan. 1, 2010).",
        ])
        let order = try #require(CitationFixture.authority(essay, "1"))
        #expect(order.kind == .regulation)
        #expect(order.container == "Fed. Reg.")
        #expect(order.volume == "86")
        #expect(order.firstPage == "36,987")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "2")?.id == order.id)
        let other = try #require(CitationFixture.authority(essay, "3"))
        #expect(other.firstPage == "1234")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "1240")
    }

    @Test("a rule cited by its title in the register is that rule; a later bare cite of the page, as FR or Federal Register, is the same work")
    func titledNoticeInTheRegister() throws {
        let essay = try CitationFixture.essay([
            "EPA, \"Waste Emissions Charge for Example Systems,\" proposed rule, 89 Federal Register 5318, January 26, 2024, https://example.gov/rule (hereinafter EPA, \"Waste Emissions Charge\").",
            "89 FR 5318.",
            "EPA, \"Waste Emissions Charge.\"",
            "Executive Order 14254 of March 31, 2025, 90 Federal Register 14699, April 3, 2025.",
        ])
        let rule = try #require(CitationFixture.authority(essay, "1"))
        #expect(rule.kind == .regulation)
        #expect(rule.title == "Waste Emissions Charge for Example Systems")
        #expect(rule.authors == ["EPA"])
        #expect(rule.container == "Fed. Reg.")
        #expect(rule.volume == "89")
        #expect(rule.firstPage == "5318")
        #expect(rule.url == "https://example.gov/rule")
        #expect(CitationFixture.authority(essay, "2")?.id == rule.id)
        #expect(CitationFixture.authority(essay, "3")?.id == rule.id)
        #expect(CitationFixture.authority(essay, "4")?.container == "Fed. Reg.")
    }

    @Test("P.L. is a public law's number as policy writing abbreviates it")
    func publicLawAbbreviated() throws {
        let essay = try CitationFixture.essay(["P.L. 116-92, §523.", "Pub. L. No. 116-92, § 524."])
        let law = try #require(CitationFixture.authority(essay, "1"))
        #expect(law.documentNumber == "Pub. L. No. 116-92")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "§523")
        #expect(CitationFixture.authority(essay, "2")?.id == law.id)
    }
}
