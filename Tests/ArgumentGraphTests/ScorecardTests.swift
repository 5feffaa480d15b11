import ArgumentGraph
import EssayKit
import Testing

@Suite("The scorecard and claim queries")
struct ScorecardTests {
    let scorecard = Scorecard(map: Bundled.map)

    @Test("the Security Council fails independence and accountability, with oversight partial")
    func securityCouncil() {
        #expect(scorecard.cell(subject: "security-council", factor: "independence")?.verdict == .unmet)
        #expect(scorecard.cell(subject: "security-council", factor: "accountability")?.verdict == .unmet)
        #expect(scorecard.cell(subject: "security-council", factor: "oversight")?.verdict == .partial)
        #expect(scorecard.cell(subject: "security-council", factor: "independence")?.claims == ["council-not-independent"])
        #expect(scorecard.cell(subject: "security-council", factor: "oversight")?.claims == ["council-limited-review"])
    }

    @Test("the multi-stakeholder model meets all four, each cell naming its claims")
    func multiStakeholder() {
        for factor in ["independence", "accountability", "oversight", "participation"] {
            let cell = scorecard.cell(subject: "multi-stakeholder", factor: factor)
            #expect(cell?.verdict == .met, "\(factor)")
            #expect(cell?.claims.contains("thesis") == true, "\(factor)")
        }
        #expect(scorecard.cell(subject: "multi-stakeholder", factor: "oversight")?.claims.contains("transparent-disclosure") == true)
    }

    @Test("disagreeing claims: every stance shown, the verdict by count, ties to the weaker stance")
    func disagreement() throws {
        let participation = try #require(scorecard.cell(subject: "security-council", factor: "participation"))
        #expect(participation.isContested)
        #expect(participation.entries.map(\.stance) == [.unmet, .partial])
        #expect(participation.verdict == .unmet)
        let ms = try #require(scorecard.cell(subject: "multi-stakeholder", factor: "participation"))
        #expect(ms.entries.map(\.stance) == [.met, .partial])
        #expect(ms.entries.last?.claims == ["outsized-private-voices"])
        #expect(scorecard.cell(subject: "state-driven", factor: "oversight")?.verdict == nil)
        #expect(scorecard.subjects.map(\.id) == ["security-council", "multi-stakeholder", "state-driven"])
    }

    @Test("claims by factor: oversight brings the ICJ review claim and the transparency claims")
    func byFactor() {
        let ids = Bundled.map.claims(matching: ClaimFilter(factor: "oversight")).map(\.id)
        #expect(ids.contains("council-limited-review"))
        #expect(ids.contains("transparent-disclosure"))
        #expect(ids.contains("igf-transparent"))
        #expect(ids.contains("def-oversight"))
        #expect(!ids.contains("council-no-political-review"))
        let wider = Bundled.map.claims(matching: ClaimFilter(factor: "oversight", includeSuggested: true)).map(\.id)
        #expect(wider.contains("council-no-political-review"))
    }

    @Test("claims by stance, subject, kind and section")
    func byOthers() {
        let map = Bundled.map
        #expect(map.claims(matching: ClaimFilter(factor: "oversight", stance: .partial)).map(\.id) == ["council-limited-review"])
        #expect(map.claims(matching: ClaimFilter(stance: .unmet, subject: "security-council")).map(\.id)
            == ["council-not-independent", "council-not-accountable", "council-unrepresentative"])
        #expect(map.claims(matching: ClaimFilter(kind: .thesis)).map(\.id) == ["thesis"])
        let conclusion = map.claims(matching: ClaimFilter(section: 3)).map(\.id)
        #expect(conclusion == ["institutionalize", "process-debate", "build-confidence"])
        #expect(map.claims(matching: ClaimFilter(kind: .counterclaim, section: 0)).isEmpty)
    }
}
