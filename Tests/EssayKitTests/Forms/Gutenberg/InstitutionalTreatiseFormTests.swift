@testable import EssayKit
import Testing

/// `3 Bl. Comm. 208`, `Co. Lit. 126b`: the institutional treatises by volume and page or folio.
@Suite("Citation forms: institutional treatises")
struct InstitutionalTreatiseFormTests {
    @Test("the abbreviation names the treatise, the number before it the volume, the page or folio the pinpoint")
    func treatises() throws {
        let essay = try CitationFixture.essay([
            "3 Bl. Comm. 208.",
            "Co. Lit. 126b.",
            "See 3 Bl.Comm. 210.",
            "2 Kent's Comm. 5; 1 Hale, P. C. 30.",
        ])
        let blackstone = try #require(CitationFixture.authority(essay, "1"))
        #expect(blackstone.kind == .book)
        #expect(blackstone.authors == ["Blackstone"])
        #expect(blackstone.volume == "3")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "208")
        let coke = try #require(CitationFixture.authority(essay, "2"))
        #expect(coke.authors == ["Coke"])
        #expect(coke.volume == nil)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "126b")
        #expect(CitationFixture.authority(essay, "3")?.id == blackstone.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "210")
        let fourth = CitationFixture.citations(essay, "4").compactMap { essay.authority($0.authorityID ?? "")?.authors.first }
        #expect(fourth == ["Kent", "Hale"])
    }

    @Test("an abbreviation no treatise of the table has is read by no treatise")
    func otherAbbreviations() throws {
        let essay = try CitationFixture.essay(["3 Foo. Bar. 208."])
        #expect(CitationFixture.authority(essay, "1")?.authors != ["Blackstone"])
        #expect(InstitutionalTreatiseForm.mayOpen(with: UInt8(ascii: "3")))
    }
}
