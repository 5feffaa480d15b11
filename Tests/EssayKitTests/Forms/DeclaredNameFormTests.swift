import Testing
@testable import EssayKit

/// Policy writing's short forms: a `(hereinafter X)` name repeated, perhaps with a pinpoint
/// (`DeclaredNameForm`), and an issuing body's acronym with the title's first words.
@Suite("Declared names (policy writing's short forms)")
struct DeclaredNameFormTests {
    @Test("a declared name with a page, pages, a table or nothing after it is the work that declared it")
    func declaredNameAndPinpoint() throws {
        let essay = try CitationFixture.essay([
            "Office of Example Audits (OEA), Widget Markets: Prices and Consumers, May 2019, pp. 4-5, https://example.gov/widgets.pdf (hereinafter OEA, Widget Markets).",
            "OEA, Widget Markets, pp. 6-11.",
            "OEA, Widget Markets, p. 2.",
            "OEA, Widget Markets, Table 4-1.",
            "OEA, Widget Markets.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "pp. 4-5")
        for (label, pinpoint) in [("2", "pp. 6-11"), ("3", "p. 2"), ("4", "Table 4-1")] {
            #expect(CitationFixture.authority(essay, label)?.id == report.id)
            #expect(CitationFixture.only(essay, label)?.pinpoint?.text == pinpoint)
        }
        #expect(CitationFixture.authority(essay, "5")?.id == report.id)
        #expect(CitationFixture.only(essay, "5")?.pinpoint == nil)
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("a declared name holding a date and commas, followed by a page, is that work, not a new one")
    func declaredNameThatReadsLikeAFullCitation() throws {
        let essay = try CitationFixture.essay([
            "Acme Widgets, Inc., Form 10-K for the Fiscal Year Ended December 31, 2024, filed with the SEC, February 19, 2025, pp. 35, 37 (hereinafter Acme, Form 10-K for FY ended December 31, 2024).",
            "Acme, Form 10-K for FY ended December 31, 2024, p. 6.",
        ])
        let filing = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == filing.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. 6")
        #expect(essay.authorities.count == 1)
    }

    @Test("an acronym and the title's first words name the body's work, without a declared name")
    func acronymAndLeadingTitleWords() throws {
        let essay = try CitationFixture.essay([
            "U.S. Example Protection Agency (EPA), Inventory of Example Emissions and Sinks: 1990-2022, 2024, Figure ES-4.",
            "EPA Inventory, Annex 6, Table A-233.",
            "EPA, Inventory, Table ES-2.",
        ])
        let inventory = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "Figure ES-4")
        #expect(CitationFixture.authority(essay, "3")?.id == inventory.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "Table ES-2")
    }

    @Test("a name nobody declared is the author's words: no citation and no warning")
    func undeclaredNameIsNoCitation() throws {
        let essay = try CitationFixture.essay([
            "Senate Judiciary hearing, That's the Ticket.",
            "Some readers disagree, and the rest do not.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
        #expect(CitationFixture.citations(essay, "2").isEmpty)
        #expect(essay.diagnostics.isEmpty)
    }
}
