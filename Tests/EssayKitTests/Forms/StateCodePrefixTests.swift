import Testing
@testable import EssayKit

@Suite("A state's code printed without `Ann.`, with its edition's year or its title in capitals")
struct StateCodePrefixTests {
    @Test("`VT. STAT. §`, `IOWA REV. STAT. §`, `KAN. STAT. §`: the state stays the code's, never `Stat.` alone")
    func stateKept() throws {
        let essay = try CitationFixture.essay([
            "VT. STAT. § 12:34A-56.7.",
            "IOWA REV. STAT. § 512.6 (2021).",
            "KAN. STAT. § 18-2-207(b)(3) (2021) (Westlaw).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Vt. Stat. § 12:34A-56.7")
        #expect(CitationFixture.authority(essay, "2")?.title == "Iowa Rev. Stat. § 512.6")
        #expect(CitationFixture.authority(essay, "3")?.title == "Kan. Stat. § 18-2-207")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "(b)(3)")
    }

    @Test("`IDAHO CODE 1948 § 33-12-9(b)`: the edition's year between the code and its section")
    func editionYear() throws {
        let essay = try CitationFixture.essay(["IDAHO CODE 1948 § 33-12-9(b)."])
        let section = try #require(CitationFixture.authority(essay, "1"))
        #expect(section.title == "Idaho Code § 33-12-9")
        #expect(section.year == 1948)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(b)")
    }

    @Test("`KAN. STAT. TIT. 9 § 4-201.5(C)(2)`: a title in capitals, no comma before the section")
    func titleInCapitals() throws {
        let essay = try CitationFixture.essay(["KAN. STAT. TIT. 9 § 4-201.5(C)(2)."])
        let section = try #require(CitationFixture.authority(essay, "1"))
        #expect(section.title.hasPrefix("Kan. Stat. tit. 9 § 4-201.5"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(C)(2)")
    }

    @Test("a code the table knows with its state is not given a second one")
    func stateNotDoubled() throws {
        let essay = try CitationFixture.essay(["VT. STAT. ANN. tit. 9, § 2453 (2020)."])
        #expect(CitationFixture.authority(essay, "1")?.title.hasPrefix("Vt. Stat. Ann.") == true)
    }
}

@Suite("A remark in words between a section's subdivisions")
struct SubdivisionRemarkTests {
    @Test("`§ 336.057(2)(Effective for contracts signed after 2024)(b)`: the place is `(2)(b)`")
    func remarkLeftOut() throws {
        let essay = try CitationFixture.essay(["ORE. REV. STAT. § 336.057(2)(Effective for contracts signed after 2024)(b)."])
        #expect(CitationFixture.authority(essay, "1")?.title == "Or. Rev. Stat. § 336.057")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(2)(b)")
    }
}

@Suite("A treatise whose title ends in a state's abbreviation before its section")
struct StateAloneIsNoCodeTests {
    @Test("`LANDLORD AND TENANT PRACTICE IN N.J. § 7:310`: no statute `N.J. § 7:310`")
    func stateAloneIsNoCode() throws {
        let essay = try CitationFixture.essay(["JOAN PARR ET AL., LANDLORD AND TENANT PRACTICE IN N.J. § 7:310 (Volume B Practice Series 2010)."])
        #expect(!CitationFixture.citations(essay, "1").contains { $0.authorityID.flatMap { essay.authority($0) }?.kind == .statute })
    }
}
