import Testing
@testable import EssayKit

@Suite("Full citations")
struct CitationFullFormTests {
    @Test("a journal article: author, title in emphasis, volume, journal, first page, pinpoint, year, short name")
    func journalArticle() throws {
        let essay = try CitationFixture.essay([
            "Dana Okafor, *The Legitimacy of Tribunals*, 87 AM. J. INT'L L. 552, 561 (1993) [hereinafter *Tribunals*].",
        ])
        let citation = try #require(CitationFixture.only(essay, "1"))
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(citation.form == .full)
        #expect(citation.pinpoint == Pinpoint(kind: .page, text: "561"))
        #expect(work.id == "okafor-1993-legitimacy")
        #expect(work.kind == .article)
        #expect(work.authors == ["Dana Okafor"])
        #expect(work.title == "The Legitimacy of Tribunals")
        #expect(work.volume == "87")
        #expect(work.container == "AM. J. INT'L L.")
        #expect(work.firstPage == "552")
        #expect(work.year == 1993)
        #expect(work.shortNames == ["Tribunals"])
        #expect(work.firstCitedIn.hasPrefix("1: Dana Okafor"))
    }

    @Test("a book with author and title in capitals")
    func bookInCapitals() throws {
        let essay = try CitationFixture.essay(["See generally JANE MALLORY, MULTI-PARTY GOVERNANCE AND THE FORUM (2008)."])
        let citation = try #require(CitationFixture.only(essay, "1"))
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(citation.signal == "See generally")
        #expect(work.kind == .book)
        #expect(work.authors == ["JANE MALLORY"])
        #expect(work.title == "MULTI-PARTY GOVERNANCE AND THE FORUM")
        #expect(work.year == 2008)
        #expect(work.id == "mallory-2008-multi-party")
    }

