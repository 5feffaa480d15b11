import Testing
@testable import EssayKit

/// Which of a note's works a *supra* means: `sources cited supra note N` means all of them
/// (`SupraForm`), and a short title picks one of an author's pieces wherever its words stand in
/// the title (`ResolutionRun`).
@Suite("supra to what a note cites")
struct SupraNoteWorksTests {
    @Test("`See sources cited supra note 1` means every work note 1 cites in full")
    func sourcesCited() throws {
        let essay = try CitationFixture.essay([
            "Ann Able, Widget Law, 3 YALE L.J. 4 (1990); Bo Best, Gadget Law, 5 YALE L.J. 9 (1992).",
            "See sources cited supra note 1.",
            "See generally the list of websites cited supra note 1.",
        ])
        let works = Set(CitationFixture.citations(essay, "1").compactMap(\.authorityID))
        #expect(works.count == 2)
        #expect(Set(CitationFixture.citations(essay, "2").compactMap(\.authorityID)) == works)
        #expect(Set(CitationFixture.citations(essay, "3").compactMap(\.authorityID)) == works)
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("`Roe & Poe, Redux, supra note 1` is the piece of theirs whose title holds `Redux`")
    func shortTitleInsideTitle() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe & Bo Poe, Widget Theory and Its Limits, 11 YALE L.J. 500 (2003); Ann Roe & Bo Poe, Widget Interpretation Redux, 19 YALE L.J. 900 (2010).",
            "Roe & Poe, Redux, supra note 1, at 902.",
            "Roe & Poe, supra note 1, at 510.",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(cited.count == 2)
        #expect(CitationFixture.only(essay, "2")?.authorityID == cited.last?.authorityID)
        // Without a short title the two pieces stay apart: no guess.
        #expect(CitationFixture.only(essay, "3")?.authorityID == nil)
    }
}

/// A bare *supra* to a note's accompanying text, and a *supra* to a note that cites its work by a
/// short form only.
@Suite("supra to a note without a full citation")
struct SupraToShortFormNoteTests {
    @Test("`See supra notes 1-2 and accompanying text` cites no work and reports nothing")
    func accompanyingText() throws {
        let essay = try CitationFixture.essay([
            "Ann Able, Widget Law, 3 YALE L.J. 4 (1990).",
            "See supra notes 1-2 and accompanying text.",
            "See supra note 1 and accompanying text.",
        ])
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.authorityID == nil })
        #expect(CitationFixture.citations(essay, "3").allSatisfy { $0.authorityID == nil })
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("`Able, supra note 2` where note 2 is `Able, supra note 1` is Able's work; another name stays unresolved")
    func throughAShortForm() throws {
        let essay = try CitationFixture.essay([
            "Ann Able, Widget Law, 3 YALE L.J. 4 (1990).",
            "Able, supra note 1, at 6.",
            "Able, supra note 2, at 7.",
            "Best, supra note 2, at 8.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "3")?.authorityID == work.id)
        #expect(CitationFixture.only(essay, "4")?.authorityID == nil)
    }
}
