import Testing
@testable import EssayKit

@Suite("Code sections written without a section sign")
struct CodeSectionWithoutSignTests {
    @Test("a titled code's section with no § is that section; U.S.C.A. and U.S.C.S. are U.S.C.")
    func sectionWithoutSign() throws {
        let essay = try CitationFixture.essay([
            "44 U.S.C.A. 3541(1) (West 2008).",
            "5 U.S.C. 552a(b).",
            "44 U.S.C.S. 3541.",
            "44 U.S.C. § 3541(2).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .statute)
        #expect(first.title == "44 U.S.C. § 3541")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(1)")
        let privacy = try #require(CitationFixture.authority(essay, "2"))
        #expect(privacy.title == "5 U.S.C. § 552a")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(b)")
        #expect(CitationFixture.authority(essay, "3")?.id == first.id)
        #expect(CitationFixture.authority(essay, "4")?.id == first.id)
    }

    @Test("an Id. with a new section after a code section is that section of the same code")
    func idWithNewSection() throws {
        let essay = try CitationFixture.essay([
            "44 U.S.C.A. 3541(1).",
            "*Id.* 3543(a)(5).",
            "*Id.* at 3502(6).",
            "*Id.* § 3544.",
            "*Id.* 3545.",
            "*Id.*",
        ])
        #expect(CitationFixture.authority(essay, "2")?.title == "44 U.S.C. § 3543")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(a)(5)")
        #expect(CitationFixture.authority(essay, "3")?.title == "44 U.S.C. § 3502")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "(6)")
        #expect(CitationFixture.authority(essay, "4")?.title == "44 U.S.C. § 3544")
        #expect(CitationFixture.authority(essay, "5")?.title == "44 U.S.C. § 3545")
        #expect(CitationFixture.authority(essay, "6")?.title == "44 U.S.C. § 3545")
    }

    @Test("an Id. at a page after a case stays a page of the case")
    func idPageAfterCase() throws {
        let essay = try CitationFixture.essay(["Alpha v. Beta, 410 U.S. 113 (1973).", "*Id.* at 150."])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == first.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "150")
    }
}
