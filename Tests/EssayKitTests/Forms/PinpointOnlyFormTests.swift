import Testing
@testable import EssayKit

@Suite("A note that is only a pinpoint")
struct PinpointOnlyFormTests {
    @Test("`at 412C`, `para 12`, `pp 4-6`: the work the note before cites, at that place")
    func placeOfTheWorkBefore() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Ferry Dues, 4 PORT L.J. 7 (2010).",
            "at 412C",
            "para 12",
            "pp 4-6",
        ])
        let roe = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == roe.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "412C")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "para 12")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "pp 4-6")
        #expect(CitationFixture.authority(essay, "4")?.id == roe.id)
    }

    @Test("after a note in which no citation was read, a bare pinpoint stays unresolved, never an older note's work")
    func notAcrossCommentary() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Ferry Dues, 4 PORT L.J. 7 (2010).",
            "The committee did not agree with this view at all.",
            "para 12",
        ])
        #expect(CitationFixture.citations(essay, "3").allSatisfy { $0.authorityID == nil })
    }

    @Test("words around the place are the author's: `at length`, `para 12 of the draft was dropped` are no pinpoint notes")
    func proseIsNoPinpoint() {
        let text = CitationText(RichText(text: "para 12 of the draft was dropped"))
        #expect(PinpointOnlyForm.read(text, 0..<text.bytes.count) == nil)
        let other = CitationText(RichText(text: "at 412C and"))
        #expect(PinpointOnlyForm.read(other, 0..<other.bytes.count) == nil)
    }

    @Test("a pinpoint note marked by a sentence naming one case cited before: that case, not the note before's work")
    func caseTheSentenceNames() throws {
        let essay = try Fixture.essay("""
            # Report

            The rule began with a ferry.[^1] It was later doubted.[^2] As was said in Harrow v Mell, the fee is due.[^3] No court has held otherwise in Pryor v Dane.[^4]

            [^1]: Harrow v Mell [1993] 2 QB 70.
            [^2]: Ann Roe, Ferry Dues, 4 PORT L.J. 7 (2010).
            [^3]: at 412C
            [^4]: at 81
            """)
        let harrow = try #require(essay.footnote("1")?.citations.first?.authorityID)
        let cited = try #require(essay.footnote("3")?.citations.first)
        #expect(cited.authorityID == harrow)
        #expect(cited.pinpoint?.text == "412C")
        #expect(essay.authority(harrow)?.footnotes.contains("3") == true)
        // A case no note cites: the place stays unresolved rather than a page of the article.
        #expect(essay.footnote("4")?.citations.first?.authorityID == nil)
    }

    @Test("`in Brill v Casterton; Osk v Pell,` at the mark of a note citing a neutral citation alone: the first case's name")
    func joinedCasesNameTheFirst() throws {
        let essay = try Fixture.essay("""
            # Report

            Later, in Brill v Casterton; Osk v Pell,[^1] the Court of Appeal agreed.

            [^1]: [2006] EWCA Civ 88; [2006] 1 WLR 2201.
            """)
        let cited = essay.footnote("1")?.citations.compactMap(\.authorityID) ?? []
        let names = cited.compactMap { essay.authority($0)?.title }
        #expect(names.first == "Brill v Casterton")
    }

    @Test("`art 9.`, `Art 121(3).`: an article alone is a place in the work the note before cites")
    func articleAlone() throws {
        let essay = try CitationFixture.essay([
            "Harbour Convention (adopted 3 March 1961, entered into force 1 May 1963) 412 UNTS 77.",
            "art 9.",
            "Art 121(3)(a).",
        ])
        let treaty = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == treaty.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "art 9")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "Art 121(3)(a)")
        let prose = CitationText(RichText(text: "art 9 was never ratified"))
        #expect(PinpointOnlyForm.read(prose, 0..<prose.bytes.count) == nil)
    }
}
