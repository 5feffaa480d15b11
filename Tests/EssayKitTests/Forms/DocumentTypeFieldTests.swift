import Testing
@testable import EssayKit

@Suite("A document's kind between its body and its title")
struct DocumentTypeFieldTests {
    @Test("`Body, Briefing Note, Title (RMP) (Feb. 2012), URL`: the title with its acronym, by the body")
    func briefingNote() throws {
        let essay = try CitationFixture.essay([
            "Judicial Council, Briefing Note, Records Modernization Plan (RMP) (Feb. 2012), http://example.gov/rmp.pdf.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Records Modernization Plan (RMP)")
        #expect(work.authors == ["Judicial Council"])
        #expect(work.url == "http://example.gov/rmp.pdf")
    }

    @Test("`Body, Press Release, Title (date), URL`: a document by the body, titled by its title")
    func pressReleaseAfterBody() throws {
        let essay = try CitationFixture.essay([
            "See Harbor Trust, Press Release, Harbor Trust Opens New Docks (Mar. 3, 2019), https://example.org/pr.",
            "City of Alda, Fact Sheet, Water Rates in Alda (2020), https://example.gov/rates.pdf.",
        ])
        let release = try #require(CitationFixture.authority(essay, "1"))
        #expect(release.title == "Harbor Trust Opens New Docks")
        #expect(release.authors == ["Harbor Trust"])
        #expect(release.kind == .document)
        let sheet = try #require(CitationFixture.authority(essay, "2"))
        #expect(sheet.title == "Water Rates in Alda")
    }

    @Test("a title that opens with a kind's words, or is one alone, stays the title")
    func titleStays() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Press Releases and the Courts, 12 Lakeshore L. Rev. 40 (2010).",
            "Eric Vale, GIF (2021), https://example.net/gif.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Press Releases and the Courts")
        #expect(CitationFixture.authority(essay, "2")?.title == "GIF")
        #expect(CitationFixture.authority(essay, "2")?.authors == ["Eric Vale"])
    }

    @Test("an acronym's bracket before a date is the title's; a publisher's is not")
    func acronymBracket() throws {
        let essay = try CitationFixture.essay([
            "Fernbrook Institute, Fernbrook Safety Program (FSP) (2023), https://example.org/p.",
            "Carl Moss, Cities of Glass (Harbor Press 2001).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Fernbrook Safety Program (FSP)")
        #expect(CitationFixture.authority(essay, "2")?.title == "Cities of Glass")
    }
}
