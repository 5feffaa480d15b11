import Testing
@testable import EssayKit

/// A list of sections continued past each one's quoted name: `id. §§ 4(B) ("Fees"), 4(D) ("Audit")`.
@Suite("Section list across quoted names")
struct QuotedSectionNameListTests {
    @Test("every section of the list is the pinpoint, the quoted names left out")
    func listAcrossNames() throws {
        let essay = try CitationFixture.essay([
            "Dock Lease between Port Co. and Tug Co. § 1 (2009).",
            "See id. §§ 3(A) (\"Rent\"), 3(C) (\"Repairs\").",
            "Id. §§ 2(A)(i) (“Basic Term”), 2(C)(iv), 9.",
        ])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§§ 3(A), 3(C)")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "§§ 2(A)(i), 2(C)(iv), 9")
    }

    @Test("a quoted name with no section after it ends the list")
    func lastName() throws {
        let essay = try CitationFixture.essay([
            "Dock Lease between Port Co. and Tug Co. § 1 (2009).",
            "Id. § 3(A) (\"Rent\").",
        ])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§ 3(A)")
    }
}
