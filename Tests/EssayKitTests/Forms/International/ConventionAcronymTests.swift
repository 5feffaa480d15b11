import Testing
@testable import EssayKit

@Suite("A convention cited by its acronym and article alone, never in full")
struct ConventionAcronymTests {
    @Test("`Art 8 ECHR` and `Article 10 of the ECHR` with no note declaring ECHR: the Convention at the article, one work")
    func undeclared() throws {
        let essay = try CitationFixture.essay([
            "Art 8 ECHR.",
            "See Article 10 of the ECHR.",
        ])
        let convention = try #require(CitationFixture.authority(essay, "1"))
        #expect(convention.kind == .treaty)
        #expect(convention.title == "European Convention on Human Rights")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "Art 8")
        #expect(CitationFixture.authority(essay, "2")?.id == convention.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Article 10")
    }

    @Test("an acronym a note declared is that note's work, and an unknown acronym stays the author's words")
    func declaredFirst() throws {
        let essay = try CitationFixture.essay([
            "Convention for the Protection of Human Rights and Fundamental Freedoms, Nov. 4, 1950, 213 U.N.T.S. 221 [hereinafter ECHR].",
            "Art 8 ECHR.",
            "Art 3 XYZC.",
        ])
        let declared = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == declared.id)
        #expect(CitationFixture.citations(essay, "3").isEmpty)
    }
}
