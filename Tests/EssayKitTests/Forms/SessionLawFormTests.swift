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

@Suite("Acts named with their public law")
struct PublicLawActTests {
    @Test("an act named with its public law and Statutes at Large cite is one work, the act")
    func namedAct() throws {
        let essay = try CitationFixture.essay([
            "Chief Financial Officers Act of 1990, Pub. L. No. 101–576, 104 Stat. 2838.",
            "Pub. L. No. 104–106.",
            "Pub. L. 110-161, Dec. 26, 2007, 121 Stat. 1844.",
            "Alpha Amendments of 1962, Pub. L. No. 87-781, § 102, 76 Stat. 780, 781 (codified as amended at 21 U.S.C. § 355).",
            "Beta Control Act of 2009, Pub. L. No. 111-31, § 101(b)(3), 123 Stat. 1776, 1807.",
            "Beta Control Act of 2009, Pub L. No. 111-31, 123 Stat. 1776.",
            "Gamma Act of 1990, Pub. L. No. 101-535, § 6.",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(act.kind == .statute)
        #expect(act.title == "Chief Financial Officers Act of 1990")
        #expect(act.documentNumber == "Pub. L. No. 101-576")
        let alone = try #require(CitationFixture.authority(essay, "2"))
        #expect(alone.documentNumber == "Pub. L. No. 104-106")
        #expect(CitationFixture.authority(essay, "3")?.documentNumber == "Pub. L. No. 110-161")
        let alpha = try #require(CitationFixture.authority(essay, "4"))
        #expect(alpha.title == "Alpha Amendments of 1962")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "781")
        let beta = try #require(CitationFixture.authority(essay, "5"))
        #expect(beta.title == "Beta Control Act of 2009")
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "1807")
        #expect(CitationFixture.authority(essay, "6")?.id == beta.id)
        #expect(CitationFixture.authority(essay, "7")?.title == "Gamma Act of 1990")
        #expect(CitationFixture.only(essay, "7")?.pinpoint?.text == "§ 6")
    }

    @Test("a section printed right after the public law's number, with no comma, is its pinpoint")
    func sectionWithoutComma() throws {
        let essay = try CitationFixture.essay(["P.L. 119-27 §4(a)(5).", "See P.L. 119-27, §9(e)."])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "§4(a)(5)")
        #expect(CitationFixture.authority(essay, "2")?.id == act.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§9(e)")
    }
}
