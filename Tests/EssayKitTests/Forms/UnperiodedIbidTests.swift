import Testing
@testable import EssayKit

@Suite("ibid with no period, as McGill and OSCOLA print it")
struct UnperiodedIbidTests {
    @Test("Ibid at 5, ibid, 462, Ibid, para 4, ibid para 89: the work just before, with the place")
    func forms() throws {
        let essay = try CitationFixture.essay([
            "Ines Vale, \"Dry Docks and the Press\" (2016) 44:3 Dal LJ 310 at 322.",
            "*Ibid* at 325.",
            "ibid, 326.",
            "Ibid, para 4.",
            "ibid para 89.",
            "ibid art 26(3).",
            "ibid.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        for label in ["2", "3", "4", "5", "6", "7"] {
            let cited = try #require(CitationFixture.only(essay, label))
            #expect(cited.form == .id, "note \(label)")
            #expect(cited.authorityID == article.id, "note \(label)")
        }
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "325")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "326")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text.contains("4") == true)
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text.contains("89") == true)
        #expect(CitationFixture.only(essay, "6")?.pinpoint?.text.contains("26(3)") == true)
    }

    @Test("Ibidem or a name that opens with Ibid is no id form")
    func notId() throws {
        let essay = try CitationFixture.essay([
            "Ines Vale, \"Dry Docks and the Press\" (2016) 44:3 Dal LJ 310 at 322.",
            "Ibidco Ltd sold the docks in the same year.",
        ])
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.form != .id })
    }

    @Test("OSCOLA's `ibid 1067`, the page alone after it, is the work before at that page; `Ibid 2019 figures` is no id form")
    func barePage() throws {
        let essay = try CitationFixture.essay([
            "Entick v Carrington (1765) 19 St Tr 1029, 1066.",
            "Ibid 1067.",
            "ibid 1070-71.",
        ])
        let entick = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == entick.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "1067")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "1070-71")
        let prose = CitationText(RichText(text: "Ibid 2019 figures were lower"))
        #expect(IdForm.read(prose, 0..<prose.bytes.count) == nil)
    }
}
