import Testing
@testable import EssayKit

@Suite("A continental article by year, journal and page")
struct EuropeanArticleFormTests {
    @Test("authors in capitals, title, year, journal (a comma before the page too), page and pinpoint")
    func yearJournalPage() throws {
        let essay = try CitationFixture.essay([
            "SCHACK, Urheberrechtliche Gestaltung von Webseiten, 2001 ZUM, 453, 455 f.",
            "PEUKERT, 2011 GRUR 88-95",
            "HILTY, Software Licensing in Europe, 4 (2013) JIPITEC 120, para. 9.",
        ])
        let schack = try #require(CitationFixture.authority(essay, "1"))
        #expect(schack.kind == .article)
        #expect(schack.volume == "2001")
        #expect(schack.container == "ZUM")
        #expect(schack.firstPage == "453")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "455 f.")
        let peukert = try #require(CitationFixture.authority(essay, "2"))
        #expect(peukert.firstPage == "88")
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
        let hilty = try #require(CitationFixture.authority(essay, "3"))
        #expect(hilty.volume == "4")
        #expect(hilty.container == "JIPITEC")
        #expect(hilty.firstPage == "120")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "para. 9")
    }

    @Test("a paper by its authors, title and address")
    func paperAtAddress() throws {
        let essay = try CitationFixture.essay(["See KÖNIG, Licences in court: a survey of the cases so far decided on the validity of licences, available at <http://example.org/survey.pdf>."])
        let paper = try #require(CitationFixture.authority(essay, "1"))
        #expect(paper.authors == ["KÖNIG"])
        #expect(paper.title.hasPrefix("Licences in court"))
        #expect(paper.url == "http://example.org/survey.pdf")
    }
}
