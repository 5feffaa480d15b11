import Testing
@testable import EssayKit

/// Rules of court by set and number, the subdivision the pinpoint: `Fed. R. Civ. P. 23(b)(2)`.
@Suite("Court rules")
struct CourtRuleFormTests {
    @Test("a federal rule is one work whatever its subdivision or spelling")
    func federalRule() throws {
        let essay = try CitationFixture.essay([
            "See Fed. R. Civ. P. 23(b)(2).",
            "Fed.R.Civ.P. 23(b)(3).",
            "Federal Rule of Civil Procedure 23(a).",
            "Fed. R. Evid. 702.",
        ])
        let rule = try #require(CitationFixture.authority(essay, "1"))
        #expect(rule.kind == .statute)
        #expect(rule.title == "Fed. R. Civ. P. 23")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(b)(2)")
        #expect(CitationFixture.only(essay, "2")?.authorityID == rule.id)
        #expect(CitationFixture.only(essay, "3")?.authorityID == rule.id)
        #expect(CitationFixture.authority(essay, "4")?.title == "Fed. R. Evid. 702")
        #expect(CitationFixture.only(essay, "4")?.pinpoint == nil)
    }

    @Test("a local rule, with or without its court, keeps its number and its subdivision as the pinpoint")
    func localRule() throws {
        let essay = try CitationFixture.essay([
            "See L.R. 7.1(a)(1).",
            "LR 7.1(c).",
            "D.N.H. L.R. 7.2.",
            "Roe, 12 Harv. L.R. 45.",
            "See 10th Cir. R. 32.1(A).",
        ])
        let rule = try #require(CitationFixture.authority(essay, "1"))
        #expect(rule.title == "L.R. 7.1")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(a)(1)")
        #expect(CitationFixture.only(essay, "2")?.authorityID == rule.id)
        #expect(CitationFixture.authority(essay, "3")?.title == "D.N.H. L.R. 7.2")
        #expect(CitationFixture.authority(essay, "4")?.kind != .statute)
        #expect(CitationFixture.authority(essay, "5")?.title == "10th Cir. R. 32.1")
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "(A)")
    }
}

/// A local rule with its court named after it.
@Suite("Local rule and its court")
struct LocalRuleCourtTests {
    @Test("the court named after a local rule is the rule's, as one named before it")
    func courtAfter() throws {
        let essay = try CitationFixture.essay([
            "Local Rule 5.2(b) of the District Court for the Western District of Utah requires a short brief.",
            "See L.R. 5.2.",
        ])
        let rule = try #require(CitationFixture.authority(essay, "1"))
        #expect(rule.title == "Local Rule 5.2 of the District Court for the Western District of Utah")
        #expect(rule.container == "District Court for the Western District of Utah")
        #expect(CitationFixture.citations(essay, "1").first?.pinpoint?.text == "(b)")
        #expect(CitationFixture.authority(essay, "2")?.title == "L.R. 5.2")
    }
}
