import Testing
@testable import EssayKit

@Suite("Petitions for certiorari")
struct PetitionFormTests {
    @Test("a petition is one work, known by its docket number, which is no pinpoint")
    func petition() throws {
        let essay = try CitationFixture.essay([
            "Petition for a Writ of Certiorari, Alpha Co. v. Beta Corp., No. 25-123 (U.S. Sep. 2, 2025).",
            "Petition for Certiorari, No. 19-40, at 12.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title == "Petition for a Writ of Certiorari")
        #expect(first.documentNumber == "No. 25-123")
        #expect(first.container == "Alpha Co. v. Beta Corp.")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "2")?.documentNumber == "No. 19-40")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "12")
    }
}
