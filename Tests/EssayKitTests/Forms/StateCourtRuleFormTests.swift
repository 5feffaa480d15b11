import Testing
@testable import EssayKit

/// A state's or a circuit's rules of court in the Bluebook's capitals or in roman: `MINN. R. CIV.
/// P. 5.04(b)`, `9TH CIR. R. 30-1(c)`, `KAN. RULES § 3-2`.
@Suite("State and circuit court rules")
struct StateCourtRuleFormTests {
    @Test("rules in capitals listed after a signal are one work each, named in roman, the subdivision the pinpoint")
    func capitalsList() throws {
        let essay = try CitationFixture.essay([
            "See, e.g., TEX. R. APP. P. 9.410; IOWA R. CIV. P. 2.04(c); 7TH CIR. R. 25-3(b).",
            "Tex. R. App. P. 9.410(a).",
        ])
        let citations = CitationFixture.citations(essay, "1")
        #expect(citations.count == 3)
        let titles = citations.compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } }
        #expect(titles == ["Tex. R. App. P. 9.410", "Iowa R. Civ. P. 2.04", "7th Cir. R. 25-3"])
        #expect(citations.map(\.pinpoint?.text) == [nil, "(c)", "(b)"])
        #expect(citations.first.flatMap { $0.authorityID.flatMap { essay.authority($0)?.kind } } == .statute)
        #expect(CitationFixture.only(essay, "2")?.authorityID == citations.first?.authorityID)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(a)")
    }

    @Test("a state's supreme court rules, and a set named `RULES` with a section sign")
    func courtAndSectionSign() throws {
        let essay = try CitationFixture.essay([
            "UTAH SUP. CT. R. 118(d).",
            "ALA. RULES § 4-6.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Utah Sup. Ct. R. 118")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(d)")
        #expect(CitationFixture.authority(essay, "2")?.title == "Ala. Rules § 4-6")
    }

    @Test("a place's abbreviation before words that name no rule is no rule")
    func notARule() throws {
        let essay = try CitationFixture.essay([
            "TEX. BUS. & COM. CODE ANN. § 17.46 (West 2011).",
            "Ann Roe, Dry Years, 12 TEX. L. REV. 45, 50 (1990).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title.hasPrefix("Tex. Bus.") != true)
        #expect(CitationFixture.authority(essay, "2")?.kind == .article)
    }
}
