import Testing
@testable import EssayKit

@Suite("Constitutions")
struct ConstitutionFormTests {
    @Test("a constitution in capitals with a comma after its name is the same constitution, its parts the pinpoint")
    func commaAfterName() throws {
        let essay = try CitationFixture.essay([
            "U.S. Const. art. I, § 8, cl. 3.",
            "U.S. CONST., art. VI, Cl. 2.",
        ])
        let constitution = try #require(CitationFixture.authority(essay, "1"))
        #expect(constitution.kind == .constitution)
        #expect(CitationFixture.authority(essay, "2")?.id == constitution.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "art. VI, Cl. 2")
    }
}
