import Testing
@testable import EssayKit

@Suite("APA entries with a day in the date, a body as author, an address and a page at the title's end")
struct APADatedAndBodyLeadTests {
    @Test("`Surname, I. (Year, Month Day). Title. Site. URL`: one page by that author, titled so, with its address")
    func datedPiece() throws {
        let essay = try CitationFixture.essay([
            "Harlan, T. (2019, March 3). Why small towns lose their banks. The Daily Ledger. https://perma.cc/AB12-CD34",
            "Harlan, supra note 1.",
        ])
        #expect(CitationFixture.citations(essay, "1").count == 1)
        let piece = try #require(CitationFixture.authority(essay, "1"))
        #expect(piece.title == "Why small towns lose their banks")
        #expect(piece.authors == ["Harlan"])
        #expect(piece.year == 2019)
        #expect(piece.url == "https://perma.cc/AB12-CD34")
        #expect(CitationFixture.authority(essay, "2")?.id == piece.id)
    }

    @Test("`Body Name. (Year). Title. URL` and `(n.d.)`: the body is the author, the title is the work's")
    func bodyAsAuthor() throws {
        let essay = try CitationFixture.essay([
            "Rivers Heritage Society. (2016). River Safety Guide for Families. https://perma.cc/QW34-ER56",
            "National Weather Office. (n.d.). Frost Date Lookup. https://www.example.gov/frost.htm",
            "Rivers Heritage Society, supra note 1.",
            "Id.",
        ])
        let guide = try #require(CitationFixture.authority(essay, "1"))
        #expect(guide.title == "River Safety Guide for Families")
        #expect(guide.authors == ["Rivers Heritage Society"])
        #expect(guide.year == 2016)
        let frost = try #require(CitationFixture.authority(essay, "2"))
        #expect(frost.title == "Frost Date Lookup")
        #expect(frost.year == nil)
        #expect(CitationFixture.authority(essay, "3")?.id == guide.id)
        #expect(CitationFixture.authority(essay, "4")?.id == guide.id)
    }

    @Test("`... Title at 14. (ED512345). ERIC.`: the page glued to the title's end is the pinpoint; `[Conference Session]` no part of the title")
    func pageAtTitleEnd() throws {
        let essay = try CitationFixture.essay([
            "Porter, G., & Lane, H. (2003). Origins of community mediation at 14. (ED512345). ERIC.",
            "Id.",
            "Vale, L. (2017, May 2). Mapping Local Courts [Conference Session]. State Librarians Meeting, Dover, DE, United States.",
        ])
        let origins = try #require(CitationFixture.authority(essay, "1"))
        #expect(origins.title == "Origins of community mediation")
        #expect(origins.documentNumber == "ED512345")
        #expect(origins.kind == .report)
        #expect(CitationFixture.citations(essay, "1").first?.pinpoint?.text == "14")
        #expect(CitationFixture.authority(essay, "2")?.id == origins.id)
        #expect(CitationFixture.authority(essay, "3")?.title == "Mapping Local Courts")
    }

    @Test("`(Report No. 12-3)` after the title is the report's number; a parenthesis of words is not")
    func reportNumber() throws {
        let essay = try CitationFixture.essay([
            "Marsh, K. (2011). Ferry fares in coastal towns. (Report No. 12-3). Harbour Institute.",
            "Marsh, K. (2012). Ferry fares revisited. (2nd ed.). Harbour Institute.",
        ])
        let fares = try #require(CitationFixture.authority(essay, "1"))
        #expect(fares.documentNumber == "12-3")
        #expect(CitationFixture.authority(essay, "2")?.documentNumber == nil)
    }

    @Test("a body's lead is capitalised words with a closing period: no comma, no `Id.`, no sentence of prose")
    func bodyLeadShape() {
        let body = Array("Harbour Board of the City. (2016). Title.".utf8)
        #expect(AuthorDateLead.read(body, from: 0, end: body.count)?.isBody == true)
        let prose = Array("The board met. (2016). Title.".utf8)
        #expect(AuthorDateLead.read(prose, from: 0, end: prose.count) == nil)
        let id = Array("Id. (2016). Title.".utf8)
        #expect(AuthorDateLead.read(id, from: 0, end: id.count) == nil)
        let dated = Array("Roe, A. (2019, May 2). Title.".utf8)
        #expect(AuthorDateLead.read(dated, from: 0, end: dated.count)?.year == 2019)
    }
}
