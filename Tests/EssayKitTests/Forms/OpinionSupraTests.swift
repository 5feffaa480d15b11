import Testing
@testable import EssayKit

@Suite("An opinion's supra: nicknames, history cases and the report's place")
struct OpinionSupraTests {
    @Test("a nickname with a numeral names the case of the note whose party it is")
    func nickname() throws {
        let essay = try CitationFixture.essay([
            "State v. Roe, 258 Neb. 511, 604 N.W.2d 151 (2000).",
            "State v. Roe, 262 Neb. 33, 630 N.W.2d 12 (2001); Doe v. Moe, 263 Neb. 4, 631 N.W.2d 9 (2002).",
            "Roe I, supra note 1, at 515.",
            "Roe II, supra note 2.",
            "Zed I, supra note 2.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "3")?.id == first.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "515")
        let second = CitationFixture.citations(essay, "2").compactMap(\.authorityID)
        #expect(second.count == 2)
        #expect(CitationFixture.authority(essay, "4")?.id == second.first)
        #expect(CitationFixture.only(essay, "5")?.authorityID == nil, "a nickname no party of the note answers to names nothing")
    }

    @Test("a case named only in a note's subsequent history is what a supra to that note names")
    func historyCase() throws {
        let essay = try CitationFixture.essay([
            "State v. Koe, 261 Neb. 7, 620 N.W.2d 2 (2001), abrogated on other grounds, State v. Poe, 270 Neb. 1, 700 N.W.2d 5 (2005).",
            "State v. Poe, supra note 1, 270 Neb. at 9.",
            "State v. Koe, supra note 1.",
        ])
        let poe = try #require(CitationFixture.authority(essay, "2"))
        #expect(poe.title == "State v. Poe")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "9")
        #expect(CitationFixture.authority(essay, "3")?.title == "State v. Koe")
    }

    @Test("a supra's short report after the note gives the place, its parallel reports part of the one citation")
    func shortReport() throws {
        let essay = try CitationFixture.essay([
            "State v. Roe, 271 Neb. 500, 713 N.W.2d 430 (2006).",
            "Doe v. Ohio, 432 U.S. 282, 97 S. Ct. 2339, 53 L. Ed. 2d 344 (1977).",
            "State v. Roe, supra note 1, 271 Neb. at 528, 713 N.W.2d at 447.",
            "Doe v. Ohio, supra note 2, 432 U.S. at 293.",
        ])
        let roe = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.citations(essay, "3").count == 1)
        #expect(CitationFixture.authority(essay, "3")?.id == roe.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "528")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "293")
    }

    @Test("an acronym in its own parenthesis after a work names it for a later supra")
    func acronym() throws {
        let essay = try CitationFixture.essay([
            "American Psychiatric Assn., Diagnostic and Statistical Manual of Mental Disorders (4th ed. text rev. 2000) (DSM-IV-TR); American Assn. on Mental Retardation, Mental Retardation: Definition, Classification, and Systems of Supports (10th ed. 2002) (AAMR).",
            "DSM-IV-TR, supra note 1 at 49.",
            "AAMR, supra note 1 at 1.",
        ])
        let works = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(works.count == 2)
        #expect(CitationFixture.only(essay, "2")?.authorityID == works.first)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "49")
        #expect(CitationFixture.only(essay, "3")?.authorityID == works.last)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "1")
    }
}
