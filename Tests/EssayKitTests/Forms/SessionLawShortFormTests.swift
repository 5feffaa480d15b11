import Testing
@testable import EssayKit

@Suite("Session laws by their series' volume and a page")
struct SessionLawShortFormTests {
    @Test("`130 Stat. at 1357` after the act cited in full is that act at the page; the section before it and the code it is to be codified at are no other works")
    func statutesAtLargeShortForm() throws {
        let essay = try CitationFixture.essay([
            "Widget Review Act of 2016, Pub. L. No. 114-258, 130 Stat. 1355 (2016).",
            "§ 2, 130 Stat. at 1357 (to be codified at 15 U.S.C. § 45b(d)(1)).",
            "Gadget Act, Pub. L. No. 114-260, 130 Stat. 1400 (2016).",
            "130 Stat. at 1410.",
            "130 Stat. at 1358.",
            "131 Stat. at 20.",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        let short = try #require(CitationFixture.only(essay, "2"))
        #expect(short.authorityID == act.id)
        #expect(short.pinpoint?.text == "1357")
        let gadget = try #require(CitationFixture.authority(essay, "3"))
        #expect(CitationFixture.authority(essay, "4")?.id == gadget.id)
        #expect(CitationFixture.authority(essay, "5")?.id == act.id)
        #expect(CitationFixture.only(essay, "6")?.authorityID == nil)
    }
}
