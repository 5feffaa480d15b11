import Testing
@testable import EssayKit

@Suite("A supra that spells out `footnote`")
struct SupraFootnoteWordTests {
    @Test("`*See supra* footnote 1.` is every work note 1 cites")
    func footnoteSpelledOut() throws {
        let essay = try CitationFixture.essay([
            "Harbor Board, *Ferry Access Guide* 4 (2014).",
            "*See supra* footnote 1.",
        ])
        let target = CitationFixture.authority(essay, "1")
        #expect(target != nil)
        #expect(CitationFixture.authority(essay, "2")?.id == target?.id)
    }
}
