import Testing
@testable import EssayKit

@Suite("A code known by its abbreviation's form alone")
struct AbbreviatedCodeTests {
    @Test("an abbreviated name with a dotted acronym before a section is a code, named as printed")
    func abbreviatedNameBeforeSection() throws {
        let essay = try CitationFixture.essay([
            "See W.X.Y.Z., GADG. & W. § 4.120(b) (mandating bold type).",
            "Q.R.S. § 12-301; Smith v. Jones, 10 F.3d 20 (1st Cir. 2001).",
            "Id. § 12-305.",
            "Nimmer § 6.03.",
        ])
        let first = try #require(CitationFixture.citations(essay, "1").first)
        let work = try #require(first.authorityID.flatMap { essay.authority($0) })
        #expect(work.kind == .statute)
        #expect(work.title == "W.X.Y.Z., GADG. & W. § 4.120")
        #expect(first.pinpoint?.text == "(b)")
        let second = try #require(CitationFixture.citations(essay, "2").first?.authorityID.flatMap { essay.authority($0) })
        #expect(second.title == "Q.R.S. § 12-301")
        // A name in full words is a treatise's short form, no code.
        #expect(CitationFixture.authority(essay, "4")?.kind != .statute)
    }

    @Test("a dotted acronym and a section with joined parts, with no section sign, is that section")
    func sectionWithoutSign() throws {
        let essay = try CitationFixture.essay([
            "See Q.R.S. 44-512 (requiring notice).",
            "Q.R.S. § 44-512(c).",
            "Q.R.S. 1998.",
        ])
        let bare = try #require(CitationFixture.authority(essay, "1"))
        #expect(bare.title == "Q.R.S. § 44-512")
        #expect(bare.kind == .statute)
        let signed = try #require(CitationFixture.authority(essay, "2"))
        #expect(signed.id == bare.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(c)")
        // A number with no joined parts is no section.
        #expect(CitationFixture.authority(essay, "3")?.kind != .statute)
    }

    @Test("a title's number, an acronym of capitals and a section with joined parts is that section of the code")
    func numberedAcronymWithoutSign() throws {
        let essay = try CitationFixture.essay([
            "See, e.g., 14 WXYR 301.7, (“NOTICE IN BOLD CAPITALS”).",
            "14 WXYR § 301.7.",
            "Some 12 ABCD 4 items.",
        ])
        let rule = try #require(CitationFixture.authority(essay, "1"))
        #expect(rule.title == "14 WXYR § 301.7")
        #expect(rule.kind == .regulation)
        #expect(CitationFixture.authority(essay, "2")?.id == rule.id)
        #expect(CitationFixture.citations(essay, "3").allSatisfy { $0.authorityID == nil })
    }

    @Test("a rule of an administrative code cited by r. is that rule, its subdivision the pinpoint")
    func codeRule() throws {
        let essay = try CitationFixture.essay([
            "See, e.g., ZED. ADMIN. CODE r. 7-14.003(2) (1999).",
            "Roe r. 5.",
        ])
        let rule = try #require(CitationFixture.authority(essay, "1"))
        #expect(rule.title == "ZED. ADMIN. CODE r. 7-14.003")
        #expect(rule.kind == .regulation)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(2)")
        #expect(CitationFixture.authority(essay, "2")?.kind != .regulation)
    }

    @Test("a code's section and its parentheticals, then a comma and another full citation, are two citations")
    func commaAfterLawsParenthetical() throws {
        let essay = try CitationFixture.essay([
            "See Q.R.S. § 3-101 (West 2010) (requiring notice), JANE ROE, A BOOK ON WIDGETS 6 (2013).",
            "ZED. ADMIN. CODE r. 7-14.003 (1999), Q.R.S. § 3-102(a).",
        ])
        let first = CitationFixture.citations(essay, "1")
        #expect(first.count == 2)
        #expect(first.first?.authorityID.flatMap { essay.authority($0) }?.title == "Q.R.S. § 3-101")
        #expect(first.last?.authorityID.flatMap { essay.authority($0) }?.kind != .statute)
        let second = CitationFixture.citations(essay, "2").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.title }
        #expect(second == ["ZED. ADMIN. CODE r. 7-14.003", "Q.R.S. § 3-102"])
    }
}
