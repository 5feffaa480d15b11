import Testing
@testable import EssayKit

@Suite("Lists of three authors or more")
struct AuthorListTests {
    @Test("a list closed by `&` or `and` names every author; the title follows it")
    func threeAuthors() throws {
        let essay = try CitationFixture.essay([
            "Steve Roe, Aaron Doe & Eric Poe, Ex-inspector Was Found Not Guilty of Endangering Neighbors, WXYZ (Mar. 4, 2022, 8:41 AM), https://www.example.com/2022/03/04/inspector-verdict.",
            "Jane Roe, John Doe, and Ann Poe, Policing the Small Town, 12 Widget L. Rev. 100, 105 (2020).",
        ])
        let story = try #require(CitationFixture.authority(essay, "1"))
        #expect(story.authors == ["Steve Roe", "Aaron Doe", "Eric Poe"])
        #expect(story.title == "Ex-inspector Was Found Not Guilty of Endangering Neighbors")
        #expect(story.kind == .news)
        #expect(story.container == "WXYZ")
        #expect(story.year == 2022)
        let article = try #require(CitationFixture.authority(essay, "2"))
        #expect(article.authors == ["Jane Roe", "John Doe", "Ann Poe"])
        #expect(article.title == "Policing the Small Town")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "105")
    }

    @Test("a person's position after the name is no second author")
    func positionIsNoAuthor() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, Widget Officer, Office of Gadgets, Memorandum on Widgets (May 2, 2011).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.authors == ["Jane Roe"])
        let speech = try CitationFixture.essay(["John Roe, Chief, Widget Div., U.S. Widgets & Gadgets Servs., Address at the Widget Quarterly Meeting (May 3, 2023)."])
        #expect(CitationFixture.authority(speech, "1")?.authors == ["John Roe"])
    }

    @Test("a title's own list after the author is no list of authors")
    func titleList() throws {
        let essay = try CitationFixture.essay([
            "Lisa Roe, Widget Change, Racial Gadgets, and Cost-Benefit Analysis, WPE PROJECT (Apr. 5, 2021), https://www.example.org/widgets.",
            "Frank Roe, The House Always Wins—Widget Arbitrage and Keyword Gadget Names, SEVEN WIDGETS (Jan. 3, 2007), https://www.example.org/house.",
            "Mark Roe, Widget Liberation and Gadget Ethics: Bad Marriage, Quick Divorce, 22 Widget L.J. 297 (1984).",
            "Dan Roe, Widget Duel Between State and Local Governments Intensifies, WIDGETMATTERS (Mar. 1, 2023), https://www.example.org/duel.",
        ])
        for label in ["1", "2", "3", "4"] {
            #expect(CitationFixture.authority(essay, label)?.authors.count == 1, "note \(label)")
        }
    }

    @Test("a report in capitals: its authors, the bodies that issued it, its title, and the pages after `at`")
    func reportInCapitals() throws {
        let essay = try CitationFixture.essay([
            "JANE ROE & JOHN DOE, BUREAU OF WIDGET STATS., U.S. DEP'T OF WIDGETS, CONTACTS BETWEEN INSPECTORS AND THE PUBLIC, 2018—STATISTICAL TABLES, at 3, 7 (2023).",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.kind == .report)
        #expect(report.authors == ["JANE ROE", "JOHN DOE"])
        #expect(report.title == "CONTACTS BETWEEN INSPECTORS AND THE PUBLIC, 2018—STATISTICAL TABLES")
        #expect(report.year == 2023)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "3, 7")
    }
}

@Suite("Two authors joined by an ampersand")
struct AmpersandAuthorsTests {
    @Test("`Jane Roe & Sam Poe, Title, VOL JOURNAL PAGE`: two authors and the title after them, and a supra by both surnames")
    func twoAuthorsWithAmpersand() throws {
        let essay = try CitationFixture.essay([
            "Jane Q. Roe & Sam Poe, The Widget Problem in Gadget Law, 61 WIDGET L. REV 45 (2014); Ann Doe, Gadgets Again, 3 GADGET L.J. 7 (2001).",
            "Roe & Poe, supra note 1, at 49.",
        ])
        let first = try #require(CitationFixture.citations(essay, "1").first?.authorityID)
        let article = try #require(essay.authority(first))
        #expect(article.authors == ["Jane Q. Roe", "Sam Poe"])
        #expect(article.title == "The Widget Problem in Gadget Law")
        #expect(CitationFixture.only(essay, "2")?.authorityID == first)
    }
}

@Suite("A first author named before et al.")
struct EtAlAuthorTests {
    @Test("`Jane Q. Roe et al., Title, VOL JOURNAL PAGE`: the first author, the title after, and a supra and Id. by that author")
    func etAlAfterFullName() throws {
        let essay = try CitationFixture.essay([
            "William L. F. Roe et al., The Growth of Widgets: Naming, Blaming, Claiming, 15 WIDGET & GADGET REV. 631 (1980); Ann Doe, Gadgets, 3 GADGET L.J. 7 (2001).",
            "Roe et al., supra note 1, at 631.",
            "Id. at 633–36.",
        ])
        let first = try #require(CitationFixture.citations(essay, "1").first?.authorityID)
        let article = try #require(essay.authority(first))
        #expect(article.authors.first == "William L. F. Roe")
        #expect(article.title == "The Growth of Widgets: Naming, Blaming, Claiming")
        #expect(CitationFixture.only(essay, "2")?.authorityID == first)
        #expect(CitationFixture.only(essay, "3")?.authorityID == first)
    }

    @Test("a name's suffix after its comma (`Jr.`) is no title: the title follows it, and the surname names the work")
    func nameSuffix() throws {
        let essay = try CitationFixture.essay([
            "Jane Doe, Jr., Who Pays? Evidence from Courts, 12 J. EMPIRICAL LEGAL STUD. 300, 304 (2015).",
            "Doe, supra note 1, at 305.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Who Pays? Evidence from Courts")
        #expect(work.authors == ["Jane Doe"])
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
    }

    @Test("a suffix after the surname with no comma (`Roe Jr.`): the surname names the work")
    func suffixWithoutComma() throws {
        let essay = try CitationFixture.essay([
            "See Ann Able, Reputation as Property, 118 YALE L.J. 120 (2009); Ronald J. Roe Jr., Fundamental Rights, 85 GEO. L.J. 555 (1997).",
            "Roe, supra note 1, at 560.",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(cited.count == 2)
        #expect(CitationFixture.only(essay, "2")?.authorityID == cited.last?.authorityID)
    }
}
