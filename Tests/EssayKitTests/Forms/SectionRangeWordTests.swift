import Testing
@testable import EssayKit

@Suite("A range of sections written with `to`")
struct SectionRangeWordTests {
    @Test("`§§ A to B` is one work, the range; `§§ A and B` two")
    func rangeAndList() throws {
        let essay = try CitationFixture.essay([
            "Neb.Rev.Stat. §§ 29-2519 to 29-2546 (Reissue 1995 & Cum. Supp. 2002).",
            "Neb. Rev. Stat. §§ 29-2519 and 29-2520 (Reissue 2008).",
            "42 U.S.C. §§ 1981 through 1988.",
        ])
        #expect(CitationFixture.titlesAndPinpoints(essay, "1") == ["Neb. Rev. Stat. §§ 29-2519 to 29-2546 @ -"])
        #expect(CitationFixture.titlesAndPinpoints(essay, "2") == ["Neb. Rev. Stat. § 29-2519 @ -", "Neb. Rev. Stat. § 29-2520 @ -"])
        #expect(CitationFixture.titlesAndPinpoints(essay, "3") == ["42 U.S.C. §§ 1981 through 1988 @ -"])
    }
}
