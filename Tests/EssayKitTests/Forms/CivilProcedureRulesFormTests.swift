import Testing
@testable import EssayKit

/// The English Civil Procedure Rules: `CPR 36.7`, `CPR r 36.7`, `CPR Part 36`.
@Suite("Civil Procedure Rules")
struct CivilProcedureRulesFormTests {
    @Test("a rule with or without `r` is one work, its subdivision the pinpoint; a Part is its own")
    func ruleAndPart() throws {
        let essay = try CitationFixture.essay([
            "See CPR r 44.2(4).",
            "CPR 44.2.",
            "CPR Part 44.",
        ])
        let rule = try #require(CitationFixture.authority(essay, "1"))
        #expect(rule.title == "CPR 44.2")
        #expect(rule.kind == .statute)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(4)")
        #expect(CitationFixture.only(essay, "2")?.authorityID == rule.id)
        #expect(CitationFixture.authority(essay, "3")?.title == "CPR Part 44")
    }

    @Test("a rule named in the author's words is cited")
    func inProse() throws {
        let essay = try CitationFixture.essay(["The gap could be closed by amending CPR 3.9 and, where the court agrees, by costs."])
        #expect(CitationFixture.authority(essay, "1")?.title == "CPR 3.9")
    }

    @Test("letters `CPR` inside a word or without a number cite nothing")
    func notARule() throws {
        let essay = try CitationFixture.essay(["The XCPR 12 scheme and the CPR generally."])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { essay.authority($0.authorityID ?? "")?.title.hasPrefix("CPR") != true })
    }
}
