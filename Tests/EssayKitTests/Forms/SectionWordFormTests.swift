import Testing
@testable import EssayKit

@Suite("A code's section named again by the word Section")
struct SectionWordFormTests {
    @Test("`Section 2261(b) bars such claims.` after a note cited `28 U. S. C. §2261`: that section, at (b)")
    func afterANote() throws {
        let essay = try CitationFixture.essay([
            "See 28 U. S. C. §2261(a); Roe v. Doe, 500 U. S. 1 (1991).",
            "Section 2261(b) bars such claims.",
        ])
        let code = try #require(CitationFixture.citations(essay, "1").first?.authorityID)
        let cited = try #require(CitationFixture.only(essay, "2"))
        #expect(cited.authorityID == code)
        #expect(cited.pinpoint?.text == "(b)")
    }

    @Test("after the running text cited the section in full: that code's section")
    func afterTheRunningText() throws {
        let essay = try Fixture.essay("""
            # Opinion

            The statute, 28 U. S. C. §2261, sets a limit.[^1]

            [^1]: Section 2261(b) bars such claims.
            """)
        let cited = try #require(essay.footnote("1")?.citations.first)
        let code = try #require(cited.authorityID.flatMap { essay.authority($0) })
        #expect(code.title == "28 U.S.C. § 2261")
        #expect(cited.pinpoint?.text == "(b)")
    }

    @Test("a section no code cited before has, or a short number, is the author's words")
    func noSectionCitedBefore() throws {
        let essay = try CitationFixture.essay([
            "See 28 U. S. C. §2261(a).",
            "Section 2263 sets another limit.",
            "Section 5 of the Act governs.",
        ])
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.authorityID == nil })
        #expect(CitationFixture.citations(essay, "3").allSatisfy { $0.authorityID == nil })
    }
}
