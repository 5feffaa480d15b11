import Testing
@testable import EssayKit

/// `ClauseReading` keeps its rare parts (siblings, parentheticals, history, history's cases) apart,
/// and reads, changes and compares them as the fields they were.
@Suite("A clause's reading with its rare parts kept apart")
struct ClauseReadingTests {
    static func statute(_ title: String) -> ClauseReading.SharedWork {
        ClauseReading.SharedWork(WorkDraft(kind: .statute, title: title))
    }

    @Test("a reading made without rare parts has none, and one made with them reads them back")
    func madeWithAndWithout() {
        let plain = ClauseReading(form: .id, citation: 0..<3)
        #expect(plain.siblings.isEmpty && plain.parentheticals.isEmpty && plain.history == nil && plain.historyCases.isEmpty)
        let full = ClauseReading(form: .full(Self.statute("21 U.S.C. § 348")), pinpoint: nil,
                                 siblings: [ClauseReading.Sibling(work: Self.statute("21 U.S.C. § 379e"), pinpoint: nil)],
                                 citation: 0..<30, parentheticals: ["emphasis added"], history: "aff'd",
                                 historyCases: [WorkDraft(kind: .case, title: "Roe v. Doe")])
        #expect(full.siblings.map(\.work.work.title) == ["21 U.S.C. § 379e"])
        #expect(full.parentheticals == ["emphasis added"])
        #expect(full.history == "aff'd")
        #expect(full.historyCases.map(\.title) == ["Roe v. Doe"])
    }

    @Test("changing a rare part of a copy leaves the original as it was")
    func copiesAreValues() {
        var first = ClauseReading(form: .id, citation: 0..<3, parentheticals: ["quoting Roe"])
        let second = first
        first.parentheticals.append("cleaned up")
        first.history = "rev'd"
        #expect(first.parentheticals == ["quoting Roe", "cleaned up"])
        #expect(second.parentheticals == ["quoting Roe"])
        #expect(second.history == nil)
        #expect(first != second)
    }

    @Test("readings compare by what they hold, whether their rare parts were set at making or after")
    func equality() {
        var later = ClauseReading(form: .id, citation: 0..<3)
        later.history = "cert. denied"
        #expect(later == ClauseReading(form: .id, citation: 0..<3, history: "cert. denied"))
        later.history = nil
        #expect(later == ClauseReading(form: .id, citation: 0..<3))
    }
}
