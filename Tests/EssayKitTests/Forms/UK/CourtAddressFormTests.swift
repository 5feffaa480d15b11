import Testing
@testable import EssayKit

@Suite("A judgment cited by its court database address")
struct CourtAddressFormTests {
    @Test("the address's court, year and number are the neutral citation cited elsewhere")
    func sameCase() throws {
        let essay = try CitationFixture.essay([
            "Alder v Birch [2012] EWCA Civ 1039 at [12].",
            "http://www.bailii.org/ew/cases/EWCA/Civ/2012/1039.html",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.kind == .case)
        #expect(first.id == second.id)
    }

    @Test("a High Court division follows the number; a linked address and a pinpoint after it",
          arguments: ["[https://www.bailii.org/ew/cases/EWHC/QB/2011/3269.html](https://www.bailii.org/ew/cases/EWHC/QB/2011/3269.html) at [102]",
                      "https://caselaw.nationalarchives.gov.uk/ewhc/qb/2011/3269 at [102]"])
    func highCourt(note: String) throws {
        let essay = try CitationFixture.essay(["Cole v Dent [2011] EWHC 3269 (QB).", note])
        let citation = try #require(CitationFixture.only(essay, "2"))
        #expect(citation.authorityID == CitationFixture.authority(essay, "1")?.id)
        #expect(citation.pinpoint?.text == "[102]")
    }

    @Test("another address of the database, or another site's, is no case")
    func otherAddress() throws {
        #expect(CourtAddressForm.neutralCitation(of: "http://www.bailii.org/databases.html") == nil)
        #expect(CourtAddressForm.neutralCitation(of: "http://www.example.org/ew/cases/EWCA/Civ/2012/1039.html") == nil)
        #expect(CourtAddressForm.neutralCitation(of: "http://www.bailii.org/uk/cases/UKSC/2011/12.html")?.court == "UKSC")
    }
}
