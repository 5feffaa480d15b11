import Testing
@testable import EssayKit

@Suite("A continental treatise cited in full")
struct TreatiseFormTests {
    @Test("authors in capitals, title, edition, year and margin number; cited again by its title or declared name")
    func treatise() throws {
        let essay = try CitationFixture.essay([
            "LARENZ/WOLF, Allgemeiner Teil des Bürgerlichen Rechts, 9th ed., 2004 (hereinafter referred to as “AT”), ref. 12.",
            "LARENZ/WOLF, AT, ref. 15, 17.",
            "MEDICUS, Schuldrecht, 2010, ref 40 f.",
            "MEDICUS, Schuldrecht, ref. 41.",
        ])
        let larenz = try #require(CitationFixture.authority(essay, "1"))
        #expect(larenz.kind == .book)
        #expect(larenz.title == "Allgemeiner Teil des Bürgerlichen Rechts")
        #expect(larenz.year == 2004)
        #expect(larenz.shortNames == ["AT"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "ref. 12")
        #expect(CitationFixture.only(essay, "2")?.authorityID == larenz.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "ref. 15, 17")
        let medicus = try #require(CitationFixture.authority(essay, "3"))
        #expect(medicus.title == "Schuldrecht")
        #expect(CitationFixture.only(essay, "4")?.authorityID == medicus.id)
    }
}
