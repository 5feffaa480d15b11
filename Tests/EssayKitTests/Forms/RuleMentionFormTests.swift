import Testing
@testable import EssayKit

/// A rule of court named in the author's words or an explanatory parenthetical.
@Suite("Rules named in words")
struct RuleMentionFormTests {
    @Test("a federal rule spelled out in a case's parenthetical is the rule, its subdivision the pinpoint")
    func inParenthetical() throws {
        let essay = try CitationFixture.essay([
            "United States v. Roe, 123 F.3d 456, 460 (2d Cir. 1999) (applying Federal Rule of Evidence 803(6) to the ledger).",
            "Fed. R. Evid. 803(4).",
            "See Doe v. Poe, 12 F.4th 34, 40 (1st Cir. 2021) (dismissing under Fed. R. Civ. P. 12(b)(6)).",
        ])
        #expect(CitationFixture.titlesAndPinpoints(essay, "1") == ["United States v. Roe @ 460", "Fed. R. Evid. 803 @ (6)"])
        let rule = try #require(CitationFixture.citations(essay, "1").last?.authorityID)
        #expect(CitationFixture.only(essay, "2")?.authorityID == rule)
        #expect(CitationFixture.titlesAndPinpoints(essay, "3").last == "Fed. R. Civ. P. 12 @ (b)(6)")
    }

    @Test("a rule in the author's sentence is cited: a federal set spelled out or abbreviated, or the CPR")
    func inProse() throws {
        let essay = try CitationFixture.essay([
            "The appeal was late under Federal Rule of Appellate Procedure 4(a).",
            "The court dismissed the claim under Federal Rules of Civil Procedure 12(b)(6) and costs followed.",
            "The judge then turned to Fed. R. Civ. P. 56(a), which governs.",
        ])
        #expect(CitationFixture.titlesAndPinpoints(essay, "1") == ["Fed. R. App. P. 4 @ (a)"])
        #expect(CitationFixture.titlesAndPinpoints(essay, "2") == ["Fed. R. Civ. P. 12 @ (b)(6)"])
        #expect(CitationFixture.titlesAndPinpoints(essay, "3") == ["Fed. R. Civ. P. 56 @ (a)"])
    }

    @Test("a federal word with no rule set and number, or a journal's name, cites no rule")
    func notARule() throws {
        let essay = try CitationFixture.essay([
            "The Federal Rules of Evidence were amended in 2011.",
            "Federalism, as the court said, has 3 parts.",
        ])
        #expect(CitationFixture.titlesAndPinpoints(essay, "1").allSatisfy { !$0.hasPrefix("Fed. R.") })
        #expect(CitationFixture.titlesAndPinpoints(essay, "2").isEmpty)
    }
}
