import Testing
@testable import EssayKit

@Suite("Ibid followed by the work's name, read as a supra to that work")
struct NamedIbidFormTests {
    @Test("Ibid, SURNAME, pages: the author's work, with the pages as pinpoint")
    func author() throws {
        let essay = try CitationFixture.essay([
            "J ROE, \"The Limits of Asylum\" (2009) 28(4) Wanderers Studies Quarterly 63.",
            "A DOE, \"Borders and Law\" (2014) 12 Harbour Law Journal 345.",
            "Ibid, ROE, 3-6.",
        ])
        let roe = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "3")?.id == roe.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "3-6")
    }

    @Test("Ibid, a case's name, paragraphs")
    func caseName() throws {
        let essay = try CitationFixture.essay([
            "Roe v. Ruritania, Application No. 12345/06, Judgment of 12 October 2006, para 45.",
            "A DOE, \"Borders and Law\" (2014) 12 Harbour Law Journal 345.",
            "Ibid, Roe v. Ruritania, paragraphs 48-63.",
        ])
        let roe = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "3")?.id == roe.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "paragraphs 48-63")
    }

    @Test("two authors and pages joined by a comma with no space")
    func twoAuthors() throws {
        let essay = try CitationFixture.essay([
            "K SMITH, M JONES, \"Sea Rescue\" (2012) 14 European Journal of Travel Law 221.",
            "A DOE, \"Borders and Law\" (2014) 12 Harbour Law Journal 345.",
            "Ibid, SMITH, JONES, 28,33.",
        ])
        let smith = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "3")?.id == smith.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "28,33")
    }

    @Test("Ibid, the short name a treaty declared, an article")
    func declaredShortName() throws {
        let essay = try CitationFixture.essay([
            "Covenant on Harbour Rights (adopted 1 May 1970, entered into force 2 June 1975) 812 UNTS 45 (CHR), Article 3(2).",
            "A DOE, \"Borders and Law\" (2014) 12 Harbour Law Journal 345.",
            "Ibid, CHR, Article 7.",
        ])
        let covenant = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "3")?.id == covenant.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "Article 7")
    }

    @Test("a bare Ibid and Ibid with a place keep their meaning")
    func bareIbid() throws {
        let essay = try CitationFixture.essay([
            "A DOE, \"Borders and Law\" (2014) 12 Harbour Law Journal 345.",
            "Ibid.",
            "Ibid, para 4.",
            "Ibid, Article 33.",
        ])
        let doe = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == doe.id)
        #expect(CitationFixture.only(essay, "3")?.form == .id)
        #expect(CitationFixture.only(essay, "4")?.form == .id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "Article 33")
    }

    @Test("Id. followed by a full citation of an institution's document is no named ibid")
    func idBeforeFullCitation() throws {
        let essay = try CitationFixture.essay([
            "A DOE, \"Borders and Law\" (2014) 12 Harbour Law Journal 345.",
            "Id., Harbour Revenue Office, Leaflet 812, How to Count Boats (2019).",
        ])
        #expect(!(CitationFixture.citations(essay, "2").contains { $0.form == .supra }))
    }
}