    @Test("a book with two authors, a title in emphasis and a page after the title")
    func bookWithPage() throws {
        let essay = try CitationFixture.essay([
            "ANN ABLE AND BOB BAKER, *SOME BOOK: A STUDY* (2018).",
            "JOHN SMITH & TOM WU, THE BOOK OF THINGS 45 (2d ed. 2010).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .book)
        #expect(first.authors == ["ANN ABLE", "BOB BAKER"])
        #expect(first.title == "SOME BOOK: A STUDY")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.authors == ["JOHN SMITH", "TOM WU"])
        #expect(second.title == "THE BOOK OF THINGS")
        #expect(second.year == 2010)
        #expect(CitationFixture.only(essay, "2")?.pinpoint == Pinpoint(kind: .page, text: "45"))
    }

    @Test("a General Assembly resolution: kind, number, pinpoint and date")
    func resolution() throws {
        let essay = try CitationFixture.essay(["G.A. Res. 57/238, at 2 (Dec. 20, 2002).", "S.C. Res. 678, ¶ 2 (Nov. 29, 1990)."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .resolution)
        #expect(work.documentNumber == "57/238")
        #expect(work.id == "ga-res-57-238")
        #expect(work.year == 2002)
        #expect(CitationFixture.only(essay, "1")?.pinpoint == Pinpoint(kind: .page, text: "2"))
        #expect(CitationFixture.authority(essay, "2")?.id == "sc-res-678")
    }

    @Test("UN documents: a report, a bare document symbol and a letter")
    func unDocuments() throws {
        let essay = try CitationFixture.essay([
            "See Rept. of the Special Rapporteur on Privacy, Addendum: Country Visits, at 3–11, U.N. Doc. A/HRC/40/63 (May 22, 2019).",
            "U.N. Doc. A/HRC/29/32 (2015).",
            "Letter dated 2 May 2016 from the Permanent Representative of Ruritania to the United Nations addressed to the Secretary-General, U.N. Doc. S/2016/400 (May 3, 2016) (\"Ruritania Letter\").",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.kind == .report)
        #expect(report.documentNumber == "A/HRC/40/63")
        #expect(report.id == "un-doc-a-hrc-40-63")
        #expect(report.title == "Rept. of the Special Rapporteur on Privacy, Addendum: Country Visits")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == Pinpoint(kind: .pages, text: "3–11"))
        let document = try #require(CitationFixture.authority(essay, "2"))
        #expect(document.kind == .document)
        #expect(document.id == "un-doc-a-hrc-29-32")
        let letter = try #require(CitationFixture.authority(essay, "3"))
        #expect(letter.kind == .letter)
        #expect(letter.documentNumber == "S/2016/400")
        #expect(letter.year == 2016)
        #expect(letter.shortNames == ["Ruritania Letter"])
        #expect(letter.title.hasPrefix("Letter dated 2 May 2016 from the Permanent Representative of Ruritania"))
    }

    @Test("a treaty: article pinpoint, date and treaty series")
    func treaty() throws {
        let essay = try CitationFixture.essay([
            "International Covenant on Economic, Social and Cultural Rights, art. 15(1), Dec. 16, 1966, 993 U.N.T.S. 3.",
            "U.N. Charter art. 2, ¶ 4.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .treaty)
        #expect(work.documentNumber == "993 U.N.T.S. 3")
        #expect(work.year == 1966)
        #expect(work.id == "icescr-1966")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == Pinpoint(kind: .article, text: "art. 15(1)"))
        let charter = try #require(CitationFixture.authority(essay, "2"))
        #expect(charter.kind == .treaty)
        #expect(charter.id == "un-charter")
    }

    @Test("a report by a body, with a document symbol or a web address")
    func reports() throws {
        let essay = try CitationFixture.essay([
            "World Meteorological Organization, *State of the Climate*, WMO/CLIM/REP/12, ¶ 12 (Mar. 10, 2019).",
            "See generally HUMAN RIGHTS WATCH, WORLD REPORT 2019 (Jan. 2019), <https://example.org/report.pdf>.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .report)
        #expect(first.authors == ["World Meteorological Organization"])
        #expect(first.id == "wmo-2019-state")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == Pinpoint(kind: .paragraph, text: "¶ 12"))
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.kind == .report)
        #expect(second.title == "WORLD REPORT 2019")
        #expect(second.url == "https://example.org/report.pdf")
        #expect(second.id == "hrw-2019-world")
    }

    @Test("a speech: speaker, title, date and address")
    func speech() throws {
        let essay = try CitationFixture.essay([
            "See Franklin D. Roosevelt, Address to Congress Requesting a Declaration of War, December 8, 1941, <https://example.com/speech>.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .speech)
        #expect(work.authors == ["Franklin D. Roosevelt"])
        #expect(work.year == 1941)
        #expect(work.url == "https://example.com/speech")
        #expect(work.id == "roosevelt-1941-address")
    }

    @Test("web pages: site in capitals, author and site, and a bare address")
    func webPages() throws {
        let essay = try CitationFixture.essay([
            "EXAMPLE COUNCIL, *Welcome to the Council* (last visited Apr. 18, 2019), <https://www.example.org/welcome> (emphasis added).",
            "Peter Post, *A Blog Post About Things*, EXAMPLE FOUNDATION (Jan. 23, 2017), <https://example.org/post>.",
            "See <https://www.example.org/Pages/CallForSubmission.aspx>.",
            "See OPEN NET ALLIANCE, <https://alliance.example/> (last visited Apr. 18, 2019).",
        ])
        let site = try #require(CitationFixture.authority(essay, "1"))
        #expect(site.kind == .webpage)
        #expect(site.container == "EXAMPLE COUNCIL")
        #expect(site.year == nil)
        #expect(site.id == "example-council-welcome")
        let post = try #require(CitationFixture.authority(essay, "2"))
        #expect(post.authors == ["Peter Post"])
        #expect(post.container == "EXAMPLE FOUNDATION")
        #expect(post.year == 2017)
        let bare = try #require(CitationFixture.authority(essay, "3"))
        #expect(bare.kind == .webpage)
        #expect(bare.id == "example-callforsubmission")
        let named = try #require(CitationFixture.authority(essay, "4"))
        #expect(named.title == "OPEN NET ALLIANCE")
        #expect(named.id == "open-net-alliance")
    }

    @Test("a string of books separated by semicolons: one full citation each, the signal on the first")
    func stringOfAuthorities() throws {
        let essay = try CitationFixture.essay([
            "See, e.g., RICHARD ROE, *WAR AND PEACE ONLINE* (2012); KIM KOE, *ZERO HOUR* (2015); PETER POE AND EMMA DOE, *LIKE: A STUDY* (2018).",
        ])
        let citations = CitationFixture.citations(essay, "1")
        #expect(citations.map(\.form) == [.full, .full, .full])
        #expect(citations.map(\.signal) == ["See, e.g.,", nil, nil])
        #expect(citations.compactMap(\.authorityID) == ["roe-2012-war", "koe-2015-zero", "poe-2018-like"])
        #expect(essay.authority("poe-2018-like")?.authors == ["PETER POE", "EMMA DOE"])
    }

    @Test("works listed without an author take the author of the work cited just before")
    func impliedAuthor() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, *First Thoughts*, 1 J. THINGS 1 (1990).",
            "See, e.g., *Second Thoughts*, PROC. SOC. ANN. MEETING (2018); *Third Thoughts*, 3 J. THINGS 3 (2001); and *Last Thoughts*, 4 J. THINGS 4 (2002).",
        ])
        let citations = CitationFixture.citations(essay, "2")
        #expect(citations.count == 3)
        let works = citations.compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(works.map(\.authors) == [["Jane Roe"], ["Jane Roe"], ["Jane Roe"]])
        #expect(works.map(\.id) == ["roe-2018-second", "roe-2001-third", "roe-2002-last"])
        #expect(works.first?.container == "PROC. SOC. ANN. MEETING")
    }
}
