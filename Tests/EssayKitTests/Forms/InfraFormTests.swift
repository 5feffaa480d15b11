import Testing
@testable import EssayKit

/// `Roe, infra note 4`: a work a later note cites in full, resolved once that note is read (`InfraForm`).
@Suite("infra by name")
struct InfraFormTests {
    @Test("`Roe, infra note 3, (N=20)` is the work note 3 cites in full, and that work lists the earlier note first")
    func forwardByAuthor() throws {
        let essay = try CitationFixture.essay([
            "Cy Coe, Widget Markets, 5 YALE L.J. 10 (2001); Roe, infra note 3, (N=20).",
            "Unrelated remark.",
            "Bo Roe, Perverse Economics of Gadget Terms, 10 CORNELL L. REV. 117, 150 (2017).",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(cited.count == 2)
        let later = try #require(CitationFixture.authority(essay, "3"))
        #expect(cited.last?.authorityID == later.id)
        #expect(cited.last?.form == .infra)
        #expect(essay.authority(later.id)?.footnotes == ["1", "3"])
    }

    @Test("a name the later note does not cite stays unresolved, with an error; a bare infra is no citation")
    func unmatchedAndBare() throws {
        let essay = try CitationFixture.essay([
            "Doe, infra note 2, at 4.",
            "Bo Roe, Perverse Economics of Gadget Terms, 10 CORNELL L. REV. 117 (2017).",
            "See infra note 2 and accompanying text.",
        ])
        #expect(CitationFixture.only(essay, "1")?.authorityID == nil)
        #expect(CitationFixture.citationErrors(essay).contains { $0.message.contains("infra") })
        #expect(CitationFixture.citations(essay, "3").isEmpty)
    }
}
