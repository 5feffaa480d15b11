import Testing
@testable import EssayKit

/// A section of a dated Act named in the author's words or an explanatory parenthetical.
@Suite("Act sections named in words")
struct ActSectionMentionFormTests {
    @Test("a section of a dated Act in the author's sentence keeps the Act's year, the section and subdivision the place")
    func inProse() throws {
        let essay = try CitationFixture.essay([
            "The court held that section 12(3) of the Example Act 2004 did not apply.",
            "The court held that s 12(3) of the Example Act 2004 did not apply.",
            "See section 12(1) of the Example Act 2004.",
            "The duty arises under section 44 of the Harbour Act 2010 (Cth) and no other.",
        ])
        #expect(CitationFixture.titlesAndPinpoints(essay, "1") == ["Example Act 2004, s 12 @ s 12(3)"])
        #expect(CitationFixture.titlesAndPinpoints(essay, "2") == ["Example Act 2004, s 12 @ s 12(3)"])
        #expect(CitationFixture.citations(essay, "1").first?.authorityID == CitationFixture.citations(essay, "3").first?.authorityID)
        #expect(CitationFixture.titlesAndPinpoints(essay, "4") == ["Harbour Act 2010 (Cth) @ s 44"])
    }

    @Test("a section of a dated Act in a case's parenthetical is cited after the case")
    func inParenthetical() throws {
        let essay = try CitationFixture.essay([
            "Smith v. Jones, 123 F.3d 456, 460 (2d Cir. 1999) (construing section 12(3) of the Example Act 2004).",
        ])
        #expect(CitationFixture.titlesAndPinpoints(essay, "1").last == "Example Act 2004, s 12 @ s 12(3)")
    }

    @Test("a section of an Act with no year, or of `the Act`, is left as it was")
    func undated() throws {
        let essay = try CitationFixture.essay([
            "The court held that s 12(3) of the Act did not apply.",
        ])
        #expect(CitationFixture.titlesAndPinpoints(essay, "1").isEmpty)
    }
}
