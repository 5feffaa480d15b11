import Testing
@testable import EssayKit

@Suite("Addresses cited alone in the author's sentence")
struct ProseBareAddressTests {
    @Test("`see this piece: http://...`: the page at that address")
    func colonLead() throws {
        let essay = try CitationFixture.essay(["For one instance, see this piece: http://www.example.org/2014/03/02/ferry-fares-review/."])
        #expect(CitationFixture.authority(essay, "1")?.url == "http://www.example.org/2014/03/02/ferry-fares-review/")
    }

    @Test("`Part 1 is at http://a and part 2 at http://b`: two documents")
    func twoParts() throws {
        let essay = try CitationFixture.essay(["Part 1 is at http://www.example.gov.uk/docs/AB12/reviewvol1.pdf and part 2 at http://www.example.gov.uk/docs/EF56/reviewvol2.pdf"])
        let urls = CitationFixture.citations(essay, "1").compactMap(\.authorityID).compactMap { essay.authority($0)?.url }
        #expect(urls == ["http://www.example.gov.uk/docs/AB12/reviewvol1.pdf", "http://www.example.gov.uk/docs/EF56/reviewvol2.pdf"])
    }

    @Test("`The present roster can be found at http://... (last visited May 2, 2010)`: the page, its remark read with it")
    func lastVisitedAfter() throws {
        let essay = try CitationFixture.essay(["The present roster can be found at http://www.example.gov/en/filing/Pages/start.aspx (last visited May 2, 2010).."])
        #expect(CitationFixture.authority(essay, "1")?.url == "http://www.example.gov/en/filing/Pages/start.aspx")
    }

    @Test("`the Report of the Committee on Harbour Fees chaired by Lord Amble: http://...`: the report's name is its title")
    func reportNamedBefore() throws {
        let essay = try CitationFixture.essay(["See the Report of the Committee on Harbour Fees chaired by Lord Amble: http://www.example.gov.uk/harbour-report.pdf"])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.url == "http://www.example.gov.uk/harbour-report.pdf")
        #expect(work.title == "Report of the Committee on Harbour Fees")
    }

    @Test("a citation's fields before an address (a comma, a volume) are no pointing words: no page of its own")
    func citationFieldsAreNoLead() {
        let text = CitationText(RichText(text: "Ann Roe, Ferry Dues, 4 Port L.J. 7 (2010): http://www.example.org/roe.pdf"))
        #expect(ProseAddressForm.read(text, 0..<text.bytes.count) == nil)
        let title = CitationText(RichText(text: "Metro Courts Filing Overview: http://www.example.org/filing"))
        #expect(ProseAddressForm.read(title, 0..<title.bytes.count) == nil)
    }
}
