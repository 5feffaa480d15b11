import Testing
@testable import EssayKit

@Suite("A supra note that names no work")
struct BareSupraTests {
    @Test("supra note N alone stands for every work note N cites in full, in order")
    func everyWorkOfTheNote() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, *A Title*, 12 YALE L.J. 100 (2001); RICHARD ROE, *WAR* (2012).",
            "*See, e.g.*, *supra* note 1.",
            "*See supra* note 1, at 7; *supra* note 3.",
        ])
        let first = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(first.count == 2)
        #expect(CitationFixture.citations(essay, "2").compactMap(\.authorityID) == first)
        let third = CitationFixture.citations(essay, "3")
        #expect(third.prefix(2).compactMap(\.authorityID) == first)
        #expect(third.prefix(2).allSatisfy { $0.pinpoint?.text == "7" })
        // Pointing at its own note it names nothing, and says so.
        #expect(third.last?.authorityID == nil)
        #expect(CitationFixture.citationErrors(essay).contains { $0.message.contains("its own note") })
    }
}
