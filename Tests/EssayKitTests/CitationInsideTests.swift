import Testing
@testable import EssayKit

@Suite("Punctuation that belongs to a citation ends no citation")
struct CitationInsideTests {
    @Test("`Author, Title Sentence. Title Goes On, Outlet, Date, URL`: a title's own period before its outlet")
    func titleSentence() throws {
        let essay = try CitationFixture.essay([
            "Nina Cole, Judges Used a Chatbot. The Court Noticed, Metro Wire, Jan. 5, 2024, https://metrowire.example.com/chatbot.",
            "The ruling was reported in Pennsylvania. Cole, supra note 1.",
            "See Harbor Report on Pennsylvania. Cole, supra note 1, at 4.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title.hasPrefix("Judges Used a Chatbot. The Court Noticed"))
        #expect(work.authors == ["Nina Cole"])
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
        #expect(CitationFixture.only(essay, "3")?.authorityID == work.id)
    }

    @Test("a string of such citations: each title's period waits for the rest of its citation")
    func titleSentencesInAString() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Maps Came Back. Nobody Noticed, 3 Harbor L. Rev. 1 (1990); Ben Ode, Ships Sailed Eastward. Then Westward, 4 Harbor L. Rev. 2 (1991).",
        ])
        let works = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap(essay.authority) }
        #expect(works.map(\.authors) == [["Ann Roe"], ["Ben Ode"]])
        #expect(works.map(\.title) == ["Maps Came Back. Nobody Noticed", "Ships Sailed Eastward. Then Westward"])
    }

    @Test("the author's sentence ending in a capitalised word stays the author's")
    func proseBeforeCitation() throws {
        let essay = try CitationFixture.essay([
            "He drew in part upon Aquinas. CHRISTOPHER SAINT GERMAN, DOCTOR AND STUDENT (1975).",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(!work.title.contains("Aquinas"))
        #expect(CitationFixture.only(essay, "1")?.text.hasPrefix("CHRISTOPHER") == true)
    }

    @Test("`See supra Part III.C. Name, supra note N.`: the part's period ends the cross-reference")
    func essayPart() throws {
        let essay = try CitationFixture.essay([
            "Harbor Records Comm'n, Annual Report on Harbor Records 4 (2011).",
            "See supra Part III.C. Harbor Records Comm'n, supra note 1, at 6.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "6")
    }

    @Test("`Author, Title: A; B, VOL JOURNAL PAGE`: a semicolon inside an article's title")
    func semicolonInTitle() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Reply: Old Maps; Old Maps, 3 Lakeshore L. Rev. 9, 11 (1990).",
            "Id. at 12.",
            "Ann Roe, Old Maps, 3 Lakeshore L. Rev. 9 (1990); Ben Ode, New Maps, 4 Lakeshore L. Rev. 1 (1991).",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Reply: Old Maps; Old Maps")
        #expect(work.authors == ["Ann Roe"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "11")
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
        #expect(CitationFixture.citations(essay, "3").count == 2)
    }

    @Test("`https://example. org/paper.pdf`: an address a line's wrap broke is one address")
    func brokenAddress() throws {
        let essay = try CitationFixture.essay(["Harbor Agency, Open Data Pilots, https://www.example. org/paper.pdf."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.url == "https://www.example.org/paper.pdf")
    }

    @Test("`http://archive.example.org/*/http://...`: a star inside an address is no emphasis")
    func starInAddress() throws {
        let essay = try CitationFixture.essay([
            "Court Page, http://archive.example.org/*/http://court.example.gov/a.htm; Rules Page, http://archive.example.org/*/http://court.example.gov/b.htm.",
        ])
        let footnote = try #require(essay.footnote("1"))
        #expect(footnote.content.text.contains("org/*/http://court.example.gov/a.htm"))
        #expect(footnote.content.text.contains("org/*/http://court.example.gov/b.htm"))
        #expect(CitationFixture.citations(essay, "1").count == 2)
    }
}
