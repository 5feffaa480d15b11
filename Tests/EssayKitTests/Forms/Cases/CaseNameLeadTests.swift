import Testing
@testable import EssayKit

@Suite("Words leading a case's name in")
struct CaseNameLeadTests {
    func start(_ written: String) -> String {
        let text = CitationText(RichText(text: written))
        let start = CaseNameLead.start(text, 0..<text.count)
        return text.string(start..<text.count)
    }

    @Test("history and also leads are passed; a name's own words are not")
    func leads() {
        #expect(start("disapproved on other grounds, State v. Roe") == "State v. Roe")
        #expect(start("abrogated in part on other grounds, State v. Poe") == "State v. Poe")
        #expect(start("rev'd sub nom. Doe v. Roe") == "Doe v. Roe")
        #expect(start("Also, State v. Poe") == "State v. Poe")
        #expect(start("See, also, State v. Poe") == "State v. Poe")
        #expect(start("State v. Roe") == "State v. Roe")
        #expect(start("Limited, Inc. v. Roe") == "Limited, Inc. v. Roe")
        #expect(start("see, e.g., State v. Roe") == "see, e.g., State v. Roe", "a lead that reaches no capital is left whole")
    }

    @Test("a name in emphasis after a history's words is the case's name alone, and a supra's name drops its also")
    func inCitations() throws {
        let essay = try CitationFixture.essay([
            "*State v. Moe,* 250 Neb. 1, 550 N.W.2d 1 (1996), *disapproved on other grounds, State v. Roe,* 258 Neb. 511, 604 N.W.2d 151 (2000).",
            "*Also, State v. Moe, supra* note 1.",
        ])
        let titles = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } }
        #expect(titles == ["State v. Moe", "State v. Roe"])
        #expect(CitationFixture.authority(essay, "2")?.title == "State v. Moe")
    }
}
