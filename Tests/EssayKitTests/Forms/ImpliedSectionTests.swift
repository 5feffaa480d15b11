import Testing
@testable import EssayKit

@Suite("A bare section of the code the notes cite")
struct ImpliedSectionTests {
    @Test("`sec. 27 para 2` with no code is a section of the code whose sections the notes cite most, the later on a tie")
    func lastCode() throws {
        let essay = try CitationFixture.essay([
            "HGB, sec. 25 para 1 reads as follows.",
            "The rule is laid down in sec. 27 para 2 through 4.",
            "As explained in sec. 3 above, the rule is old.",
            "Unlike sec. 945 ZPO, it needs no fault (see sec. 28).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title == "HGB § 25")
        let implied = try #require(CitationFixture.only(essay, "2"))
        #expect(implied.authorityID.flatMap { essay.authority($0) }?.title == "HGB § 27")
        #expect(implied.pinpoint?.text == "para 2 through 4")
        #expect(CitationFixture.citations(essay, "3").isEmpty)
        // HGB is cited twice, ZPO once: `sec. 28` is the HGB's.
        let titles = CitationFixture.citations(essay, "4").compactMap(\.authorityID).compactMap { essay.authority($0)?.title }
        #expect(titles == ["ZPO § 945", "HGB § 28"])
    }

    @Test("a bare section right after a titled code's section in the same note is that code's, in either form; a bare § never takes the notes' code")
    func sameNoteCodeFirst() throws {
        let essay = try CitationFixture.essay([
            "HGB, sec. 25 para 1 reads as follows.",
            "See 15 U.S.C. § 78j(b); see also sec. 78t.",
            "The rule differs from § 26 in one respect.",
        ])
        let titles = CitationFixture.citations(essay, "2").compactMap(\.authorityID).compactMap { essay.authority($0)?.title }
        #expect(titles == ["15 U.S.C. § 78j", "15 U.S.C. § 78t"])
        #expect(CitationFixture.citations(essay, "3").compactMap(\.authorityID).isEmpty)
    }

    @Test("with no code cited before, a bare section is the author's words")
    func noCode() throws {
        let essay = try CitationFixture.essay(["The rule is laid down in sec. 27 para 2."])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}

@Suite("Id. after a note the essay marks but does not give")
struct IdAfterMissingNoteTests {
    @Test("the Id. is unresolved, with an error naming the missing note")
    func missingNote() throws {
        let text = "# T\n\nOne.[^1] Two.[^2] Three.[^3]\n\n[^1]: Jane Roe, *A Title*, 12 YALE L.J. 100, 104 (2001).\n\n[^3]: *Id.*\n"
        let essay = try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
        let id = try #require(CitationFixture.only(essay, "3"))
        #expect(id.authorityID == nil)
        #expect(CitationFixture.citationErrors(essay).contains { $0.message.contains("note 2") })
    }
}
