import Testing
@testable import EssayKit

@Suite("Authority deduplication and ids")
struct CitationDedupTests {
    @Test("a work cited in full twice, with different signals, is one authority")
    func fullTwice() throws {
        let essay = try CitationFixture.essay([
            "See generally JANE MALLORY, MULTI-PARTY GOVERNANCE (2008).",
            "RICHARD ROE, *WAR* (2012).",
            "For more, see generally JANE MALLORY, MULTI-PARTY GOVERNANCE (2008).",
            "*Id.* at 4.",
        ])
        #expect(essay.authorities.map(\.id) == ["mallory-2008-multi-party", "roe-2012-war"])
        #expect(essay.authority("mallory-2008-multi-party")?.footnotes == ["1", "3", "4"])
        #expect(essay.authority("mallory-2008-multi-party")?.firstCitedIn.hasPrefix("1: ") == true)
    }

    @Test("the same document symbol is one work, however it is cited")
    func sameSymbol() throws {
        let essay = try CitationFixture.essay([
            "See Rept. of the Working Group, U.N. Doc. A/HRC/1/2 (May 2, 2017).",
            "U.N. Doc. A/HRC/1/2 (2017).",
        ])
        #expect(essay.authorities.count == 1)
        #expect(essay.authorities.first?.kind == .report)
        #expect(essay.authorities.first?.footnotes == ["1", "2"])
    }

    @Test("different works whose ids would collide get a numbered suffix")
    func collisions() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, *The Theory of Things*, 1 J. THINGS 1 (1990).",
            "Jane Roe, *Theory Revisited*, 2 J. THINGS 2 (1990).",
        ])
        #expect(essay.authorities.map(\.id) == ["roe-1990-theory", "roe-1990-theory-2"])
    }

    @Test("ids are lower-case ASCII slugs, without accents, apostrophes or periods")
    func slugs() {
        #expect(AuthorityIDMaker.slug("Zoë O’Brien") == "zoe-obrien")
        #expect(AuthorityIDMaker.slug("U.N. Doc.") == "un-doc")
        #expect(AuthorityIDMaker.slug("A/HRC/35/22") == "a-hrc-35-22")
        #expect(AuthorityIDMaker.slug("MULTI-STAKEHOLDER") == "multi-stakeholder")
    }
}
