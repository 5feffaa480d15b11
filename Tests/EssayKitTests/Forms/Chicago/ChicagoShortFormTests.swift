import Testing
@testable import EssayKit

@Suite("Chicago shortened notes: surname, short title, page")
struct ChicagoShortFormTests {
    @Test("a plain, quoted or emphasised short title names the work of the full note, by author and title words")
    func resolvesToFullNote() throws {
        let essay = try CitationFixture.essay([
            "Ivo Sand, *Docks and the State* (New York: Bay Press, 2001), 45.",
            "Mara Quint, \"The Shape of Harbour Law: A Study,\" Coastal Law Journal 12, no. 3 (2019): 45–67.",
            "Sand, Docks and the State, 47.",
            "Quint, \"Shape of Harbour Law,\" 52–53.",
            "Sand, *Docks*, xii.",
            "Ibid., 14.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        let article = try #require(CitationFixture.authority(essay, "2"))
        #expect(CitationFixture.authority(essay, "3")?.id == book.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "47")
        #expect(CitationFixture.authority(essay, "4")?.id == article.id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "52–53")
        #expect(CitationFixture.authority(essay, "5")?.id == book.id)
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "xii")
        #expect(CitationFixture.authority(essay, "6")?.id == book.id)
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("two works by the author that both hold the words: unresolved, the message names both")
    func ambiguous() throws {
        let essay = try CitationFixture.essay([
            "Ivo Sand, *Harbour Law in Peace* (London: Bay Press, 1999), 3.",
            "Ivo Sand, \"Harbour Law in War,\" Dock Review 4, no. 1 (2003): 9.",
            "Sand, *Harbour Law*, 12.",
        ])
        #expect(CitationFixture.only(essay, "3")?.authorityID == nil)
        let errors = CitationFixture.citationErrors(essay).map(\.message)
        #expect(errors.count == 1)
        let message = try #require(errors.first)
        #expect(message.contains("could name several works"))
        let ids = [CitationFixture.authority(essay, "1")?.id, CitationFixture.authority(essay, "2")?.id].compactMap { $0 }
        #expect(ids.count == 2 && ids.allSatisfy { message.contains($0) })
    }

    @Test("one author's title and the same title with more words: the title named whole is its work; the author alone, the work of theirs cited last")
    func exactTitleFirst() throws {
        let essay = try CitationFixture.essay([
            "Tom Vale, \"A Signal Code for Closed Ports,\" Harbour Watch, May 3, 2019, https://example.org/code.",
            "Tom Vale, \"A Signal Code for Closed Ports (Draft),\" Harbour Watch, June 9, 2018, https://example.org/draft.",
            "Vale, \"A Signal Code for Closed Ports,\" 4.",
            "Vale, \"A Signal Code for Closed Ports.\"",
            "Vale.",
            "Vale, \"A Signal Code for Closed Ports (Draft),\" 2.",
            "Vale, 9.",
        ])
        let code = try #require(CitationFixture.authority(essay, "1"))
        let draft = try #require(CitationFixture.authority(essay, "2"))
        #expect(draft.id != code.id)
        #expect(CitationFixture.authority(essay, "3")?.id == code.id)
        #expect(CitationFixture.authority(essay, "4")?.id == code.id)
        #expect(CitationFixture.authority(essay, "5")?.id == code.id)
        #expect(CitationFixture.authority(essay, "6")?.id == draft.id)
        #expect(CitationFixture.authority(essay, "7")?.id == draft.id)
        #expect(CitationFixture.only(essay, "7")?.pinpoint?.text == "9")
    }

    @Test("a short form naming no work cited before is a work of its own, by that author and title; a quoted one is warned about")
    func unknown() throws {
        let essay = try CitationFixture.essay([
            "Ivo Sand, *Docks and the State* (New York: Bay Press, 2001), 45.",
            "Poe, \"Wharves,\" 12.",
            "Harbour Survey Office, Dock Economy Report, 20.",
            "Harbour Survey Office, Dock Economy Report, 31.",
        ])
        let wharves = try #require(CitationFixture.authority(essay, "2"))
        #expect(wharves.title == "Wharves")
        #expect(wharves.authors == ["Poe"])
        let report = try #require(CitationFixture.authority(essay, "3"))
        #expect(report.title == "Dock Economy Report")
        #expect(CitationFixture.authority(essay, "4")?.id == report.id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "31")
        #expect(CitationFixture.citationErrors(essay).isEmpty)
        #expect(essay.diagnostics.filter { $0.severity == .warning && $0.message.contains("Poe, Wharves") }.count == 1)
    }

    @Test("a case's short form, a prose clause and a policy page mark are no shortened note")
    func otherShapes() throws {
        let essay = try CitationFixture.essay([
            "Roe v. Wade, 410 U.S. 113 (1973).",
            "Roe, 410 U.S. at 115.",
            "In the end, the court ruled against them in 45.",
            "Ivo Sand, \"Docks,\" Harbour Watch, May 3, 2020, p. 4.",
            "Sand, \"Docks,\" p. 5.",
        ])
        #expect(CitationFixture.only(essay, "2")?.form == .short)
        #expect(CitationFixture.citations(essay, "3").isEmpty)
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "p. 5")
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("a short form with a list of pages; a short form after `cited in` names the work cited in full before")
    func pageListAndCitedIn() throws {
        let essay = try CitationFixture.essay([
            "Ada Moss, *Harbour Law* (Boston: Tide Press, 1999), 3.",
            "See Moss, *Harbour Law*, 14–15, 40, 36–44, 90–92.",
            "See Moss, Harbour Law, 12, 18–19.",
            "Pia Lund, *Old Quays* (Boston: Tide Press, 1980), 88; cited in Moss, *Harbour Law*, 47.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "2")?.authorityID == book.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "14–15, 40, 36–44, 90–92")
        #expect(CitationFixture.only(essay, "3")?.authorityID == book.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "12, 18–19")
        let cited = CitationFixture.citations(essay, "4")
        #expect(cited.count == 2)
        #expect(cited.last?.authorityID == book.id)
        #expect(cited.last?.pinpoint?.text == "47")
    }
}
