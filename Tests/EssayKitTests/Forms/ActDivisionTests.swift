import Testing
@testable import EssayKit

@Suite("Omnibus acts cited by division and title")
struct ActDivisionTests {
    @Test("`P.L. 118-42, Division C, Title III`: the public law is the work, the division and title as printed the pinpoint, a section after them part of it")
    func divisionAfterTheNumber() throws {
        let essay = try CitationFixture.essay([
            "Widget Appropriations Act, 2024, P.L. 118-42, Division C, Title III.",
            "P.L. 115-141, Division B, Title V, §539.",
            "Section 539 of P.L. 115-141.",
            "The gadget law (GLA; P.L. 117-58, Division J) funds widgets.",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(act.documentNumber == "Pub. L. No. 118-42")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "Division C, Title III")
        let omnibus = try #require(CitationFixture.authority(essay, "2"))
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Division B, Title V, §539")
        #expect(CitationFixture.authority(essay, "3")?.id == omnibus.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "Section 539")
        #expect(CitationFixture.authority(essay, "4")?.documentNumber == "Pub. L. No. 117-58")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "Division J")
    }

    @Test("`Division A of P.L. 117-167` and `Division J of the GLA (P.L. 117-58)`: the division before the law is its pinpoint, no part of its name")
    func divisionBeforeTheNumber() throws {
        let essay = try CitationFixture.essay([
            "Division A of P.L. 117-167.",
            "Funds were provided under Division J of the GLA (P.L. 117-58).",
            "P.L. 117-58.",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(act.title == "Pub. L. No. 117-167")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "Division A")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Division J")
        #expect(CitationFixture.authority(essay, "3")?.id == second.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint == nil)
    }

    @Test("the Bluebook's `div.` and `tit.` are a chain too; a Statutes at Large page after them is the closer pinpoint; an acronym may open the parenthesis")
    func bluebookDivision() throws {
        let essay = try CitationFixture.essay([
            "Widget Investment Act, Pub. L. No. 117-58, div. J, tit. I, 135 Stat. 429 (2021).",
            "Widget Investment Act, Pub. L. No. 117-58, div. J, § 11101, 135 Stat. 429, 460 (2021).",
            "Funds came under Division J of the Widget Investment Act (WIA; P.L. 117-58).",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "div. J, tit. I")
        #expect(CitationFixture.authority(essay, "2")?.id == act.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "460")
        #expect(CitationFixture.authority(essay, "3")?.documentNumber == "Pub. L. No. 117-58")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "Division J")
    }

    @Test("a division named with no public law, or prose about divisions, names no work")
    func divisionAlone() throws {
        let essay = try CitationFixture.essay([
            "Division C of the bill funds widgets.",
            "The Antitrust Division, Title III of its manual.",
        ])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID == nil })
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.authorityID == nil })
    }
}
