import Testing
@testable import EssayKit

@Suite("Lists of authors closed by et al.")
struct EtAlAuthorListTests {
    @Test("`A, B & C et al., Title, …`: every named author, and the title after `et al.,`")
    func listEndingEtAl() throws {
        let essay = try CitationFixture.essay([
            "Jane Quell, Sam Ode & Lee Fen et al., Widgets at Scale, 9 Gotham Tech. L.J. 1, 4 (2020).",
            "Jane Quell, Sam Ode, Ann Tan & Lee Fen et al., Gadget Drift, 12 Widget L. Rev. 100 (2021).",
            "Jane Quell, Sam Ode, and Lee Fen et al., Widget Pricing, 3 Gadget L.J. 7 (2019).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.authors == ["Jane Quell", "Sam Ode", "Lee Fen"])
        #expect(first.title == "Widgets at Scale")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "4")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.authors == ["Jane Quell", "Sam Ode", "Ann Tan", "Lee Fen"])
        #expect(second.title == "Gadget Drift")
        let third = try #require(CitationFixture.authority(essay, "3"))
        #expect(third.authors == ["Jane Quell", "Sam Ode", "Lee Fen"])
        #expect(third.title == "Widget Pricing")
    }

    @Test("`A, B et al., Title, …` with no `&`: both named authors, the title after `et al.,`")
    func twoNamesEtAl() throws {
        let essay = try CitationFixture.essay([
            "Mara Quell, Ivo Tan et al., Counting Echoes in Sparse Models, 12 Lakeshore L. Rev. 301, 305 (2022).",
            "Mara Quell, Ivo Tan, Lu Berg et al., Widget Drift, 3 Gadget L.J. 7 (2019).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.authors == ["Mara Quell", "Ivo Tan"])
        #expect(first.title == "Counting Echoes in Sparse Models")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.authors == ["Mara Quell", "Ivo Tan", "Lu Berg"])
        #expect(second.title == "Widget Drift")
    }

    @Test("a supra by the whole list picks the one work of the note by those authors")
    func supraByWholeList() throws {
        let essay = try CitationFixture.essay([
            "Jane Quell, Widget Law, 1 Widget L. Rev. 1 (2018); Jane Quell, Sam Ode & Lee Fen et al., Widgets at Scale, 9 Gotham Tech. L.J. 1 (2020).",
            "Quell, Ode & Fen et al., supra note 1, at 5.",
            "Id. at 6.",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(cited.count == 2)
        let scale = try #require(cited.last?.authorityID)
        #expect(CitationFixture.only(essay, "2")?.authorityID == scale)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "5")
        #expect(CitationFixture.only(essay, "3")?.authorityID == scale)
    }

    @Test("`Quell & Tan` and `Quell, Tan & Berg` in one note: each supra names its own work")
    func supraByCountAndOrder() throws {
        let essay = try CitationFixture.essay([
            "Jane Quell & Ann Tan, Widget Courts, 4 Widget L. Rev. 10 (2017); Jane Quell, Ann Tan & Bo Berg, Gadget Courts, 5 Gadget L.J. 20 (2018).",
            "Quell & Tan, supra note 1, at 12.",
            "Quell, Tan & Berg, supra note 1, at 22.",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(cited.count == 2)
        #expect(CitationFixture.only(essay, "2")?.authorityID == cited.first?.authorityID)
        #expect(CitationFixture.only(essay, "3")?.authorityID == cited.last?.authorityID)
    }

    @Test("`Quell et al.` names the work with more authors than Quell alone")
    func etAlNamesTheLongerList() throws {
        let essay = try CitationFixture.essay([
            "Jane Quell, Widget Law, 1 Widget L. Rev. 1 (2018); Jane Quell, Sam Ode & Lee Fen, Widgets at Scale, 9 Gotham Tech. L.J. 1 (2020).",
            "Quell et al., supra note 1, at 5.",
            "Quell, supra note 1, at 2.",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(cited.count == 2)
        #expect(CitationFixture.only(essay, "2")?.authorityID == cited.last?.authorityID)
        #expect(CitationFixture.only(essay, "3")?.authorityID == cited.first?.authorityID)
    }

    @Test("a list that names none of the note's works in full stays unresolved, never another work")
    func noSilentWrongWork() throws {
        let essay = try CitationFixture.essay([
            "Jane Quell & Ann Tan, Widget Courts, 4 Widget L. Rev. 10 (2017); Jane Quell & Bo Berg, Gadget Courts, 5 Gadget L.J. 20 (2018).",
            "Quell, Tan & Berg, supra note 1, at 12.",
        ])
        #expect(CitationFixture.only(essay, "2")?.authorityID == nil)
    }
}
