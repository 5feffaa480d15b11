import ArgumentGraph
import EssayKit
import Testing

@Suite("Auditing the annotations")
struct AuditTests {
    @Test("the bundled annotations have no support cycles and every counterclaim is answered")
    func bundled() {
        let report = AuditReport(map: Bundled.map)
        #expect(report.supportCycles.isEmpty)
        #expect(report.unansweredCounterclaims.isEmpty)
        #expect(report.unassessedFactors.isEmpty)
        #expect(report.uncitedClaims.contains("thesis"))
        #expect(!report.uncitedClaims.contains("def-participation"))
        #expect(!report.uncitedClaims.contains("caron-integrity-question"))
        if let caron = Bundled.map.citedWorks(of: "def-participation").compactMap(\.authority).first {
            #expect(!report.uncitedAuthorities.contains(caron.id))
        }
    }

    @Test("a fixture with an unanswered counterclaim and a support cycle")
    func fixture() {
        let result = AnnotationFixture().load("""
            essay: kaye-2019-legitimacy.md
            claims:
              - id: a
                kind: claim
                quote: "Participation is open to all"
                supports: [b]
              - id: b
                kind: claim
                quote: "no single actor can dominate"
                supports: [c]
              - id: c
                kind: claim
                quote: "no actor can guarantee a self-dealing outcome"
                supports: [a]
              - id: d
                kind: claim
                quote: "the only serious attack"
                supports: [d]
              - id: objection
                kind: counterclaim
                quote: "Not all States have celebrated the multi-stakeholder approach."
                attacks: [a]
              - id: answered
                kind: counterclaim
                quote: "The Chinese-Russian code has not found widespread support"
              - id: reply
                kind: rebuttal
                quote: "Despite objections"
                rebuts: [answered]
            """)
        // A claim supporting itself is an error in the file, and is dropped from the graph.
        #expect(result.errors.map(\.message) == ["claim 'd' supports itself"])
        let report = AuditReport(map: result.map)
        #expect(report.supportCycles == [["a", "b", "c"]])
        #expect(report.unansweredCounterclaims == ["objection"])
        #expect(report.uncitedClaims == ["a", "b", "c", "d", "objection", "answered", "reply"])
        #expect(report.unassessedFactors == ["independence", "accountability", "oversight", "participation"])
        #expect(!report.isClean)
    }
}
