import Testing
@testable import EssayKit

@Suite("A section sign glued to its number in the author's words: §727 of the Bankruptcy Code")
struct GluedSectionSignTests {
    @Test("a glued sign and number of a code named after it is that code's section, as with a space")
    func gluedSignOfNamedCode() throws {
        let essay = try CitationFixture.essay([
            "Most suits invoke §727 of the Bankruptcy Code, rarely §9 of the UFTA.",
            "Most suits invoke § 727 of the Bankruptcy Code.",
        ])
        let titles = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } }
        #expect(titles == ["Bankruptcy Code § 727", "UFTA § 9"])
        #expect(CitationFixture.authority(essay, "2")?.id == CitationFixture.citations(essay, "1").first?.authorityID)
    }

    @Test("a glued sign after a titled code's abbreviation stays that code's citation, not a second one")
    func gluedSignAfterCode() throws {
        let essay = try CitationFixture.essay([
            "The charge was usually 9 USC §12 (the section on hidden assets).",
            "The widgets are counted under §12 as the board decides.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "9 U.S.C. § 12")
        // A section of no code named is no citation.
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }
}
