import Testing
@testable import EssayKit

/// The Supreme Court's rules named in its own prose: `this Court's Rules 33.1, 44.4`.
@Suite("The Court's own rules")
struct CourtOwnRulesFormTests {
    @Test("each rule listed is a work of its own, its paragraph the pinpoint")
    func listedRules() throws {
        let essay = try CitationFixture.essay([
            "See, e.g., this Court’s Rules 15.2, 29.6.",
            "This Court's Rule 15.",
            "See Sup. Ct. R. 29.6.",
        ])
        let citations = CitationFixture.citations(essay, "1")
        #expect(citations.count == 2)
        let rules = citations.compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(rules.map(\.title) == ["Sup. Ct. R. 15", "Sup. Ct. R. 29"])
        #expect(rules.allSatisfy { $0.kind == .statute })
        #expect(citations.map(\.pinpoint?.text) == [".2", ".6"])
        #expect(CitationFixture.only(essay, "2")?.authorityID == rules.first?.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
        #expect(CitationFixture.only(essay, "3")?.authorityID == rules.last?.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == ".6")
    }

    @Test("the words without a number cite no rule")
    func noNumber() throws {
        let essay = try CitationFixture.essay(["See this Court's Rules on filing."])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}
